// The shapes every part of ML Job Lens agrees on. zod schemas validate data at
// the edges (extraction output, messages, database rows, imports); the types are
// inferred from them so the two never drift apart.
import './zod-config';
import { z } from 'zod';

/** A phrase that decided something, with offsets into one field of the posting. */
export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Which text the offsets index: the posting's title or its description. */
  field: z.enum(['title', 'description']),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const WORK_LABELS = ['building', 'ops', 'mixed'] as const;
export const SCOPE_LABELS = ['generalist', 'specialist'] as const;
export const LEVEL_LABELS = ['entry', 'mid', 'senior'] as const;
export type WorkLabel = (typeof WORK_LABELS)[number];
export type ScopeLabel = (typeof SCOPE_LABELS)[number];
export type LevelLabel = (typeof LEVEL_LABELS)[number];

export const MODALITIES = [
  'nlp', 'llm', 'vision', 'speech', 'rl', 'tabular', 'time-series', 'recommendation', 'multimodal',
] as const;
export type Modality = (typeof MODALITIES)[number];

const confidence = z.number().min(0).max(1);

export const WorkResultSchema = z.object({
  label: z.enum(WORK_LABELS), confidence, evidence: z.array(EvidenceSchema),
});
export const ScopeResultSchema = z.object({
  label: z.enum(SCOPE_LABELS), confidence, evidence: z.array(EvidenceSchema),
  /** Domain ids from lib/classify/domains.ts, or `other:<name>`. */
  domains: z.array(z.string()),
});
export const LevelResultSchema = z.object({
  label: z.enum(LEVEL_LABELS), confidence, evidence: z.array(EvidenceSchema),
});
export type WorkResult = z.infer<typeof WorkResultSchema>;
export type ScopeResult = z.infer<typeof ScopeResultSchema>;
export type LevelResult = z.infer<typeof LevelResultSchema>;

export const YearsSchema = z.object({ min: z.number().nonnegative(), evidence: z.array(EvidenceSchema) }).nullable();
export type Years = z.infer<typeof YearsSchema>;

export const SALARY_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];
export const SalarySchema = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  /** ISO 4217 code (USD, GBP, EUR, …). */
  currency: z.string().min(3).max(3),
  period: z.enum(SALARY_PERIODS),
  annualMin: z.number().nonnegative(),
  annualMax: z.number().nonnegative(),
  evidence: z.array(EvidenceSchema),
}).nullable();
export type Salary = z.infer<typeof SalarySchema>;

export const SIGNAL_DIRECTIONS = ['rising', 'steady', 'declining'] as const;
export type SignalDirection = (typeof SIGNAL_DIRECTIONS)[number];
export const SignalMatchSchema = z.object({
  id: z.string(),
  direction: z.enum(SIGNAL_DIRECTIONS),
  evidence: z.array(EvidenceSchema),
});
export type SignalMatch = z.infer<typeof SignalMatchSchema>;

/** A posting as extraction produces it: plain text, no HTML. */
export const PostingSchema = z.object({
  /** Canonical URL of the posting (one job = one URL, whatever page it was seen on). */
  url: z.string().max(4096),
  /** Adapter id that produced it (greenhouse, linkedin, jsonld, generic, text, …). */
  board: z.string().max(64),
  title: z.string().max(1000),
  company: z.string().max(1000).nullable(),
  location: z.string().max(2000).nullable(),
  /** Full description as plain text, paragraphs separated by blank lines. */
  description: z.string().max(2_000_000),
  /** Salary as the page states it in structured data or a dedicated field, if any. */
  salaryText: z.string().max(1000).nullable(),
  datePosted: z.string().max(100).nullable(),
});
export type Posting = z.infer<typeof PostingSchema>;

/** Everything the classifier says about one posting. */
export const ClassificationSchema = z.object({
  work: WorkResultSchema,
  scope: ScopeResultSchema,
  level: LevelResultSchema,
  years: YearsSchema,
  modalities: z.array(z.enum(MODALITIES)),
  salary: SalarySchema,
  signals: z.array(SignalMatchSchema),
  /** Version of the rules that produced this, so saved postings can be re-classified. */
  classifierVersion: z.string(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const AnalysisSchema = z.object({
  posting: PostingSchema,
  /** Text fingerprint: the same job seen on two URLs or reposted has the same one. */
  fingerprint: z.string(),
  classification: ClassificationSchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;
