// npm run fuzz -- [--seed N] [--count N] [--kind classify|page|all]
// The long run of the fuzz properties in tests/hardening/fuzz.test.ts: many more
// seeded cases through classify() and extract()+analyze(), plus fixed adversarial
// inputs against catastrophic regex backtracking. Prints the number of cases,
// p50/p99/max time per case, the slowest inputs, and any invariant violations
// (exit code 1 if there are any). Time is reported, not asserted: the in-suite
// tests only check correctness.
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { classify } from '../classify/index';
import type { ClassifyInput } from '../classify/input';
import { extract } from '../extract/index';
import { analyze } from '../pipeline';
import {
  analysisProblems, type Case, classificationProblems, classifyInput, corpusHtmlPages, extremePages, pageCase,
  type PageCase, toDocument,
} from '../testing/fuzz';
import { CORPUS_MISSING } from './corpus';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const seed = Number(arg('seed', '1'));
const count = Number(arg('count', '20000'));
const kind = arg('kind', 'all');
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 0 || !['classify', 'page', 'all'].includes(kind)) {
  console.error('usage: npm run fuzz -- [--seed N] [--count N] [--kind classify|page|all]');
  process.exit(2);
}

interface Timed { ms: number; what: string }
interface Slow extends Timed { run: () => string[] }
interface Stats { name: string; times: Timed[]; failures: string[]; slowest: Slow[] }
const KEEP_SLOWEST = 5;
const newStats = (name: string): Stats => ({ name, times: [], failures: [], slowest: [] });

const MB = 1_000_000;
const repeatTo = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);

/** Fixed inputs built to make backtracking regexes explode (each in the title or the description). */
function adversarialClassifyInputs(): Array<Case<ClassifyInput>> {
  const units: Array<[string, string]> = [
    ['spaces', ' '], ['digits', '1'], ['"a-"', 'a-'], ['"$1,"', '$1,'], ['"$1,000-"', '$1,000-'], ['nested brackets "(["', '(['],
    ['"(("', '(('], ['"{{"', '{{'], ['"years of experience "', 'years of experience '], ['"5+ years of experience "', '5+ years of experience '],
    ['"5 "', '5 '], ['"1-"', '1-'], ['"1.1."', '1.1.'], ['"€1.000,"', '€1.000,'], ['newlines', '\n'], ['tabs and spaces', ' \t'],
    ['"minimum 3, "', 'minimum 3, '], ['"Senior "', 'Senior '], ['"Senior or "', 'Senior or '], ['"I "', 'I '], ['"ML-"', 'ML-'],
    ['"k-"', 'k-'], ['"- "', '- '], ['"* "', '* '], ['"&amp;"', '&amp;'], ['"<"', '<'], ['"up to 2 years "', 'up to 2 years '],
    ['"BS with 7 years, MS with 5 or "', 'BS with 7 years, MS with 5 or '], ['"per year per hour "', 'per year per hour '],
    ['"$100k-$"', '$100k-$'], ['"USD 1 "', 'USD 1 '], ['zero-width', '\u200B'], ['"1 year 2 years "', '1 year 2 years '],
  ];
  const out: Array<Case<ClassifyInput>> = [];
  for (const [name, unit] of units) {
    out.push({ value: { title: 'Machine Learning Engineer', description: repeatTo(unit, MB) + ' 5+ years of experience' }, what: `description 1 MB of ${name}` });
    out.push({ value: { title: 'Machine Learning Engineer', description: `${repeatTo(unit, 100_000)}x`, salaryText: repeatTo(unit, 1000) }, what: `description 100 KB of ${name} + "x", salaryText 1 KB` });
    out.push({ value: { title: repeatTo(unit, 1000), description: 'Train models.' }, what: `title 1000 chars of ${name}` });
  }
  return out;
}

function quantile(sorted: number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timeOne(stats: Stats, what: string, run: () => string[]): void {
  const t0 = performance.now();
  let problems: string[];
  try {
    problems = run();
  } catch (error) {
    problems = [`threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  const ms = performance.now() - t0;
  stats.times.push({ ms, what });
  if (problems.length > 0) stats.failures.push(`${what}: ${problems.join('; ')}`);
  // Keep the few slowest with their inputs, to re-time them once the run is over.
  if (stats.slowest.length < KEEP_SLOWEST || ms > stats.slowest.at(-1)!.ms) {
    stats.slowest.push({ ms, what, run });
    stats.slowest.sort((a, b) => b.ms - a.ms);
    stats.slowest.length = Math.min(stats.slowest.length, KEEP_SLOWEST);
  }
}

/**
 * On a shared machine a single timing can be a GC pause or another process. The
 * slowest cases are run 3 more times: best-of-4 says whether the input is slow
 * (the code's fault) or the moment was (noise).
 */
function retime(slow: Slow): number {
  let best = slow.ms;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    try { slow.run(); } catch { /* reported already */ }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function runClassify(input: ClassifyInput): string[] {
  return classificationProblems(classify(input), input);
}

function runPage(page: PageCase): string[] {
  const doc = toDocument(page.html);
  const url = new URL(page.url);
  const posting = extract(doc, url, { generic: page.generic });
  const analysis = analyze(doc, url, { generic: page.generic });
  if ((posting === null) !== (analysis === null)) return ['extract and analyze disagree'];
  if (page.expectPosting && !analysis) return ['no posting found on a page that has one'];
  return analysis ? analysisProblems(analysis) : [];
}

function report(stats: Stats): string[] {
  const sorted = stats.times.map((t) => t.ms).sort((a, b) => a - b);
  const retimed = stats.slowest.map((s) => ({ ...s, best: retime(s) })).sort((a, b) => b.best - a.best);
  return [
    `${stats.name}: ${stats.times.length} cases, ${stats.failures.length} failing`,
    `  per case: p50 ${quantile(sorted, 0.5).toFixed(3)} ms, p99 ${quantile(sorted, 0.99).toFixed(3)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms (first runs)`,
    `  max re-timed (best of 4 runs of the ${stats.slowest.length} slowest): ${(retimed[0]?.best ?? 0).toFixed(2)} ms`,
    ...retimed.map((t, i) => `  slowest #${i + 1}: ${t.best.toFixed(2)} ms best of 4 (first run ${t.ms.toFixed(2)} ms) — ${t.what.slice(0, 160)}`),
    ...stats.failures.slice(0, 10).map((f) => `  FAIL ${f.slice(0, 400)}`),
  ];
}

function main(): void {
  const lines = [`fuzz: seed ${seed}, count ${count}, kind ${kind}`];
  const all: Stats[] = [];
  // Warm up the regexes and the JIT so the first cases do not count compile time.
  for (let i = 0; i < 20; i++) classify({ title: 'Senior ML Engineer', description: '5+ years of experience with PyTorch. $150k-$200k per year.' });

  if (kind !== 'page') {
    const random = newStats('classify(), random postings');
    for (const c of fc.sample(classifyInput(100_000), { seed, numRuns: count })) timeOne(random, c.what, () => runClassify(c.value));
    const adversarial = newStats('classify(), adversarial backtracking inputs');
    for (const c of adversarialClassifyInputs()) timeOne(adversarial, c.what, () => runClassify(c.value));
    all.push(random, adversarial);
  }
  if (kind !== 'classify') {
    const corpus = corpusHtmlPages();
    if (corpus.length === 0) lines.push(CORPUS_MISSING);
    // Pages cost ~1-50 ms each (HTML parsing dominates): a tenth of the count.
    const pages = newStats(`extract()+analyze(), random and mutated pages${corpus.length ? ` (fixture + ${corpus.length} corpus pages)` : ' (fixture only)'}`);
    for (const p of fc.sample(pageCase(corpus), { seed, numRuns: Math.ceil(count / 10) })) timeOne(pages, p.what, () => runPage(p));
    const extreme = newStats('extract()+analyze(), deep/huge/1 MB/odd-Unicode pages');
    for (const p of extremePages()) timeOne(extreme, p.what, () => runPage(p));
    all.push(pages, extreme);
  }

  for (const s of all) lines.push('', ...report(s));
  const failing = all.reduce((n, s) => n + s.failures.length, 0);
  const total = all.reduce((n, s) => n + s.times.length, 0);
  const slowest = all.flatMap((s) => s.times).sort((a, b) => b.ms - a.ms)[0];
  lines.push('', `total: ${total} cases, ${failing} failing; slowest first run ${slowest ? `${slowest.ms.toFixed(2)} ms — ${slowest.what.slice(0, 160)}` : 'n/a'}`);
  console.log(lines.join('\n'));
  process.exitCode = failing > 0 ? 1 : 0;
}

main();
