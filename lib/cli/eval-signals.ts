// Scores trend signals and salary parsing against the corpus's agreed readings
// (signals.jsonl): precision / recall / F1 per signal and micro, and salary
// exactly right. Disputed signal ids and disputed salaries are left out.
import { classify } from '../classify/index';
import type { Salary } from '../model';
import { CORPUS_MISSING, loadCorpus, type CorpusSignals } from './corpus';

interface Counts { tp: number; fp: number; fn: number }

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

function prf({ tp, fp, fn }: Counts) {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f: (2 * p * r) / (p + r) };
}

function sameSalary(got: Salary, want: CorpusSignals['salary']): boolean {
  if (want === null || got === null) return want === got;
  if (want === 'disputed') return true;
  return got.min === want.min && got.max === want.max && got.currency === want.currency && got.period === want.period;
}

const showSalary = (s: Salary | CorpusSignals['salary']) =>
  s === null ? 'none' : typeof s === 'string' ? s : `${s.min}-${s.max} ${s.currency}/${s.period}`;

export function evaluateSignals(dir: string | null): string {
  if (!dir) return CORPUS_MISSING;
  const { postings, signals } = loadCorpus(dir);
  const byId = new Map(postings.map((p) => [p.id, p]));
  const perSignal = new Map<string, Counts & { fps: string[]; fns: string[] }>();
  const counts = (id: string) => {
    let c = perSignal.get(id);
    if (!c) perSignal.set(id, (c = { tp: 0, fp: 0, fn: 0, fps: [], fns: [] }));
    return c;
  };
  const salaryMisses: string[] = [];
  let salaryScored = 0;
  let salaryRight = 0;

  for (const gold of signals) {
    const p = byId.get(gold.id);
    if (!p) continue;
    const result = classify({
      title: p.title, description: p.description, company: p.company, location: p.location,
    });
    const want = new Set(gold.signals);
    const disputed = new Set(gold.disputed);
    // Only score the ids the readings use: context signals are not in the gold.
    const got = new Set(result.signals.map((s) => s.id).filter((id) => !disputed.has(id)));
    for (const id of got) {
      const c = counts(id);
      if (want.has(id)) c.tp++; else { c.fp++; c.fps.push(gold.id); }
    }
    for (const id of want) if (!got.has(id)) { const c = counts(id); c.fn++; c.fns.push(gold.id); }

    if (gold.salary !== 'disputed') {
      salaryScored++;
      if (sameSalary(result.salary, gold.salary)) salaryRight++;
      else salaryMisses.push(`  ${gold.id}: got ${showSalary(result.salary)}, want ${showSalary(gold.salary)}`);
    }
  }

  // Signals never in the gold (context ids) are reported apart, not scored.
  const goldIds = new Set(signals.flatMap((s) => [...s.signals, ...s.disputed]));
  const scored = [...perSignal.entries()].filter(([id]) => goldIds.has(id)).sort((a, b) => a[0].localeCompare(b[0]));
  const unscored = [...perSignal.keys()].filter((id) => !goldIds.has(id));
  const total = scored.reduce<Counts>((t, [, c]) => ({ tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const micro = prf(total);

  const lines = [
    `Trend signals (${signals.length} postings, disputed ids left out)`,
    `  micro  P ${pct(micro.p)}  R ${pct(micro.r)}  F1 ${pct(micro.f)}   (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`,
    '',
    '  signal               P      R      F1     tp  fp  fn',
  ];
  for (const [id, c] of scored) {
    const m = prf(c);
    lines.push(`  ${id.padEnd(20)} ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
  }
  if (unscored.length) lines.push(`  not in the gold (not scored): ${unscored.sort().join(', ')}`);
  lines.push('', 'False positives / negatives by signal:');
  for (const [id, c] of scored) {
    if (c.fps.length) lines.push(`  ${id} FP: ${c.fps.join(' ')}`);
    if (c.fns.length) lines.push(`  ${id} FN: ${c.fns.join(' ')}`);
  }
  lines.push('', `Salary exactly right: ${salaryRight}/${salaryScored} (${pct(salaryRight / salaryScored)})`, ...salaryMisses);
  return lines.join('\n');
}
