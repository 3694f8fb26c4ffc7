import { classify } from '../classify/index';
import { loadCorpus, corpusDir } from './corpus';
const { postings } = loadCorpus(corpusDir()!);
const inputs = postings.map((p: any) => ({ title: p.title, description: p.description, company: p.company }));
for (let r = 0; r < 80; r++) for (const i of inputs) classify(i);
