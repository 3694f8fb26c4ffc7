// classify(posting) → the three axes, years, modalities, salary and trend signals.
// Pure and deterministic: the same code runs in the content script, the tests and
// the command line.
import type { Classification } from '../model';
import { matchSignals } from '../trends/match';
import type { ClassifyInput } from './input';
import { classifyLevel } from './level';
import { detectModalities } from './modality';
import { parseSalary } from './salary';
import { classifyScope } from './scope';
import { CLASSIFIER_VERSION } from './version';
import { classifyWork } from './work';
import { extractYears } from './years';

export type { ClassifyInput } from './input';

export function classify(input: ClassifyInput): Classification {
  const years = extractYears(input);
  const level = classifyLevel(input, years);
  const work = classifyWork(input);
  const scope = classifyScope(input);
  const modalities = detectModalities(input);
  const salary = parseSalary(input);
  const signals = matchSignals(input, { work, scope, level, salary });
  return { work, scope, level, years, modalities, salary, signals, classifierVersion: CLASSIFIER_VERSION };
}
