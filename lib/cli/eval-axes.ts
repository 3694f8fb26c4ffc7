// Scores classify() against the labelled corpus on the three axes (work, scope,
// level), plus years_min and the domain sets of specialists. The labels are only
// read, never fitted: these are the plain figures of the rules as written.
import { classify } from '../classify/index';
import type { Classification } from '../model';
import { LEVEL_LABELS, SCOPE_LABELS, WORK_LABELS } from '../model';
import { loadCorpus, type CorpusLabel, type CorpusPosting } from './corpus';

export interface EvaluateOptions {
  /** Only the summary figures: no confusion matrices or misclassified ids. */
  brief?: boolean;
}

interface AxisScore {
  accuracy: number;
  macroF1: number;
  /** confusion[gold][predicted] */
  confusion: Record<string, Record<string, number>>;
  misses: Array<{ id: string; predicted: string; gold: string }>;
  n: number;
}

export function scoreAxis(labels: readonly string[], pairs: Array<{ id: string; predicted: string; gold: string }>): AxisScore {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) {
    confusion[g] = {};
    for (const p of labels) confusion[g]![p] = 0;
  }
  const misses: AxisScore['misses'] = [];
  let correct = 0;
  for (const pair of pairs) {
    const row = (confusion[pair.gold] ??= {});
    row[pair.predicted] = (row[pair.predicted] ?? 0) + 1;
    if (pair.predicted === pair.gold) correct++;
    else misses.push(pair);
  }
  let f1Sum = 0;
  for (const label of labels) {
    const tp = confusion[label]?.[label] ?? 0;
    let predicted = 0;
    let actual = 0;
    for (const g of labels) predicted += confusion[g]?.[label] ?? 0;
    for (const p of labels) actual += confusion[label]?.[p] ?? 0;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    f1Sum += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  }
  return {
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: labels.length ? f1Sum / labels.length : 0,
    confusion,
    misses,
    n: pairs.length,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Lower edges of the confidence bins: a label's confidence should say how often such labels are right. */
export const CONFIDENCE_BINS: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Per confidence bin, how many labels fell in it and how many of them were right. */
export function calibration(pairs: ReadonlyArray<{ confidence: number; correct: boolean }>): Array<{ from: number; n: number; right: number }> {
  const bins = CONFIDENCE_BINS.map((from) => ({ from, n: 0, right: 0 }));
  for (const { confidence, correct } of pairs) {
    let i = bins.length - 1;
    while (i > 0 && confidence < bins[i]!.from) i--;
    bins[i]!.n++;
    if (correct) bins[i]!.right++;
  }
  return bins;
}

function formatCalibration(bins: ReturnType<typeof calibration>): string {
  const cells = bins.filter((b) => b.n > 0).map((b) => `≥${b.from.toFixed(1)}: ${b.right}/${b.n}`);
  return `  right by confidence: ${cells.join('  ')}`;
}

function formatConfusion(labels: readonly string[], confusion: AxisScore['confusion']): string[] {
  const width = Math.max(8, ...labels.map((l) => l.length + 1));
  const pad = (s: string) => s.padStart(width);
  const lines = [`    ${'gold \\ pred'.padEnd(12)}${labels.map(pad).join('')}`];
  for (const g of labels) lines.push(`    ${g.padEnd(12)}${labels.map((p) => pad(String(confusion[g]?.[p] ?? 0))).join('')}`);
  return lines;
}

function formatAxis(name: string, labels: readonly string[], score: AxisScore, brief: boolean, bins: ReturnType<typeof calibration>): string[] {
  const lines = [`${name}: accuracy ${pct(score.accuracy)} (${score.n - score.misses.length}/${score.n}), macro-F1 ${score.macroF1.toFixed(3)}`];
  if (brief) return lines;
  lines.push(...formatConfusion(labels, score.confusion));
  lines.push(formatCalibration(bins));
  if (score.misses.length) {
    lines.push(`  misclassified (${score.misses.length}):`);
    for (const m of score.misses) lines.push(`    ${m.id}: predicted ${m.predicted}, gold ${m.gold}`);
  }
  return lines;
}

function toInput(p: CorpusPosting) {
  return { title: p.title, description: p.description, company: p.company, location: p.location };
}

export function evaluateAxes(dir: string, options: EvaluateOptions = {}): string {
  const brief = options.brief ?? false;
  const { postings, labels } = loadCorpus(dir);
  const gold = new Map<string, CorpusLabel>(labels.map((l) => [l.id, l]));
  const results: Array<{ id: string; c: Classification; g: CorpusLabel }> = [];
  for (const p of postings) {
    const g = gold.get(p.id);
    if (g) results.push({ id: p.id, c: classify(toInput(p)), g });
  }

  const work = scoreAxis(WORK_LABELS, results.map(({ id, c, g }) => ({ id, predicted: c.work.label, gold: g.work })));
  const scope = scoreAxis(SCOPE_LABELS, results.map(({ id, c, g }) => ({ id, predicted: c.scope.label, gold: g.scope })));
  const level = scoreAxis(LEVEL_LABELS, results.map(({ id, c, g }) => ({ id, predicted: c.level.label, gold: g.level })));
  const entrySenior = (level.confusion.entry?.senior ?? 0) + (level.confusion.senior?.entry ?? 0);

  const withYears = results.filter((r) => r.g.years_min !== null);
  const yearsMisses = withYears.filter((r) => (r.c.years?.min ?? null) !== r.g.years_min);
  const yearsNullGold = results.filter((r) => r.g.years_min === null);
  const yearsNullAgree = yearsNullGold.filter((r) => r.c.years === null).length;

  // Domains: for postings both sides call specialist, do the domain sets agree?
  const specialists = results.filter((r) => r.g.scope === 'specialist' && r.c.scope.label === 'specialist');
  let exact = 0;
  let jaccardSum = 0;
  const domainMisses: string[] = [];
  for (const r of specialists) {
    const predicted = new Set(r.c.scope.domains);
    const wanted = new Set(r.g.domains);
    const union = new Set([...predicted, ...wanted]);
    let inter = 0;
    for (const d of predicted) if (wanted.has(d)) inter++;
    jaccardSum += union.size ? inter / union.size : 1;
    if (inter === union.size) exact++;
    else domainMisses.push(`    ${r.id}: predicted [${[...predicted].join(', ')}], gold [${[...wanted].join(', ')}]`);
  }

  const lines = [`Axes evaluation over ${results.length} labelled postings (${dir})`, ''];
  const binsOf = (axis: 'work' | 'scope' | 'level') =>
    calibration(results.map(({ c, g }) => ({ confidence: c[axis].confidence, correct: c[axis].label === g[axis] })));
  lines.push(...formatAxis('work', WORK_LABELS, work, brief, binsOf('work')), '');
  lines.push(...formatAxis('scope', SCOPE_LABELS, scope, brief, binsOf('scope')), '');
  lines.push(...formatAxis('level', LEVEL_LABELS, level, brief, binsOf('level')));
  lines.push(`  entry<->senior confusions: ${entrySenior}`, '');
  lines.push(
    `years_min: accuracy ${pct(withYears.length ? (withYears.length - yearsMisses.length) / withYears.length : 0)} ` +
      `(${withYears.length - yearsMisses.length}/${withYears.length} where gold states a minimum); ` +
      `null where gold is null: ${yearsNullAgree}/${yearsNullGold.length}`,
  );
  if (!brief && yearsMisses.length) {
    lines.push(`  wrong (${yearsMisses.length}):`);
    for (const r of yearsMisses) lines.push(`    ${r.id}: predicted ${r.c.years?.min ?? 'null'}, gold ${r.g.years_min}`);
  }
  lines.push('');
  lines.push(
    `domains (specialist by both, n=${specialists.length}): exact set ${pct(specialists.length ? exact / specialists.length : 0)}, ` +
      `mean Jaccard ${(specialists.length ? jaccardSum / specialists.length : 0).toFixed(3)}`,
  );
  if (!brief && domainMisses.length) lines.push(`  differing (${domainMisses.length}):`, ...domainMisses);
  return lines.join('\n');
}
