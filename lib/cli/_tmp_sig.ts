import { classify } from '../classify/index';
import { maskCompany } from '../classify/company-mask';
import { deriveWordStarts } from '../classify/word-starts';
import { shareSections } from '../classify/sections';
import { extractYears } from '../classify/years';
import { classifyLevel } from '../classify/level';
import { classifyWork } from '../classify/work';
import { classifyScope } from '../classify/scope';
import { parseSalary } from '../classify/salary';
import { matchSignals } from '../trends/match';
import { loadCorpus, corpusDir } from './corpus';
const { postings } = loadCorpus(corpusDir()!);
const inputs = postings.map((p: any) => ({ title: p.title, description: p.description, company: p.company }));
const sig: number[] = []; const wk: number[] = []; const all: number[] = [];
for (let r = 0; r < 12; r++) for (const input of inputs) {
  const t0 = performance.now();
  const description = maskCompany(input.description, input.company);
  const masked = description === input.description ? input : { ...input, description };
  deriveWordStarts(description, input.description); shareSections(description, input.description);
  const years = extractYears(input); const level = classifyLevel(input, years);
  const t1 = performance.now(); const work = classifyWork(masked); const t2 = performance.now();
  const scope = classifyScope(input); const salary = parseSalary(input);
  const t3 = performance.now(); matchSignals(masked, { work, scope, level, salary }); const t4 = performance.now();
  if (r >= 2) { sig.push(t4 - t3); wk.push(t2 - t1); all.push(t4 - t0); }
}
const med = (a: number[]) => (a.sort((x, y) => x - y)[a.length >> 1]! * 1000).toFixed(1);
console.log(`signals ${med(sig)} µs  work ${med(wk)} µs  all ${med(all)} µs`);
