// Writes tests/fixtures/pages/hostile-posting.html from PAYLOADS:
//   npx tsx tests/hardening/make-hostile-page.ts
// A Greenhouse posting whose JSON-LD and visible text are full of payloads. In the
// page itself every payload is inert DATA (HTML-escaped text, or a JSON string): the
// page never runs them. Only a reader that turned that data back into markup would.
// The page's own one inline script records a snapshot of the body as parsed, so the
// end-to-end test can prove the extension changed nothing outside <ml-job-lens>.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { escapeHtml, jsonForScript } from '../../lib/testing/fuzz';
import { PAYLOADS } from './payloads';

export const HOSTILE_URL = 'https://job-boards.greenhouse.io/hostilecorp/jobs/6660001';
export const HOSTILE_TITLE_START = 'Senior Machine Learning Engineer';

const n = PAYLOADS.length;
const short = PAYLOADS.filter((p) => p.length < 200);
const title = `${HOSTILE_TITLE_START} ${short.slice(0, 6).join(' ')}`;
const company = `HostileCorp ${short.slice(6, 14).join(' ')}`;
const location = `Remote ${short.slice(14, 22).join(' ')}`;

// In JSON-LD the description is HTML: payloads both as raw markup (which a reader
// must strip, never run) and entity-escaped (which decodes to literal text).
const descriptionHtml = [
  '<p>HostileCorp builds recommendation models for online ads.</p>',
  '<h3>What you will do</h3><ul>',
  '<li>Train and evaluate deep learning models with PyTorch; deploy models on Kubernetes.</li>',
  '<li>5+ years of experience in machine learning.</li></ul>',
  ...PAYLOADS.map((p, i) => `<p>Note ${i}: ${i % 2 === 0 ? escapeHtml(p) : p}</p>`),
].join('');

const jsonld = {
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: escapeHtml(title),
  description: descriptionHtml,
  datePosted: '2026-11-01',
  hiringOrganization: { '@type': 'Organization', name: escapeHtml(company), sameAs: `javascript:window.__pwned=true` },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: escapeHtml(location), addressCountry: PAYLOADS[40] } },
  baseSalary: `$150,000 - $200,000 ${PAYLOADS[11]} ${PAYLOADS[57]}`,
  url: HOSTILE_URL,
  identifier: { '@type': 'PropertyValue', name: PAYLOADS[0], value: '6660001' },
};

// Also a second, broken JSON-LD block and one with a payload as its type.
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} - HostileCorp</title>
<link rel="canonical" href="${HOSTILE_URL}">
<script type="application/ld+json">${jsonForScript(jsonld)}</script>
<script type="application/ld+json">{"@type": "JobPosting", "title": ${jsonForScript(PAYLOADS[1])}, "description": </script>
<script type="application/ld+json">${jsonForScript({ '@type': PAYLOADS[2], name: PAYLOADS[3] })}</script>
</head>
<body>
<div id="app_body">
  <h1 class="app-title">${escapeHtml(title)}</h1>
  <div class="company-name">at ${escapeHtml(company)}</div>
  <div class="location">${escapeHtml(location)}</div>
  <div id="content">
    <p>HostileCorp builds recommendation models for online ads.</p>
    <h3>What you will do</h3>
    <ul><li>Train and evaluate deep learning models with PyTorch; deploy models on Kubernetes.</li>
    <li>5+ years of experience in machine learning.</li></ul>
${PAYLOADS.map((p, i) => `    <p data-payload="${i}" title="${escapeHtml(p)}">${escapeHtml(p)}</p>`).join('\n')}
    <p>Salary: $150,000 - $200,000 per year.</p>
  </div>
</div>
<!-- The page's own script: it never sets __pwned; it records the body as parsed (before any content script). -->
<script>window.__bodyAsParsed = document.body.innerHTML; window.__payloadCount = ${n};</script></body></html>`;

const out = resolve(import.meta.dirname, '../fixtures/pages/hostile-posting.html');
writeFileSync(out, html);
console.log(`wrote ${out}: ${PAYLOADS.length} payloads, ${html.length} chars`);
