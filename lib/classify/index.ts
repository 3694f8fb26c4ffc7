// classify(posting) → the three axes, years, modalities, salary and trend signals.
// Pure and deterministic: the same code runs in the content script, the tests and
// the command line.
import type { Classification, Evidence } from '../model';
import { maskCompany } from './company-mask';
import { shareSections } from './sections';
import { deriveWordStarts } from './word-starts';
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
  // Work and the skill signals read the text with the company's own name masked;
  // scope keeps it, to tell the company describing itself from what the job asks.
  const description = maskCompany(input.description, input.company);
  const masked = description === input.description ? input : { ...input, description };
  // The masked text is read like the original: share its word starts and its sections.
  deriveWordStarts(description, input.description);
  shareSections(description, input.description);
  const years = extractYears(input);
  const level = classifyLevel(input, years);
  const work = withOriginalText(classifyWork(masked), input);
  const scope = classifyScope(input);
  const modalities = detectModalities(input);
  const salary = parseSalary(input);
  const signals = matchSignals(masked, { work, scope, level, salary })
    .map((s) => withOriginalText(s, input));
  return { work, scope, level, years, modalities, salary, signals, classifierVersion: CLASSIFIER_VERSION };
}

/** Evidence found in the masked text, re-read from the original at the same offsets. */
function withOriginalText<T extends { evidence: Evidence[] }>(result: T, input: ClassifyInput): T {
  return {
    ...result,
    evidence: result.evidence.map((e) => (e.field === 'description' ? { ...e, text: input.description.slice(e.start, e.end) } : e)),
  };
}
