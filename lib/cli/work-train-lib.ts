// Training and cross-validation of the work model: a multinomial logistic regression
// (softmax, L2) over the feature vectors of lib/classify/work.ts. Deterministic: full-
// batch gradient descent from zero weights, folds from a seeded shuffle.
import { analyzeWork, FEATURE_NAMES, workFeatures } from '../classify/work';

/** Feature columns to train on: all, or those whose names match $WORK_FEATURES (a regex). */
export const COLUMNS: number[] = FEATURE_NAMES.map((_, j) => j).filter((j) => !process.env.WORK_FEATURES || new RegExp(process.env.WORK_FEATURES).test(FEATURE_NAMES[j]!));
import type { WorkModel } from '../classify/work-weights';
import type { WorkLabel } from '../model';
import { loadCorpus } from './corpus';

export const LABELS: readonly WorkLabel[] = ['building', 'ops', 'mixed'];

export interface Example { id: string; x: number[]; y: number }

export function loadExamples(dir: string): Example[] {
  const { postings, labels } = loadCorpus(dir);
  const gold = new Map(labels.map((l) => [l.id, l.work as WorkLabel]));
  const out: Example[] = [];
  for (const p of postings) {
    const g = gold.get(p.id);
    if (!g) continue;
    const full = workFeatures(analyzeWork({ title: p.title, description: p.description, company: p.company }));
    const x = COLUMNS.map((j) => full[j]!);
    out.push({ id: p.id, x, y: LABELS.indexOf(g) });
  }
  return out;
}

export interface TrainOptions {
  /** L2 penalty on the (standardised) weights. */
  l2: number;
  iterations?: number;
  rate?: number;
  /** Up-weight classes inversely to their frequency (mixed is rare). */
  balanced?: boolean;
}

export function train(examples: readonly Example[], opts: TrainOptions): WorkModel {
  const d = COLUMNS.length;
  const K = LABELS.length;
  const n = examples.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const e of examples) for (let j = 0; j < d; j++) mean[j]! += e.x[j]! / n;
  for (const e of examples) for (let j = 0; j < d; j++) scale[j]! += (e.x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const xs = examples.map((e) => e.x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const counts = LABELS.map((_, k) => examples.filter((e) => e.y === k).length);
  const cw = LABELS.map((_, k) => (opts.balanced ? n / (K * Math.max(1, counts[k]!)) : 1));
  const W = LABELS.map(() => new Array<number>(d).fill(0));
  const b = new Array<number>(K).fill(0);
  const iterations = opts.iterations ?? 600;
  const rate = opts.rate ?? 0.5;
  const wsum = examples.reduce((s, e) => s + cw[e.y]!, 0);
  for (let it = 0; it < iterations; it++) {
    const gW = LABELS.map(() => new Array<number>(d).fill(0));
    const gb = new Array<number>(K).fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const z = W.map((w, k) => { let s = b[k]!; for (let j = 0; j < d; j++) s += w[j]! * x[j]!; return s; });
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const t = e.reduce((a, c) => a + c, 0);
      const c = cw[examples[i]!.y]! / wsum;
      for (let k = 0; k < K; k++) {
        const g = (e[k]! / t - (examples[i]!.y === k ? 1 : 0)) * c;
        gb[k]! += g;
        const gw = gW[k]!;
        for (let j = 0; j < d; j++) gw[j]! += g * x[j]!;
      }
    }
    for (let k = 0; k < K; k++) {
      b[k]! -= rate * gb[k]!;
      const w = W[k]!;
      for (let j = 0; j < d; j++) w[j]! -= rate * (gW[k]![j]! + opts.l2 * w[j]!);
    }
  }
  return { features: COLUMNS.map((j) => FEATURE_NAMES[j]!), mean, scale, bias: b, weights: W };
}

/** A deterministic shuffle (LCG), so the folds are the same each run. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Stratified folds: each label spread evenly over the k folds. */
export function stratifiedFolds(examples: readonly Example[], k: number, seed: number): Example[][] {
  const folds: Example[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (let y = 0; y < LABELS.length; y++) {
    for (const e of shuffled(examples.filter((x) => x.y === y), seed + y)) folds[next++ % k]!.push(e);
  }
  return folds;
}
