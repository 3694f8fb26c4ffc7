// HTML → plain text, the one way every layer turns markup into a description:
// block elements break lines, paragraphs/headings/lists are separated by a blank
// line, <li> becomes "- item", whitespace collapses, entities decode. Nothing is
// ever executed or kept: strings are tokenised by hand (no innerHTML), and DOM
// elements are read through childNodes/nodeValue only (works in linkedom and browsers).

/** Elements that end a paragraph: a blank line before and after. */
const PARAGRAPH_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'hr', 'figure', 'main', 'aside', 'nav', 'address',
]);
/** Elements that only start a new line. */
const LINE_TAGS = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'caption', 'form', 'fieldset', 'legend', 'details', 'summary',
  'figcaption', 'center', 'tbody', 'thead', 'tfoot',
]);
/** Elements whose content is never text for a reader. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'head',
  'select', 'option', 'button', 'input', 'textarea', 'canvas', 'video', 'audio', 'img', 'picture',
]);
/** Raw-text elements: in an HTML string their content runs to the matching close tag. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'svg', 'math', 'iframe']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×', divide: '÷', deg: '°', plusmn: '±',
  para: '¶', sect: '§', shy: '', zwj: '', zwnj: '', lrm: '', rlm: '', frac12: '½', frac14: '¼',
  frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', iexcl: '¡', iquest: '¿', rarr: '→', larr: '←',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', aring: 'å',
  Aring: 'Å', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eacute: 'é', Eacute: 'É',
  egrave: 'è', ecirc: 'ê', agrave: 'à', aacute: 'á', acirc: 'â', ccedil: 'ç', iacute: 'í',
  oacute: 'ó', ocirc: 'ô', uacute: 'ú', ntilde: 'ñ', Ntilde: 'Ñ', check: '✓',
};

/** Decodes character references (named, decimal, hex). Unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref];
    return named === undefined ? whole : named;
  });
}

/** One line of text: all whitespace (including NBSP) collapsed, trimmed. */
export function cleanInline(text: string | null | undefined): string {
  if (!text) return '';
  // Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) are dropped:
  // left open in a one-line field they reorder what follows it on screen, so a page
  // could disguise a company or a salary ("Trojan Source"). Marks (LRM/RLM) stay.
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Accumulates text with pending line/paragraph breaks, so nested blocks never stack blank lines. */
class TextBuilder {
  private readonly parts: string[] = [];
  /** 0 = none, 1 = newline, 2 = blank line; applied before the next text. */
  private pendingBreak = 0;
  private pendingBullet = false;
  private atLineStart = true;
  private hasText = false;
  /** One entry per open list: whether an <li> is open in it. Paragraphs inside an item only break the line. */
  private readonly lists: boolean[] = [];

  text(raw: string): void {
    const collapsed = raw.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ');
    if (collapsed === '' || (collapsed === ' ' && (this.atLineStart || this.pendingBreak > 0))) return;
    this.flushBreak();
    let piece = this.atLineStart ? collapsed.replace(/^ /, '') : collapsed;
    if (piece === '') return;
    if (this.pendingBullet) { piece = `- ${piece}`; this.pendingBullet = false; }
    this.parts.push(piece);
    this.atLineStart = false;
    this.hasText = true;
  }

  /** A hard line break (<br>): not collapsible, so <br><br> gives a blank line. */
  lineBreak(): void {
    this.flushBreak();
    if (!this.hasText) return;
    this.parts.push('\n');
    this.atLineStart = true;
  }

  block(level: 1 | 2): void {
    const effective = level === 2 && this.lists.includes(true) ? 1 : level;
    if (effective > this.pendingBreak) this.pendingBreak = effective;
  }

  openList(): void {
    this.block(2);
    this.lists.push(false);
  }

  closeList(): void {
    this.lists.pop();
    this.block(2);
  }

  bullet(): void {
    if (this.lists.length === 0) this.lists.push(false);
    this.lists[this.lists.length - 1] = false;
    this.block(1);
    this.lists[this.lists.length - 1] = true;
    this.pendingBullet = true;
  }

  endBullet(): void {
    if (this.lists.length) this.lists[this.lists.length - 1] = false;
    this.block(1);
  }

  private flushBreak(): void {
    if (this.pendingBreak && this.hasText) {
      this.parts.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      this.atLineStart = true;
    }
    this.pendingBreak = 0;
  }

  finish(): string {
    return this.parts.join('')
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/^- $/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

function openTag(builder: TextBuilder, tag: string): void {
  if (tag === 'br') builder.lineBreak();
  else if (tag === 'li') builder.bullet();
  else if (tag === 'ul' || tag === 'ol') builder.openList();
  else if (PARAGRAPH_TAGS.has(tag)) builder.block(2);
  else if (LINE_TAGS.has(tag)) builder.block(1);
  else if (tag === 'td' || tag === 'th') builder.text(' ');
}

function closeTag(builder: TextBuilder, tag: string): void {
  if (tag === 'li') builder.endBullet();
  else if (tag === 'ul' || tag === 'ol') builder.closeList();
  else if (PARAGRAPH_TAGS.has(tag)) builder.block(2);
  else if (LINE_TAGS.has(tag)) builder.block(1);
  else if (tag === 'td' || tag === 'th') builder.text(' ');
}

/** A tag opener or closer (`<p`, `</p`): a lone `<` in text ("latency < 50 ms") is not one. */
const REAL_TAG = /<\/?[a-zA-Z]/g;
/** An escaped tag, once (`&lt;p`) or twice (`&amp;lt;p`). */
const ESCAPED_TAG = /&(?:amp;)?lt;\/?[a-zA-Z]/g;
/** Counting further would not change which kind of tag a text holds more of. */
const MAX_TAGS_COUNTED = 64;

function countUpTo(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.test(text)) n++;
  return n;
}

/**
 * Some boards emit description HTML entity-escaped once or twice more in JSON-LD
 * (`&lt;p&gt;…`, `&amp;lt;p&amp;gt;…`), at times with a real `<br>` among it: while
 * escaped tags outnumber real ones, decode a level. Twice at most, so text about
 * markup is not over-decoded.
 */
function unescapeMarkup(html: string): string {
  let source = html;
  for (let round = 0; round < 2 && countUpTo(ESCAPED_TAG, source, MAX_TAGS_COUNTED) > countUpTo(REAL_TAG, source, MAX_TAGS_COUNTED); round += 1) {
    source = decodeEntities(source);
  }
  return source;
}

/** An entity left after decoding: the text was escaped twice ("Smith &amp;amp; Jones", WordPress's "&amp;#038;"). */
const LEFT_ENTITY = /&(?:amp|quot|apos|nbsp|#\d{1,7}|#x[0-9a-f]{1,6});/i;
/** Escaped markup left over is text about markup (unescapeMarkup decided): not decoded further. */
const LEFT_MARKUP = /&(?:amp;)*[lg]t;/i;

/** Entities decoded, and decoded again (at most twice more) where a text without markup was escaped twice or three times. */
function decodeText(text: string): string {
  let out = decodeEntities(text);
  for (let round = 0; round < 2 && LEFT_ENTITY.test(out) && !LEFT_MARKUP.test(out); round++) out = decodeEntities(out);
  return out;
}

/**
 * HTML string → plain text. A linear hand-written tokenizer (indexOf scans, no
 * backtracking regexes), so hostile or huge markup cannot hang it. Also accepts
 * HTML that was entity-escaped once or twice more (see unescapeMarkup).
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  const source = unescapeMarkup(html);
  if (!/<[a-zA-Z!/?]/.test(source)) return plainTextToText(decodeText(source));
  const builder = new TextBuilder();
  /** Raw-text tags with no close tag after some point: none after any later point either. */
  const unclosed = new Set<string>();
  const length = source.length;
  let i = 0;
  while (i < length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > i) builder.text(decodeText(source.slice(i, textEnd)));
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end === -1 ? length : end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i + 9);
      builder.text(source.slice(i + 9, end === -1 ? length : end));
      i = end === -1 ? length : end + 3;
      continue;
    }
    const next = source.charCodeAt(i + 1);
    const isClose = next === 47; // '/'
    const nameStart = isClose ? i + 2 : i + 1;
    const first = source.charCodeAt(nameStart);
    const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (source[i + 1] === '!' || source[i + 1] === '?') {
      const end = source.indexOf('>', i + 2);
      i = end === -1 ? length : end + 1;
      continue;
    }
    if (!isLetter) { builder.text('<'); i += 1; continue; }
    let nameEnd = nameStart;
    while (nameEnd < length && /[A-Za-z0-9:-]/.test(source[nameEnd]!)) nameEnd += 1;
    const tag = source.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = findTagEnd(source, nameEnd);
    i = tagEnd;
    if (isClose) { closeTag(builder, tag); continue; }
    const selfClosing = source[tagEnd - 2] === '/';
    if (RAW_TEXT_TAGS.has(tag) && !selfClosing) {
      const closer = new RegExp(`</${tag}`, 'gi');
      closer.lastIndex = i;
      const close = unclosed.has(tag) ? null : closer.exec(source);
      // Unclosed, it is text that mentions a tag ("why <script> tags are dangerous"):
      // drop the tag alone and keep reading what follows.
      if (close) i = findTagEnd(source, close.index + 2 + tag.length);
      else unclosed.add(tag);
      continue;
    }
    openTag(builder, tag);
  }
  return builder.finish();
}

/** Text that is not HTML keeps its own line breaks; bullets become "- ". */
function plainTextToText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u200b\ufeff]+/g, ' ').trim().replace(/^[•·▪●◦*]\s*/, '- '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Index just past the '>' ending a tag that starts before `from`, honouring quoted attribute values. */
function findTagEnd(source: string, from: number): number {
  let quote = '';
  for (let j = from; j < source.length; j += 1) {
    const c = source[j];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return source.length;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const MAX_DEPTH = 200;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none/i.test(style);
}

/** A DOM element → plain text with the same rules as htmlToText. */
export function elementToText(el: Element | null | undefined): string {
  if (!el) return '';
  const builder = new TextBuilder();
  walk(el, builder, 0);
  return builder.finish();
}

function walk(node: Node, builder: TextBuilder, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) {
      builder.text(child.nodeValue ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
      openTag(builder, tag);
      if (tag !== 'br' && tag !== 'hr') walk(el, builder, depth + 1);
      closeTag(builder, tag);
    }
  }
}
