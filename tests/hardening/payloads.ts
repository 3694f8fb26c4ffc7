// Hostile strings a job page can carry in any field. Each one, if it were ever
// treated as HTML, CSS, a URL or a template instead of text, would set
// `window.__pwned = true` or change `document.body.style`. Used by the unit
// render tests (tests/hardening/injection.test.ts), the hostile page fixture
// (tests/fixtures/pages/hostile-posting.html, regenerate with
// `npx tsx tests/hardening/make-hostile-page.ts`) and its end-to-end test.

const PWN = 'window.__pwned=true';
const PWN_STYLE = "document.body.style.background='red'";

export const PAYLOADS: readonly string[] = [
  // script and markup
  `<script>${PWN}</script>`,
  `<SCRIPT>${PWN}</SCRIPT>`,
  `<script src="data:text/javascript,${PWN}"></script>`,
  `"><script>${PWN}</script>`,
  `'><script>${PWN}</script>`,
  `</title><script>${PWN}</script>`,
  `</textarea><script>${PWN}</script>`,
  `</script><script>${PWN}</script>`,
  `<scr<script>ipt>${PWN}</scr</script>ipt>`,
  `<!--<script>${PWN}</script>-->`,
  `<![CDATA[<script>${PWN}</script>]]>`,
  // event handlers
  `<img src=x onerror="${PWN}">`,
  `<img src="x" onerror=${PWN}>`,
  `<IMG SRC=x ONERROR=${PWN}>`,
  `<img src=x onerror=${PWN_STYLE}>`,
  `<svg onload="${PWN}"></svg>`,
  `<svg><script>${PWN}</script></svg>`,
  `<svg><animate onbegin="${PWN}" attributeName=x dur=1s>`,
  `<body onload="${PWN}">`,
  `<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>`,
  `<iframe src="javascript:parent.__pwned=true"></iframe>`,
  `<details open ontoggle="${PWN}">`,
  `<input autofocus onfocus="${PWN}">`,
  `<video><source onerror="${PWN}"></video>`,
  `<marquee onstart="${PWN}">`,
  `<div style="width:expression(${PWN})">`,
  `" onmouseover="${PWN}" x="`,
  `' onfocus='${PWN}' autofocus='`,
  `\` onerror=\`${PWN}\``,
  // URLs
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  ` javascript:${PWN}`,
  `java\u0000script:${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  `<a href="javascript:${PWN}">click</a>`,
  `<form action="javascript:${PWN}"><button>go</button></form>`,
  `<object data="javascript:${PWN}"></object>`,
  `<embed src="javascript:${PWN}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  `<base href="javascript:${PWN}//">`,
  // styles that try to leave the shadow root or restyle the page
  `<style>body{background:red!important}</style>`,
  `</style><style>:root,body{display:none!important}</style>`,
  `</style><script>${PWN}</script>`,
  `<style>:host{all:initial} ::slotted(*){color:red} html body{background:red}</style>`,
  `<style>@import url("javascript:${PWN}");</style>`,
  `<link rel=stylesheet href="data:text/css,body{background:red}">`,
  `<div style="position:fixed;inset:0;background:red;z-index:2147483647">overlay</div>`,
  `}</style><style>*{background:red}`,
  // entities and encodings
  `&lt;script&gt;${PWN}&lt;/script&gt;`,
  `&amp;lt;img src=x onerror=${PWN}&amp;gt;`,
  `&#60;img src=x onerror=${PWN}&#62;`,
  `&#x3C;svg onload=${PWN}&#x3E;`,
  `%3Cscript%3E${PWN}%3C%2Fscript%3E`,
  `\\u003cscript\\u003e${PWN}\\u003c/script\\u003e`,
  `\\x3cimg src=x onerror=${PWN}\\x3e`,
  // template and prototype tricks
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `<%= ${PWN} %>`,
  `{{__proto__}}{"__proto__":{"polluted":true}}`,
  `[[constructor]]#{${PWN}}`,
  // lookalike and bidi Unicode
  `Senior\u202E<img src=x onerror=${PWN}>\u202C Engineer`,
  `\u2066<script>${PWN}</script>\u2069`,
  `Ѕеnіоr ML Engineer <ѕcrірt>${PWN}</ѕcrірt>`,
  `\uFF1Cscript\uFF1E${PWN}\uFF1C/script\uFF1E`,
  `<\u200Bscript>${PWN}</script>`,
  `<scr\u0000ipt>${PWN}</scr\u0000ipt>`,
  `\uD800<img src=x onerror=${PWN}>\uDFFF`,
  // very long
  `<img src=x onerror=${PWN}>${'A'.repeat(5000)}`,
  `${'<b>'.repeat(500)}<img src=x onerror=${PWN}>`,
];

/** The payloads joined for a field, marked so tests can find them in text. */
export function payloadText(from: number, to: number): string {
  return PAYLOADS.slice(from, to).join(' ');
}
