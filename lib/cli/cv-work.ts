// npx tsx lib/cli/cv-work.ts [folds=5] [seed=1] [repeats=3]
// Honest estimate of the work axis on unseen postings: stratified k-fold cross-
// validation. In each fold the rule's parameters are tuned (work-train-lib.ts,
// tuneRule) on the other folds only and scored on the held-out fold. Printed beside:
//   fixed     — the parameters as shipped in lib/classify/work-rule.ts (tuned on ALL
//               postings, so on these folds it is a training figure, not an estimate);
//   defaults  — the hand-set parameters before tuning (also written looking at the corpus);
//   logreg    — a logistic regression over aggregate cue features, trained per fold.
import { WORK_RULE } from '../classify/work-rule';
import { CORPUS_MISSING, corpusDir } from './corpus';
import { DEFAULT_RULE, LABELS, loadExamples, predictLinear, ruleCorrect, stratifiedFolds, trainLinear, tuneRule } from './work-train-lib';
import { ruleLabel } from '../classify/work';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function main(): void {
  const dir = corpusDir();
  if (!dir) { console.log(CORPUS_MISSING); return; }
  const k = Number(process.argv[2] ?? 5);
  const seed0 = Number(process.argv[3] ?? 1);
  const repeats = Number(process.argv[4] ?? 3);
  const withLinear = process.env.CV_LOGREG !== '0';
  const examples = loadExamples(dir);
  const cvMeans: number[] = [];
  const lrMeans: number[] = [];
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  for (let r = 0; r < repeats; r++) {
    const seed = seed0 + 1000 * r;
    const folds = stratifiedFolds(examples, k, seed);
    const accs: number[] = [];
    const lrs: number[] = [];
    console.log(`seed ${seed}: ${k}-fold stratified`);
    folds.forEach((test, i) => {
      const train = folds.filter((_, j) => j !== i).flat();
      const tuned = tuneRule(train);
      let correct = 0;
      for (const e of test) {
        const y = LABELS.indexOf(ruleLabel(e.rule, tuned));
        if (y === e.y) correct++;
        if (r === 0) confusion[e.y]![y]!++;
      }
      const acc = correct / test.length;
      const fixed = ruleCorrect(test, WORK_RULE) / test.length;
      const defaults = ruleCorrect(test, DEFAULT_RULE) / test.length;
      let lrText = '';
      if (withLinear) {
        const model = trainLinear(train, 0.03);
        const lr = test.filter((e) => predictLinear(model, e.x) === e.y).length / test.length;
        lrs.push(lr);
        lrText = `  logreg ${pct(lr)}`;
      }
      accs.push(acc);
      const b = tuned.bands;
      console.log(`  fold ${i + 1}: n=${test.length}  tuned-on-other-folds ${pct(acc)}  [fixed ${pct(fixed)}  defaults ${pct(defaults)}${lrText}]` +
        `  (lean ${tuned.titleLean}, B ${b.building.lo}-${b.building.hi}, O ${b.ops.lo}-${b.ops.hi}, N ${b.neutral.lo}-${b.neutral.hi}, making ${tuned.makingUnderOps})`);
    });
    cvMeans.push(mean(accs));
    if (withLinear) lrMeans.push(mean(lrs));
    console.log(`  mean: ${pct(mean(accs))}${withLinear ? `  (logreg ${pct(mean(lrs))})` : ''}`);
  }
  const trainAcc = ruleCorrect(examples, WORK_RULE) / examples.length;
  console.log(`\nCV accuracy (rule tuned on training folds), mean over ${repeats} seed(s): ${pct(mean(cvMeans))} (per seed ${cvMeans.map(pct).join(', ')})`);
  if (withLinear) console.log(`logistic-regression baseline, CV mean: ${pct(mean(lrMeans))}`);
  console.log(`training accuracy of the shipped parameters (work-rule.ts) on all ${examples.length}: ${pct(trainAcc)}`);
  console.log(`held-out confusion, seed ${seed0} (gold \\ pred: ${LABELS.join(' ')}):`);
  LABELS.forEach((g, i) => console.log(`  ${g.padEnd(9)} ${confusion[i]!.map((c) => String(c).padStart(5)).join('')}`));
}

main();
