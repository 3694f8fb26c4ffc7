// Reads the development corpus in place (../shared/corpus, or $MLJL_CORPUS).
// Never copied into the project: tests and scripts skip clearly when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function corpusDir(): string | null {
  const dir = process.env.MLJL_CORPUS ?? resolve(here, '../../../shared/corpus');
  return existsSync(join(dir, 'postings.jsonl')) ? dir : null;
}

export const CORPUS_MISSING = 'corpus not found: set MLJL_CORPUS or place it at ../shared/corpus (skipping corpus-based checks)';

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

export interface CorpusPosting {
  id: string; title: string; company: string | null; location: string | null;
  description: string; url: string | null; board: string | null; date: string | null;
  salary_text?: string | null;
}
export interface CorpusLabel {
  id: string; work: string; scope: string; domains: string[]; level: string;
  years_min: number | null; agreed: boolean; why: string;
}
export interface CorpusSignals {
  id: string; signals: string[]; disputed: string[];
  salary: { min: number; max: number; currency: string; period: string } | null | 'disputed';
}

export function loadCorpus(dir: string) {
  return {
    postings: readJsonl<CorpusPosting>(join(dir, 'postings.jsonl')),
    labels: readJsonl<CorpusLabel>(join(dir, 'labels.jsonl')),
    signals: readJsonl<CorpusSignals>(join(dir, 'signals.jsonl')),
  };
}
