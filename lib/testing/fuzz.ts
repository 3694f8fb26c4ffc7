// Hostile and broken inputs for the pure pipeline, shared by the in-suite property
// tests (tests/hardening/fuzz.test.ts) and the long run (npm run fuzz, lib/cli/fuzz.ts).
// Everything is a fast-check arbitrary, so a fixed seed gives the same cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import type { ClassifyInput } from '../classify/input';
import { corpusDir } from '../cli/corpus';
import {
  AnalysisSchema, ClassificationSchema, type Classification, type Evidence, LEVEL_LABELS, MODALITIES,
  PostingSchema, SCOPE_LABELS, SIGNAL_DIRECTIONS, WORK_LABELS,
} from '../model';

const root = resolve(import.meta.dirname, '../..');

export const FIXTURE_URL = 'https://job-boards.greenhouse.io/acmerobotics/jobs/7000001';
export const FIXTURE_HTML = readFileSync(join(root, 'tests/fixtures/pages/jsonld-posting.html'), 'utf8');

export function toDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export interface CorpusHtmlPage { file: string; url: string; html: string }

/** The saved real pages of ../shared/corpus/pages, read in place; [] where the corpus is absent. */
export function corpusHtmlPages(): CorpusHtmlPage[] {
  const dir = corpusDir();
  if (!dir) return [];
  const index = readFileSync(join(dir, 'pages', 'pages.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; url: string });
  const files = new Set(readdirSync(join(dir, 'pages')));
  return index.filter((r) => r.file.endsWith('.html') && files.has(r.file))
    .map((r) => ({ file: r.file, url: r.url, html: readFileSync(join(dir, 'pages', r.file), 'utf8') }));
}

// ---------------------------------------------------------------- strings

/** Characters that break naive code: bidi controls, combining marks, lone surrogates, NUL, zero-width, BOM. */
export const ODD_CHARS = [
  '\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u200F', '\u200E', // bidi overrides/isolates/marks
  '\u0301', '\u0336', '\u20DD', '\u0489', // combining marks
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
  '\u0000', '\u0007', '\u001B', '\u007F', // NUL and controls
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width, BOM
  '\u00A0', '\u2028', '\u2029', '\u3000', '\t', '\r', '\n', '\v', '\f',
  'ﬁ', 'Ǆ', 'İ', 'ß', 'ẞ', 'ᾏ', // case-mapping oddities (length changes under toLowerCase/normalize)
  'عربي', 'עברית', '日本語', '𝕊𝕖𝕟𝕚𝕠𝕣', '🤖', '👩🏽‍💻', 'Ｓｅｎｉｏｒ', 'Ѕеnіоr', // RTL, CJK, math/fullwidth/Cyrillic lookalikes
];

/** Words the classifiers and extractors look for, so random text reaches their regexes. */
export const CUE_TOKENS = [
  'Senior', 'Staff', 'Principal', 'Lead', 'Junior', 'Intern', 'Entry-level', 'II', 'III', 'Engineer', 'Scientist',
  'Machine Learning', 'ML', 'MLOps', 'LLM', 'NLP', 'computer vision', 'RAG', 'Kubernetes', 'PyTorch', 'TensorFlow',
  'deploy', 'train', 'research', 'production', 'inference', 'healthcare', 'finance', 'ads', 'robotics', 'fraud',
  'years', 'year', 'yrs', 'of experience', '5+', '3-5', '10+ years', 'minimum', 'at least', 'PhD', "Master's", 'BS',
  '$', '€', '£', 'USD', 'EUR', '180,000', '220k', '$120k-$150k', 'per hour', '/yr', 'per annum', 'k', '-', '–', '—',
  'to', 'or', 'and', ',', '.', ';', ':', '(', ')', '[', ']', '{', '}', '*', '•', '"', "'", '<', '>', '&amp;', '&lt;',
  '<p>', '</p>', '<br>', '<li>', '<script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>', '\\', '\\u0000', '%',
];

/** Inputs built to make backtracking regexes explode: long runs and nested repeats. */
export const ADVERSARIAL_UNITS = [
  ' ', '\n', '\t', '1', '9,', 'a-', '$1,', '$1,000-', '((', '[[', '{{', '<', '<<>', '5+ ', '5 years of experience ',
  'years of experience ', 'years ', 'minimum 3, ', '1-2-3-', 'a.', '..', '--', '– ', '/', '\\', '%20', '&#', '&amp;',
  'Senior Senior ', 'ML-', 'k-', '1.1.', '$$', '€1.000,', '0', 'e', 'ab', 'x ', '* ', '- ', ': ',
];

const oddChar = fc.constantFrom(...ODD_CHARS);
const cueToken = fc.constantFrom(...CUE_TOKENS);
const unit = fc.constantFrom(...ADVERSARIAL_UNITS);

/** A string of cue words, random Unicode, odd characters and short adversarial runs. */
export const soup = (maxPieces = 40): fc.Arbitrary<string> => fc.array(fc.oneof(
  { weight: 4, arbitrary: cueToken },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: oddChar },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(unit, fc.integer({ min: 2, max: 300 })).map(([u, n]) => u.repeat(n)) },
  { weight: 3, arbitrary: fc.constant(' ') },
), { maxLength: maxPieces }).map((parts) => parts.join(''));

/** A long adversarial run: one unit repeated up to `maxChars` characters, optionally with a cue at the end. */
export const longRun = (maxChars: number): fc.Arbitrary<{ text: string; what: string }> =>
  fc.tuple(unit, fc.integer({ min: 1000, max: maxChars }), fc.option(cueToken, { nil: undefined }))
    .map(([u, size, tail]) => ({
      text: u.repeat(Math.ceil(size / u.length)).slice(0, size) + (tail ?? ''),
      what: `${JSON.stringify(u)} x ${size}${tail ? ` + ${JSON.stringify(tail)}` : ''}`,
    }));

// ---------------------------------------------------------------- classify inputs

export interface Case<T> { value: T; what: string }

const nullableSoup = fc.option(soup(12), { nil: null });

/** Random postings for classify(): mostly soup, sometimes a long adversarial run in one field. */
export const classifyInput = (maxRun = 20_000): fc.Arbitrary<Case<ClassifyInput>> => fc.oneof(
  { weight: 4, arbitrary: fc.record({ title: soup(10), description: soup(80), company: nullableSoup, location: nullableSoup, salaryText: nullableSoup })
    .map((value) => ({ value, what: `soup (title ${value.title.length} chars, description ${value.description.length} chars)` })) },
  { weight: 1, arbitrary: fc.tuple(longRun(maxRun), fc.constantFrom('title', 'description', 'salaryText'), soup(10))
    .map(([run, field, other]) => {
      const value: ClassifyInput = { title: other.slice(0, 200), description: other, salaryText: null };
      if (field === 'title') value.title = run.text; else if (field === 'description') value.description = run.text; else value.salaryText = run.text;
      return { value, what: `${field} = ${run.what}` };
    }) },
);

// ---------------------------------------------------------------- pages

/** A string as HTML text content (escaped), so the page itself never runs it. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A JSON value safe inside <script type="application/ld+json"> (no "</script" can end it early). */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/</g, '\\u003c');
}

function jobPostingPage(jsonld: string, bodyHtml = '<h1>Posting</h1>'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><script type="application/ld+json">${jsonld}</script></head><body>${bodyHtml}</body></html>`;
}

/** A JobPosting whose every field is an arbitrary JSON value (wrong types, nulls, nested arrays) or soup. */
const randomJobPostingNode = fc.record({
  '@context': fc.oneof(fc.constant('https://schema.org/'), fc.jsonValue({ maxDepth: 2 })),
  '@type': fc.oneof(fc.constant('JobPosting'), fc.constant(['JobPosting', 'Thing']), fc.constant('schema:JobPosting'), fc.jsonValue({ maxDepth: 1 })),
  title: fc.oneof(soup(10), fc.jsonValue({ maxDepth: 2 })),
  description: fc.oneof({ weight: 3, arbitrary: soup(80) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }),
  hiringOrganization: fc.oneof(fc.record({ name: soup(5) }), soup(5), fc.jsonValue({ maxDepth: 3 })),
  jobLocation: fc.oneof(fc.record({ address: fc.record({ addressLocality: soup(4), addressCountry: soup(2) }) }), fc.jsonValue({ maxDepth: 3 })),
  baseSalary: fc.oneof(
    fc.record({ currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'XXX', ''), soup(2)), value: fc.record({
      minValue: fc.oneof(fc.double(), fc.integer(), soup(2)), maxValue: fc.oneof(fc.double(), fc.integer(), soup(2)),
      unitText: fc.oneof(fc.constantFrom('YEAR', 'HOUR', 'MONTH', 'WEEK', 'DAY'), soup(2)) }) }),
    fc.jsonValue({ maxDepth: 3 })),
  datePosted: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), soup(3), fc.jsonValue({ maxDepth: 1 })),
  url: fc.oneof(fc.webUrl(), soup(3), fc.jsonValue({ maxDepth: 1 })),
  identifier: fc.jsonValue({ maxDepth: 2 }),
}, { requiredKeys: ['@type'] });

/** Ways the JSON-LD text itself is broken. */
const breakJson = fc.constantFrom<[string, (json: string) => string]>(
  ['as is', (j) => j],
  ['truncated', (j) => j.slice(0, Math.floor(j.length / 2))],
  ['trailing comma', (j) => j.replace(/}$/, ',}')],
  ['CDATA-wrapped', (j) => `<![CDATA[${j}]]>`],
  ['comment-wrapped', (j) => `<!--${j}-->`],
  ['single quotes', (j) => j.replace(/"/g, "'")],
  ['raw control chars', (j) => j.replace(/ /g, '\u0000')],
  ['doubled', (j) => j + j],
  ['in @graph', (j) => `{"@context":"https://schema.org","@graph":[${j},${j}]}`],
  ['in array', (j) => `[1,null,"x",${j}]`],
  ['undefined values', (j) => j.replace(/:"/, ':undefined,"x":"')],
  ['unbalanced', (j) => `${j}]]]}}}`],
);

/** Mutations of a real page's HTML: insert, delete, duplicate, truncate, swap tags. */
const htmlMutation = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), soup(20)).map(([at, s]) => ({
    what: `insert soup at ${at.toFixed(2)}`, apply: (h: string) => h.slice(0, Math.floor(at * h.length)) + s + h.slice(Math.floor(at * h.length)) })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 2000 })).map(([at, n]) => ({
    what: `delete ${n} chars at ${at.toFixed(2)}`, apply: (h: string) => h.slice(0, Math.floor(at * h.length)) + h.slice(Math.floor(at * h.length) + n) })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 2, max: 20 })).map(([at, n, k]) => ({
    what: `duplicate ${n} chars x${k} at ${at.toFixed(2)}`,
    apply: (h: string) => { const i = Math.floor(at * h.length); return h.slice(0, i) + h.slice(i, i + n).repeat(k) + h.slice(i); } })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ what: `truncate at ${at.toFixed(2)}`, apply: (h: string) => h.slice(0, Math.floor(at * h.length)) })),
  fc.tuple(fc.constantFrom('h1', 'div', 'script', 'p', 'li', 'title'), fc.constantFrom('span', 'template', 'textarea', 'style', 'noscript', 'svg', 'math', 'h1')).map(([a, b]) => ({
    what: `<${a}> → <${b}>`, apply: (h: string) => h.replaceAll(`<${a}`, `<${b}`).replaceAll(`</${a}>`, `</${b}>`) })),
  soup(30).map((s) => ({ what: 'JSON-LD description replaced', apply: (h: string) => h.replace(/"description":\s*"/, `"description": ${JSON.stringify(s).slice(0, -1)}`) })),
  fc.constantFrom('<', '</', '<!--', '<script>', '<![CDATA[', '"', "'", '&', '\u0000').map((s) => ({ what: `stray ${JSON.stringify(s)} after <body>`, apply: (h: string) => h.replace(/<body[^>]*>/i, (m) => m + s) })),
);

export interface PageCase {
  html: string; url: string; what: string; generic: boolean;
  /** Fixed cases only: the page plainly carries a posting, so analyze() must find one. */
  expectPosting?: boolean;
}

const urls = fc.constantFrom(
  FIXTURE_URL, 'https://jobs.lever.co/acme/0b9c5a2e-1111-2222-3333-444455556666', 'https://www.linkedin.com/jobs/view/123456/',
  'https://www.indeed.com/viewjob?jk=abc123', 'https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Remote/ML-Engineer_R1',
  'https://example.com/careers/ml-engineer', 'https://jobs.ashbyhq.com/acme/7c0e6d2c-0000-4000-8000-000000000000',
);

/** Pages for extract()/analyze(): random JSON-LD (broken in many ways) and mutated real pages. */
export function pageCase(corpus: CorpusHtmlPage[] = []): fc.Arbitrary<PageCase> {
  const randomJsonLd = fc.tuple(randomJobPostingNode, breakJson, urls, fc.boolean(), soup(30)).map(([node, [how, br], url, generic, body]) => ({
    html: jobPostingPage(br(jsonForScript(node)), `<h1>${escapeHtml(typeof node.title === 'string' ? node.title : 'x')}</h1><div>${escapeHtml(body)}</div>`),
    url, generic, what: `random JSON-LD, ${how}, at ${url}`,
  }));
  const mutatedFixture = fc.tuple(fc.array(htmlMutation, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([ms, generic]) => ({
    html: ms.reduce((h, m) => m.apply(h), FIXTURE_HTML), url: FIXTURE_URL, generic,
    what: `fixture page: ${ms.map((m) => m.what).join('; ')}`,
  }));
  const arbitraries: Array<fc.WeightedArbitrary<PageCase>> = [
    { weight: 3, arbitrary: randomJsonLd },
    { weight: 3, arbitrary: mutatedFixture },
  ];
  if (corpus.length > 0) {
    arbitraries.push({ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...corpus), fc.array(htmlMutation, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([p, ms, generic]) => ({
      html: ms.reduce((h, m) => m.apply(h), p.html), url: p.url, generic, what: `corpus ${p.file}: ${ms.map((m) => m.what).join('; ')}`,
    })) });
  }
  return fc.oneof(...arbitraries);
}

/** Fixed worst cases: deep nesting, huge JSON, 1 MB descriptions, hostile Unicode in every field. */
export function extremePages(): PageCase[] {
  const deep = 10_000;
  const MB = 1_000_000;
  const posting = (fields: Record<string, unknown>) => ({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Machine Learning Engineer', ...fields });
  const page = (what: string, jsonld: string, expectPosting = true): PageCase =>
    ({ html: jobPostingPage(jsonld, '<h1>Machine Learning Engineer</h1>'), url: FIXTURE_URL, what, generic: false, expectPosting });
  const odd = ODD_CHARS.join(' ');
  const deepObject = `{"@type":"JobPosting","title":"ML Engineer","description":"${'Train models. '.repeat(5)}","x":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}`;
  return [
    page(`JSON-LD nested ${deep} levels of arrays`, `${'['.repeat(deep)}${JSON.stringify(posting({ description: 'Train and deploy models. '.repeat(4) }))}${']'.repeat(deep)}`, false),
    page(`JSON-LD nested ${deep} levels of objects (posting at the top)`, deepObject),
    page(`JSON-LD nested ${deep} levels, unbalanced`, `${'{"a":['.repeat(deep)}`, false),
    page(`JSON-LD ${deep * 10} levels of @graph`, `${'{"@graph":['.repeat(deep * 10)}${JSON.stringify(posting({ description: 'x'.repeat(40) }))}${']}'.repeat(deep * 10)}`, false),
    page('huge JSON-LD: 2.5 MB array of postings', jsonForScript(Array.from({ length: 8_000 }, (_, i) => posting({ title: `ML Engineer ${i}`, description: `Train models ${i}. `.repeat(12) })))),
    page('huge JSON-LD: 6 MB (over the parse limit)', jsonForScript(posting({ description: 'Deploy models on Kubernetes. '.repeat(210_000) })), false),
    page('1 MB description of spaces then years', jsonForScript(posting({ description: `Train models.${' '.repeat(MB)}5+ years of experience` }))),
    page('1 MB description "5+ years of experience"', jsonForScript(posting({ description: '5+ years of experience '.repeat(MB / 23) }))),
    page('1 MB description "$1," x N', jsonForScript(posting({ description: '$1,'.repeat(MB / 3), baseSalary: '$1,'.repeat(300) }))),
    page('1 MB description "a-" x N', jsonForScript(posting({ description: 'a-'.repeat(MB / 2) }))),
    page('1 MB description of digits', jsonForScript(posting({ description: '1'.repeat(MB) }))),
    page('1 MB description of nested tags', jsonForScript(posting({ description: '<div><ul><li>ML '.repeat(MB / 16) }))),
    page('1 MB description of "<"', jsonForScript(posting({ description: '<'.repeat(MB) })), false),
    page('1 MB description of entities', jsonForScript(posting({ description: '&amp;lt;'.repeat(MB / 9) }))),
    page('1 MB description of brackets', jsonForScript(posting({ description: '(['.repeat(MB / 2) }))),
    page('odd Unicode in every field', jsonForScript(posting({
      title: `${odd} Senior ML Engineer ${odd}`, description: `${odd}\n`.repeat(200), hiringOrganization: { name: odd },
      jobLocation: { address: { addressLocality: odd } }, baseSalary: `${odd} $100k`, datePosted: odd,
    }))),
    page('lone surrogates and NUL in every field', jsonForScript(posting({
      title: '\uD800Senior\u0000 ML\uDFFF Engineer', description: '\uDC00\u0000 Train models with PyTorch. '.repeat(100), hiringOrganization: { name: '\uD800' },
    }))),
    { html: `<!doctype html><html><body><h1>${'x'.repeat(100_000)}</h1><div>${'<div>'.repeat(deep)}Machine learning engineer, 5 years${'</div>'.repeat(deep)}</div></body></html>`,
      url: 'https://example.com/jobs/1', what: `DOM nested ${deep} levels, generic`, generic: true, expectPosting: false },
  ];
}

// ---------------------------------------------------------------- invariants

type Texts = { title: string; description: string };

function allEvidence(c: Classification): Array<[string, Evidence]> {
  const out: Array<[string, Evidence]> = [];
  const add = (where: string, list: Evidence[] | undefined) => { for (const e of list ?? []) out.push([where, e]); };
  add('work', c.work.evidence);
  add('scope', c.scope.evidence);
  add('level', c.level.evidence);
  add('years', c.years?.evidence);
  add('salary', c.salary?.evidence);
  for (const s of c.signals) add(`signal ${s.id}`, s.evidence);
  return out;
}

/** What is wrong with a classification of `texts` (empty when every invariant holds). */
export function classificationProblems(c: Classification, texts: Texts): string[] {
  const problems: string[] = [];
  const parsed = ClassificationSchema.safeParse(c);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (!(WORK_LABELS as readonly string[]).includes(c.work.label)) problems.push(`work label ${String(c.work.label)}`);
  if (!(SCOPE_LABELS as readonly string[]).includes(c.scope.label)) problems.push(`scope label ${String(c.scope.label)}`);
  if (!(LEVEL_LABELS as readonly string[]).includes(c.level.label)) problems.push(`level label ${String(c.level.label)}`);
  for (const m of c.modalities) if (!(MODALITIES as readonly string[]).includes(m)) problems.push(`modality ${m}`);
  for (const s of c.signals) if (!(SIGNAL_DIRECTIONS as readonly string[]).includes(s.direction)) problems.push(`signal direction ${s.direction}`);
  for (const x of [c.work.confidence, c.scope.confidence, c.level.confidence]) if (!(x >= 0 && x <= 1)) problems.push(`confidence ${x}`);
  if (c.salary) {
    for (const x of [c.salary.min, c.salary.max, c.salary.annualMin, c.salary.annualMax]) if (!Number.isFinite(x)) problems.push(`salary figure ${x}`);
  }
  if (c.years && !Number.isFinite(c.years.min)) problems.push(`years ${c.years.min}`);
  for (const [where, e] of allEvidence(c)) {
    const text = texts[e.field];
    if (typeof text !== 'string') { problems.push(`${where}: bad field ${String(e.field)}`); continue; }
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length)) {
      problems.push(`${where}: offsets ${e.start}..${e.end} outside ${e.field} (${text.length} chars)`);
    } else if (text.slice(e.start, e.end) !== e.text) {
      problems.push(`${where}: ${e.field}.slice(${e.start}, ${e.end}) = ${JSON.stringify(text.slice(e.start, e.end).slice(0, 60))} ≠ ${JSON.stringify(e.text.slice(0, 60))}`);
    }
  }
  return problems;
}

/** What is wrong with an analysis (schema, evidence, posting limits). */
export function analysisProblems(a: unknown): string[] {
  const parsed = AnalysisSchema.safeParse(a);
  if (!parsed.success) return [`AnalysisSchema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
  const problems = classificationProblems(parsed.data.classification, parsed.data.posting);
  if (!PostingSchema.safeParse(parsed.data.posting).success) problems.push('posting schema');
  return problems;
}

/** Runs `fn`, turning a throw into a problem. */
export function noThrow<T>(what: string, fn: () => T): { value?: T; problems: string[] } {
  try {
    return { value: fn(), problems: [] };
  } catch (error) {
    return { problems: [`${what} threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`] };
  }
}
