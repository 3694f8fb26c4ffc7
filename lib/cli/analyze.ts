// npm run --silent analyze -- FILE... [--url URL]
// .html pages (board from the page's canonical URL, or --url; decoded as their
// BOM or <meta charset> says) and .jsonl postings ({id, title, description, ...}
// per line) → one JSON line per posting on stdout. A page listing several JSON-LD
// postings gives one line each. Uses the same lib code as the extension.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { classify } from '../classify';
import { extractAll } from '../extract';
import { parseWorkdayCxs } from '../extract/boards/workday';
import type { Classification, Posting } from '../model';
import { decodePage } from './decode-page';

interface Line {
  id: string; url: string | null; title: string; company: string | null;
  work: Classification['work']; scope: Classification['scope']; level: Classification['level'];
  years: Classification['years']; modalities: Classification['modalities'];
  signals: Classification['signals'];
  salary: Omit<NonNullable<Classification['salary']>, 'evidence'> | null;
}

export function toLine(id: string, url: string | null, input: { title: string; description: string; company?: string | null; location?: string | null; salaryText?: string | null }): Line {
  const c = classify(input);
  const salary = c.salary ? (({ evidence: _e, ...rest }) => rest)(c.salary) : null;
  return {
    id, url, title: input.title, company: input.company ?? null,
    work: c.work, scope: c.scope, level: c.level, years: c.years, modalities: c.modalities, signals: c.signals, salary,
  };
}

/** The URL a saved page was served under: --url, else its canonical link or og:url. */
export function pageUrl(doc: Document, given: string | null): URL | null {
  const candidates = [
    given,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try { return new URL(candidate); } catch { /* relative or broken: try the next */ }
  }
  return null;
}

function postingLine(id: string, posting: Posting): Line {
  return toLine(id, posting.url, posting);
}

export function analyzeHtml(file: string, html: string, url: string | null): Line[] {
  const { document } = parseHTML(html);
  const pageAt = pageUrl(document as unknown as Document, url);
  if (!pageAt) throw new Error(`${file}: no canonical URL in the page; pass --url URL`);
  const postings = extractAll(document as unknown as Document, pageAt);
  if (postings.length === 0) throw new Error(`${file}: no job posting found on this page (${pageAt.href})`);
  const id = basename(file, extname(file));
  // A list page's postings are told apart by their position, as JSONL rows are.
  return postings.map((posting, i) => postingLine(postings.length === 1 ? id : `${id}:${i + 1}`, posting));
}

/** Null when `url` is an absolute URL (or absent), else what is wrong with it. */
export function urlProblem(url: string | null): string | null {
  if (url === null) return null;
  try {
    new URL(url);
    return null;
  } catch {
    return `invalid --url ${JSON.stringify(url)}: not an absolute URL (e.g. https://boards.greenhouse.io/acme/jobs/123)`;
  }
}

export function analyzeJson(file: string, text: string, url: string | null): Line[] {
  const data: unknown = JSON.parse(text);
  const pageAt = url ? new URL(url) : null;
  const posting = parseWorkdayCxs(data, pageAt ?? new URL('https://www.myworkdayjobs.com/'));
  if (!posting) throw new Error(`${file}: not a job posting this tool understands (Workday job JSON expected)`);
  return [postingLine(basename(file, extname(file)), posting)];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function analyzeJsonl(file: string, text: string, errors: string[]): Line[] {
  const out: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let row: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      row = parsed as Record<string, unknown>;
    } catch (error) {
      errors.push(`${file}:${i + 1}: not a JSON object (${(error as Error).message})`);
      return;
    }
    const title = str(row.title) ?? '';
    const description = str(row.description) ?? '';
    if (!title && !description) { errors.push(`${file}:${i + 1}: no title or description`); return; }
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `${basename(file)}:${i + 1}`;
    out.push(toLine(id, str(row.url), {
      // A row's salary_text is often an aggregator's estimate, not what the posting
      // states: the salary is read from the description only.
      title, description, company: str(row.company), location: str(row.location),
    }));
  });
  return out;
}

export function main(argv: string[]): number {
  const files: string[] = [];
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '-h' || arg === '--help') { console.log('usage: npm run --silent analyze -- [--url URL] FILE.html|FILE.jsonl|FILE.json ...'); return 0; }
    else files.push(arg);
  }
  if (files.length === 0) { console.error('usage: npm run --silent analyze -- [--url URL] FILE.html|FILE.jsonl|FILE.json ...'); return 2; }
  const badUrl = urlProblem(url);
  if (badUrl) { console.error(`analyze: ${badUrl}`); return 2; }
  const errors: string[] = [];
  for (const file of files) {
    try {
      const ext = extname(file).toLowerCase();
      const lines = ext === '.jsonl' ? analyzeJsonl(file, readFileSync(file, 'utf8'), errors)
        : ext === '.json' ? analyzeJson(file, readFileSync(file, 'utf8'), url)
          : analyzeHtml(file, decodePage(readFileSync(file)), url);
      for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  for (const e of errors) console.error(`analyze: ${e}`);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && /analyze\.[tj]s$/.test(process.argv[1])) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = main(process.argv.slice(2));
}
