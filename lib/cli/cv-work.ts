// npx tsx lib/cli/cv-work.ts [folds=5] [seed=1] [repeats=3]
// Honest estimate of the work axis on unseen postings: stratified k-fold cross-
// validation of the learned model (lib/cli/work-train-lib.ts). In each outer fold the
// L2 penalty is chosen by an inner k-fold on the training part only (nested CV), the
// model is fitted on the training part and scored on the held-out fold. The hand-set
// rule (ruleLabel) is scored on the same folds for comparison; it was written while
// looking at the whole corpus, so its figure is a training figure, not an estimate.
import { analyzeWork, ruleLabel, modelProbabilities } from '../classify/work';
import { CORPUS_MISSING, corpusDir, loadCorpus } from './corpus';
import { LABELS, loadExamples, stratifiedFolds, train, type Example, type TrainOptions } from './work-train-lib';

export const L2_GRID = [0.003, 0.01, 0.03, 0.1];
export const BALANCED = process.env.WORK_BALANCED === '1';

function predict(model: ReturnType<typeof train>, x: number[]): number {
  const p = modelProbabilities(x, model);
  let k = 0;
  for (let j = 1; j < p.length; j++) if (p[j]! > p[k]!) k = j;
  return k;
}

export function accuracy(trainSet: readonly Example[], testSet: readonly Example[], opts: TrainOptions): number {
  const model = train(trainSet, opts);
  return testSet.filter((e) => predict(model, e.x) === e.y).length / Math.max(1, testSet.length);
}

/** The L2 penalty with the best inner-CV accuracy on `examples` (ties: the stronger penalty). */
export function chooseL2(examples: readonly Example[], k: number, seed: number): { l2: number; scores: number[] } {
  const folds = stratifiedFolds(examples, k, seed);
  const scores = L2_GRID.map((l2) => {
    let correct = 0;
    folds.forEach((test, i) => {
      const tr = folds.filter((_, j) => j !== i).flat();
      correct += accuracy(tr, test, { l2, balanced: BALANCED }) * test.length;
    });
    return correct / examples.length;
  });
  let best = L2_GRID.length - 1;
  for (let i = L2_GRID.length - 1; i >= 0; i--) if (scores[i]! > scores[best]!) best = i;
  return { l2: L2_GRID[best]!, scores };
}

function main(): void {
  const dir = corpusDir();
  if (!dir) { console.log(CORPUS_MISSING); return; }
  const k = Number(process.argv[2] ?? 5);
  const seed0 = Number(process.argv[3] ?? 1);
  const repeats = Number(process.argv[4] ?? 3);
  const examples = loadExamples(dir);
  const { postings } = loadCorpus(dir);
  const byId = new Map(postings.map((p) => [p.id, p]));
  const rule = new Map(examples.map((e) => {
    const p = byId.get(e.id)!;
    return [e.id, LABELS.indexOf(ruleLabel(analyzeWork({ title: p.title, description: p.description })))] as const;
  }));
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const means: number[] = [];
  const ruleMeans: number[] = [];
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  for (let r = 0; r < repeats; r++) {
    const seed = seed0 + 1000 * r;
    const folds = stratifiedFolds(examples, k, seed);
    const accs: number[] = [];
    const ruleAccs: number[] = [];
    console.log(`seed ${seed}: ${k}-fold, nested L2 choice from [${L2_GRID.join(', ')}]`);
    folds.forEach((test, i) => {
      const tr = folds.filter((_, j) => j !== i).flat();
      const { l2 } = chooseL2(tr, k - 1, seed + 7);
      const model = train(tr, { l2, balanced: BALANCED });
      let correct = 0;
      for (const e of test) {
        const y = predict(model, e.x);
        if (y === e.y) correct++;
        if (r === 0) confusion[e.y]![y]!++;
      }
      const acc = correct / test.length;
      const ruleAcc = test.filter((e) => rule.get(e.id) === e.y).length / test.length;
      accs.push(acc);
      ruleAccs.push(ruleAcc);
      console.log(`  fold ${i + 1}: n=${test.length}  model ${pct(acc)} (l2=${l2})  rule ${pct(ruleAcc)}`);
    });
    const mean = accs.reduce((a, b) => a + b, 0) / accs.length;
    const ruleMean = ruleAccs.reduce((a, b) => a + b, 0) / ruleAccs.length;
    means.push(mean);
    ruleMeans.push(ruleMean);
    console.log(`  mean: model ${pct(mean)}  rule ${pct(ruleMean)}`);
  }
  const all = train(examples, { l2: chooseL2(examples, k, seed0 + 7).l2, balanced: BALANCED });
  const trainAcc = examples.filter((e) => predict(all, e.x) === e.y).length / examples.length;
  console.log(`\nCV mean over ${repeats} seeds: model ${pct(means.reduce((a, b) => a + b, 0) / means.length)} ` +
    `(per seed ${means.map(pct).join(', ')}); rule ${pct(ruleMeans.reduce((a, b) => a + b, 0) / ruleMeans.length)}`);
  console.log(`training accuracy (model fitted on all ${examples.length}): ${pct(trainAcc)}`);
  console.log(`held-out confusion, seed ${seed0} (gold \\ pred: ${LABELS.join(' ')}):`);
  LABELS.forEach((g, i) => console.log(`  ${g.padEnd(9)} ${confusion[i]!.map((c) => String(c).padStart(5)).join('')}`));
}

if (process.argv[1]?.endsWith('cv-work.ts')) main();
