// Realistic SavedPosting records for tests and the history benchmark.
// Deterministic: the same seed gives the same records.
import { CLASSIFIER_VERSION } from '../classify/version';
import type { SavedPosting } from '../db';
import type { SignalMatch } from '../model';
import { LEVEL_LABELS, SCOPE_LABELS, WORK_LABELS } from '../model';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = ['Machine Learning Engineer', 'Senior ML Engineer', 'MLOps Engineer', 'Applied Scientist', 'Research Engineer, LLMs',
  'Data Scientist', 'Staff ML Platform Engineer', 'Computer Vision Engineer', 'NLP Engineer', 'ML Infrastructure Engineer',
  'Junior Machine Learning Engineer', 'AI Engineer'];
const COMPANIES = ['Acme AI', 'Globex', 'Initech', 'Umbrella Labs', 'Hooli', 'Stark Analytics', 'Wayne Robotics', 'Tyrell', null];
const BOARDS = ['greenhouse', 'lever', 'ashby', 'workday', 'linkedin', 'jsonld'];
const DOMAINS = ['finance', 'healthcare', 'ads', 'robotics', 'search', 'security', 'other:climate'];
const SIGNALS: Array<Pick<SignalMatch, 'id' | 'direction'>> = [
  { id: 'llm-finetuning', direction: 'rising' }, { id: 'rag', direction: 'rising' }, { id: 'evals', direction: 'rising' },
  { id: 'agents', direction: 'rising' }, { id: 'kubernetes', direction: 'steady' }, { id: 'pytorch', direction: 'steady' },
  { id: 'hadoop', direction: 'declining' }, { id: 'tensorflow-1', direction: 'declining' }, { id: 'theano', direction: 'declining' },
];
const WORDS = ('model training deployment pipeline inference latency feature store monitoring drift experiment evaluation '
  + 'python pytorch kubernetes data quality retrieval ranking embeddings distributed systems research production '
  + 'stakeholders mentor design review on-call reliability GPU cluster batch streaming').split(' ');

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

export const NOW = Date.UTC(2026, 10, 27, 12);
const DAY = 86_400_000;

/** One record; `overrides` win. */
export function makePosting(i: number, overrides: Partial<SavedPosting> = {}, seed = 1): SavedPosting {
  const r = rng(seed * 100_003 + i);
  const title = pick(r, TITLES);
  const company = pick(r, COMPANIES);
  const paragraphs = Array.from({ length: 6 + Math.floor(r() * 10) }, () =>
    Array.from({ length: 30 + Math.floor(r() * 40) }, () => pick(r, WORDS)).join(' ') + '.');
  const description = paragraphs.join('\n\n');
  const work = pick(r, WORK_LABELS);
  const scope = pick(r, SCOPE_LABELS);
  const level = pick(r, LEVEL_LABELS);
  const domains = scope === 'specialist' ? [pick(r, DOMAINS)] : [];
  const signals = SIGNALS.filter(() => r() < 0.25).map((s) => ({ ...s, evidence: [{ text: s.id, start: 0, end: s.id.length, field: 'description' as const }] }));
  const hasSalary = r() < 0.5;
  const min = 80_000 + Math.floor(r() * 120) * 1000;
  const max = min + Math.floor(r() * 80) * 1000;
  const firstSeen = NOW - Math.floor(r() * 120 * DAY);
  const lastSeen = Math.min(NOW, firstSeen + Math.floor(r() * 20 * DAY));
  const ev = (text: string) => [{ text, start: 0, end: Math.min(text.length, title.length), field: 'title' as const }];
  const base: SavedPosting = {
    id: undefined,
    url: `https://boards.example.com/${pick(r, BOARDS)}/job-${seed}-${i}`,
    board: pick(r, BOARDS),
    title,
    company,
    location: pick(r, ['Remote', 'London, UK', 'New York, NY', 'Berlin', null]),
    description,
    salaryText: hasSalary ? `$${min} - $${max}` : null,
    datePosted: new Date(firstSeen - 3 * DAY).toISOString().slice(0, 10),
    fingerprint: `fp-${seed}-${i}`,
    otherUrls: [],
    classification: {
      work: { label: work, confidence: Math.round(r() * 100) / 100, evidence: ev(title) },
      scope: { label: scope, confidence: 0.7, evidence: [], domains },
      level: { label: level, confidence: 0.8, evidence: ev(title) },
      years: r() < 0.6 ? { min: 1 + Math.floor(r() * 8), evidence: [] } : null,
      modalities: r() < 0.5 ? ['llm'] : ['tabular'],
      salary: hasSalary ? { min, max, currency: 'USD', period: 'year', annualMin: min, annualMax: max, evidence: [] } : null,
      signals,
      classifierVersion: CLASSIFIER_VERSION,
    },
    work, scope, level, domains,
    signals: signals.map((s) => s.id),
    salaryAnnualMin: hasSalary ? min : null,
    salaryAnnualMax: hasSalary ? max : null,
    firstSeen, lastSeen,
    timesSeen: 1 + Math.floor(r() * 5),
    starred: r() < 0.1 ? 1 : 0,
    hidden: r() < 0.05 ? 1 : 0,
    applied: r() < 0.05 ? 1 : 0,
    note: r() < 0.05 ? 'Ask about on-call' : '',
  };
  const out = { ...base, ...overrides };
  if (out.id === undefined) delete out.id;
  return out;
}

export function makePostings(n: number, seed = 1): SavedPosting[] {
  return Array.from({ length: n }, (_, i) => makePosting(i, {}, seed));
}
