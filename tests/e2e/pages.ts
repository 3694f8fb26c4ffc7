// Pages the end-to-end tests serve under their real URLs: our own fixtures
// always, the real saved pages of ../shared/corpus when it is there.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDir, readJsonl } from '../../lib/cli/corpus';

export interface ServedPage { url: string; body: string; expected: { title: string } }

const fixtures = resolve(import.meta.dirname, '../fixtures/pages');

export const FIXTURE_PAGE: ServedPage = {
  url: 'https://job-boards.greenhouse.io/acmerobotics/jobs/7000001',
  body: readFileSync(join(fixtures, 'jsonld-posting.html'), 'utf8'),
  expected: { title: 'Senior Machine Learning Engineer, Inference' },
};

interface PageIndexRow { file: string; url: string; title: string; kind?: string }

/** A real saved page from the corpus, by file name, or null where the corpus is absent. */
export function corpusPage(file: string): ServedPage | null {
  const dir = corpusDir();
  if (!dir) return null;
  const index = readJsonl<PageIndexRow>(join(dir, 'pages', 'pages.jsonl'));
  const row = index.find((r) => r.file === file);
  const path = join(dir, 'pages', file);
  if (!row || !existsSync(path)) return null;
  return { url: row.url, body: readFileSync(path, 'utf8'), expected: { title: row.title } };
}

export const OUTPUT = resolve(import.meta.dirname, '../../.output');
