// Selectors are data with evidence (refined-github's selectors.test.ts): every
// selector line in the adapters and in cards.ts names the page that proves it,
// and this test opens that page and checks the selector matches something.
// Lines marked `unverified` or `TODO [...]: Drop` make no claim and are skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { corpusDir } from '../../cli/corpus';
import { toDocument } from '../test-utils';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const fixturesDir = join(root, 'tests/fixtures/boards');
const corpus = corpusDir();

const sources = [
  ...readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'board.ts').map((f) => join(here, f)),
  join(here, '../cards.ts'),
];

interface Claim { file: string; line: number; selector: string; pages: string[] }

/** `'selector', // page, page (note)` or `= 'selector'; // page (note)`. */
const SELECTOR_LINE = /^\s*(?:(?:const|let)\s+\w+\s*=\s*)?'((?:[^'\\]|\\.)+)'[,;]?\s*(?:\)\.join\([^)]*\);?\s*)?\/\/\s*(.+)$/;

function fixturePath(name: string, board: string): string | null {
  const own = join(fixturesDir, board, `${name}.html`);
  if (existsSync(own)) return own;
  for (const dir of readdirSync(fixturesDir)) {
    const candidate = join(fixturesDir, dir, `${name}.html`);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function claims(): Claim[] {
  const found: Claim[] = [];
  for (const file of sources) {
    const board = basename(file, '.ts');
    readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
      const match = SELECTOR_LINE.exec(text);
      if (!match) return;
      const [, selector, comment] = match as unknown as [string, string, string];
      if (/unverified|TODO \[/.test(comment) || /^\s*(\^|\/)/.test(selector)) return;
      const evidence = comment.replace(/\(.*$/, '').replace(/;.*$/, '');
      const pages = evidence.split(',').map((s) => s.trim()).filter(Boolean).map((ref) => {
        if (/^[a-z]+-\d+$/.test(ref)) return `corpus:${ref}`;
        const name = ref.replace(/^tests\/fixtures\/boards\/[^/]+\//, '');
        return fixturePath(name, board) ?? `missing:${ref}`;
      });
      found.push({ file: basename(file), line: i + 1, selector: selector.replace(/\\'/g, "'"), pages });
    });
  }
  return found;
}

const documents = new Map<string, Document | null>();
function open(page: string): Document | null {
  if (!documents.has(page)) {
    if (page.startsWith('corpus:')) {
      const path = corpus ? join(corpus, 'pages', `${page.slice(7)}.html`) : '';
      documents.set(page, path && existsSync(path) ? toDocument(readFileSync(path, 'utf8')) : null);
    } else {
      documents.set(page, existsSync(page) ? toDocument(readFileSync(page, 'utf8')) : null);
    }
  }
  return documents.get(page)!;
}

const all = claims();

test('the adapters make selector claims', () => {
  expect(all.length).toBeGreaterThan(40);
});

test.each(all.map((c) => [`${c.file}:${c.line} ${c.selector}`, c] as const))('%s', (_name, claim) => {
  for (const page of claim.pages) {
    expect(page.startsWith('missing:'), `${claim.file}:${claim.line} names no known page: ${page}`).toBe(false);
    const doc = open(page);
    if (!doc) continue; // corpus absent: skipped (see corpus-pages.test.ts)
    expect(doc.querySelectorAll(claim.selector).length, `${claim.selector} in ${page}`).toBeGreaterThan(0);
  }
});
