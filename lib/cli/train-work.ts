// npx tsx lib/cli/train-work.ts
// Tunes the work rule's parameters on the whole labelled corpus (work-train-lib.ts,
// tuneRule) and writes them to lib/classify/work-rule.ts. Judge the result by the
// cross-validated figure of lib/cli/cv-work.ts, not by the training accuracy printed here.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_MISSING, corpusDir } from './corpus';
import { loadExamples, ruleCorrect, tuneRule } from './work-train-lib';

const dir = corpusDir();
if (!dir) {
  console.log(CORPUS_MISSING);
} else {
  const examples = loadExamples(dir);
  const params = tuneRule(examples);
  const target = join(dirname(fileURLToPath(import.meta.url)), '../classify/work-rule.ts');
  const source = readFileSync(target, 'utf8');
  const at = source.indexOf('export const WORK_RULE');
  const num = (x: number): string => (Number.isFinite(x) ? String(x) : 'Infinity');
  const b = params.bands;
  const body = `export const WORK_RULE: WorkRuleParams = {
  titleLean: ${num(params.titleLean)},
  bands: {
    building: { lo: ${b.building.lo}, hi: ${b.building.hi} },
    ops: { lo: ${b.ops.lo}, hi: ${b.ops.hi} },
    neutral: { lo: ${b.neutral.lo}, hi: ${b.neutral.hi} },
  },
  makingUnderOps: ${num(params.makingUnderOps)},
};
`;
  writeFileSync(target, source.slice(0, at) + body);
  console.log(`wrote ${target}`);
  console.log(`training accuracy: ${(100 * ruleCorrect(examples, params) / examples.length).toFixed(1)}% (${examples.length} postings)`);
}
