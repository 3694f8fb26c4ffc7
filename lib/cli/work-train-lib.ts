// Tuning and cross-validation of the work axis (lib/classify/work.ts).
//
// The shipped classifier is the band rule of work.ts: a handful of numbers (bands of
// the building share of the votes per title side, the title-lean threshold, and the
// "ops title that trains models" threshold), chosen here by exhaustive search over a
// small grid to maximise accuracy on the training postings; ties go to the parameters
// closest to the hand-set defaults. For comparison, a multinomial logistic regression
// (softmax, L2) over interpretable cue features can be trained on the same folds.
// Everything is deterministic: fixed grid, zero-initialised weights, seeded folds.
import { maskCompany } from '../classify/company-mask';
import { analyzeWork, BODY_CUE_IDS, ruleInputs, ruleLabel, TITLE_CUE_IDS, type RuleInputs, type WorkAnalysis } from '../classify/work';
import type { WorkRuleParams } from '../classify/work-rule';
import type { WorkLabel } from '../model';
import { loadCorpus } from './corpus';

export const LABELS: readonly WorkLabel[] = ['building', 'ops', 'mixed'];

// ---- Features for the logistic-regression baseline.
// Interpretable on purpose: cue families by section, the title's kind, vote shares —
// never single words, so the model cannot memorise companies.

export const FEATURE_NAMES: readonly string[] = [
  ...TITLE_CUE_IDS.map((id) => `title:${id}`),
  'title:none',
  ...BODY_CUE_IDS.map((id) => `cue:${id}`),
  'share:building', 'share:balance', 'votes:log-total', 'votes:log-building', 'votes:log-ops',
  'duties:share-building', 'duties:balance', 'duties:present',
  'title:lean-building', 'title:lean-ops', 'mixed:mass',
  'core:building', 'core:ops', 'core:both', 'core:building-under-ops-title', 'core:ops-under-building-title',
];

/** Cues that name making a model (not just using one), and cues that name running one. */
const CORE_BUILDING = ['train-models', 'fine-tune', 'develop-models', 'novel', 'research', 'publish', 'statistics'];
const CORE_OPS = ['deploy', 'production', 'serving', 'mlops', 'containers', 'infra', 'llm-integration'];

export function workFeatures(a: WorkAnalysis): number[] {
  const out: number[] = [];
  for (const id of TITLE_CUE_IDS) out.push(a.titleCues.has(id) ? 1 : 0);
  out.push(a.titleCues.size === 0 ? 1 : 0);
  for (const id of BODY_CUE_IDS) out.push(Math.log1p(a.cueMass.get(id) ?? 0));
  const share = (v: WorkAnalysis['votes']): number => (v.building + v.ops > 0 ? v.building / (v.building + v.ops) : 0.5);
  const s = share(a.votes);
  out.push(s, 1 - 2 * Math.abs(s - 0.5), Math.log1p(a.votes.building + a.votes.ops), Math.log1p(a.votes.building), Math.log1p(a.votes.ops));
  const d = share(a.dutyVotes);
  const present = a.dutyVotes.building + a.dutyVotes.ops > 0 ? 1 : 0;
  out.push(d, present ? 1 - 2 * Math.abs(d - 0.5) : 0, present);
  out.push(Math.max(0, a.titleLean) / 5, Math.max(0, -a.titleLean) / 5);
  out.push(Math.log1p((a.cueMass.get('end-to-end') ?? 0) + (a.cueMass.get('proto-to-prod') ?? 0)));
  const mass = (ids: readonly string[]): number => Math.log1p(ids.reduce((sum, id) => sum + (a.cueMass.get(id) ?? 0), 0));
  const cb = mass(CORE_BUILDING);
  const co = mass(CORE_OPS);
  const titleOps = a.titleLean <= -3 ? 1 : 0;
  const titleBuilding = a.titleLean >= 3 ? 1 : 0;
  out.push(cb, co, Math.min(cb, co), titleOps * cb, titleBuilding * co);
  return out;
}



export interface Example { id: string; rule: RuleInputs; x: number[]; y: number }

/** The logistic-regression baseline reads these aggregate features only (no single words). */
const LR_FEATURES = /^(?:share|votes|duties|title:lean|mixed:mass|core)/;
const LR_COLUMNS = FEATURE_NAMES.map((_, j) => j).filter((j) => LR_FEATURES.test(FEATURE_NAMES[j]!));

export function loadExamples(dir: string): Example[] {
  const { postings, labels } = loadCorpus(dir);
  const gold = new Map(labels.map((l) => [l.id, l.work as WorkLabel]));
  const out: Example[] = [];
  for (const p of postings) {
    const g = gold.get(p.id);
    if (!g) continue;
    // As classify() reads it: the company's own name masked (company-mask.ts).
    const a = analyzeWork({ title: p.title, description: maskCompany(p.description, p.company), company: p.company });
    const full = workFeatures(a);
    out.push({ id: p.id, rule: ruleInputs(a), x: LR_COLUMNS.map((j) => full[j]!), y: LABELS.indexOf(g) });
  }
  return out;
}

// ---- the band rule

export const DEFAULT_RULE: WorkRuleParams = {
  titleLean: 3,
  bands: { building: { lo: 0.2, hi: 0.3 }, ops: { lo: 0.5, hi: 0.6 }, neutral: { lo: 0.3, hi: 0.5 } },
  makingUnderOps: Infinity,
};

const GRID = {
  titleLean: [2, 3, 4, 5],
  building: pairs([0.1, 0.15, 0.2, 0.25], [0.25, 0.3, 0.35, 0.4]),
  ops: pairs([0.4, 0.45, 0.5, 0.55], [0.5, 0.55, 0.6, 0.65, 0.7]),
  neutral: pairs([0.2, 0.25, 0.3, 0.35], [0.4, 0.45, 0.5, 0.55]),
  makingUnderOps: [0.8, 1, 1.5, 2, Infinity],
};

function pairs(los: number[], his: number[]): Array<{ lo: number; hi: number }> {
  const out: Array<{ lo: number; hi: number }> = [];
  for (const lo of los) for (const hi of his) if (hi > lo) out.push({ lo, hi });
  return out;
}

function distance(p: WorkRuleParams): number {
  const d = DEFAULT_RULE;
  let s = Math.abs(p.titleLean - d.titleLean) / 4;
  for (const k of ['building', 'ops', 'neutral'] as const) s += Math.abs(p.bands[k].lo - d.bands[k].lo) + Math.abs(p.bands[k].hi - d.bands[k].hi);
  s += p.makingUnderOps === d.makingUnderOps ? 0 : 0.05;
  return s;
}

export function ruleCorrect(examples: readonly Example[], params: WorkRuleParams): number {
  let n = 0;
  for (const e of examples) if (LABELS.indexOf(ruleLabel(e.rule, params)) === e.y) n++;
  return n;
}

/**
 * The grid point with the most training postings right. Title sides do not interact
 * (a posting reads one side's bands), so each side's bands are searched on its own
 * postings, for each value of the shared thresholds.
 */
export function tuneRule(examples: readonly Example[]): WorkRuleParams {
  let best: WorkRuleParams = DEFAULT_RULE;
  let bestScore = -1;
  for (const titleLean of GRID.titleLean) {
    for (const makingUnderOps of GRID.makingUnderOps) {
      const bands = { ...DEFAULT_RULE.bands };
      let score = 0;
      for (const side of ['building', 'ops', 'neutral'] as const) {
        let sideBest = DEFAULT_RULE.bands[side];
        let sideScore = -1;
        let sideDist = Infinity;
        for (const band of GRID[side]) {
          const params = { titleLean, makingUnderOps, bands: { ...bands, [side]: band } };
          // Only the postings that read this side's bands are affected by it.
          const own = examples.filter((e) => bandSideOf(e.rule, params) === side);
          const s = ruleCorrect(own, params);
          const dist = Math.abs(band.lo - DEFAULT_RULE.bands[side].lo) + Math.abs(band.hi - DEFAULT_RULE.bands[side].hi);
          if (s > sideScore || (s === sideScore && dist < sideDist)) { sideBest = band; sideScore = s; sideDist = dist; }
        }
        bands[side] = sideBest;
      }
      const params: WorkRuleParams = { titleLean, makingUnderOps, bands };
      score = ruleCorrect(examples, params);
      if (score > bestScore || (score === bestScore && distance(params) < distance(best))) { best = params; bestScore = score; }
    }
  }
  return best;
}

function bandSideOf(r: RuleInputs, p: WorkRuleParams): 'building' | 'ops' | 'neutral' | 'none' {
  if (r.building + r.ops < 1) return 'none';
  const side = r.titleLean >= p.titleLean ? 'building' : r.titleLean <= -p.titleLean ? 'ops' : 'neutral';
  return side === 'ops' && r.making >= p.makingUnderOps ? 'neutral' : side;
}

// ---- the logistic-regression baseline

export interface LinearModel { mean: number[]; scale: number[]; bias: number[]; weights: number[][] }

export function trainLinear(examples: readonly Example[], l2: number, iterations = 600, rate = 0.5): LinearModel {
  const d = examples[0]?.x.length ?? 0;
  const K = LABELS.length;
  const n = examples.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const e of examples) for (let j = 0; j < d; j++) mean[j]! += e.x[j]! / n;
  for (const e of examples) for (let j = 0; j < d; j++) scale[j]! += (e.x[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const xs = examples.map((e) => e.x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const W = LABELS.map(() => new Array<number>(d).fill(0));
  const b = new Array<number>(K).fill(0);
  for (let it = 0; it < iterations; it++) {
    const gW = LABELS.map(() => new Array<number>(d).fill(0));
    const gb = new Array<number>(K).fill(0);
    for (let i = 0; i < n; i++) {
      const p = softmax(W, b, xs[i]!);
      for (let k = 0; k < K; k++) {
        const g = (p[k]! - (examples[i]!.y === k ? 1 : 0)) / n;
        gb[k]! += g;
        for (let j = 0; j < d; j++) gW[k]![j]! += g * xs[i]![j]!;
      }
    }
    for (let k = 0; k < K; k++) {
      b[k]! -= rate * gb[k]!;
      for (let j = 0; j < d; j++) W[k]![j]! -= rate * (gW[k]![j]! + l2 * W[k]![j]!);
    }
  }
  return { mean, scale, bias: b, weights: W };
}

function softmax(W: number[][], b: number[], x: number[]): number[] {
  const z = W.map((w, k) => { let s = b[k]!; for (let j = 0; j < x.length; j++) s += w[j]! * x[j]!; return s; });
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const t = e.reduce((a, c) => a + c, 0);
  return e.map((v) => v / t);
}

export function predictLinear(model: LinearModel, x: number[]): number {
  const p = softmax(model.weights, model.bias, x.map((v, j) => (v - model.mean[j]!) / model.scale[j]!));
  let k = 0;
  for (let j = 1; j < p.length; j++) if (p[j]! > p[k]!) k = j;
  return k;
}

// ---- folds

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
