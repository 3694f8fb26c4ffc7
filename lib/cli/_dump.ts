import { analyzeWork, ruleLabel } from '../classify/work';
import { loadCorpus } from './corpus';
const { postings, labels } = loadCorpus('/work/shared/corpus');
const g = new Map(labels.map((l) => [l.id, l.work]));
for (const p of postings) {
  const a = analyzeWork(p);
  const t = a.votes.building + a.votes.ops; const s = t ? a.votes.building / t : 0.5;
  const r = ruleLabel(a);
  const side = a.titleLean >= 3 ? 'B' : a.titleLean <= -3 ? 'O' : 'N';
  if (side !== (process.argv[2] ?? 'O')) continue;
  const m = (id: string) => (a.cueMass.get(id) ?? 0).toFixed(1);
  const tr = a.scored.hits.filter((h) => ['train-models','fine-tune','develop-models'].includes(h.hit.cue.id)).map((h) => p.description.slice(h.hit.start, h.hit.end).slice(0, 40)).join(' | ');
  console.log([side, g.get(p.id), r, r === g.get(p.id) ? '' : 'X', s.toFixed(2), m('train-models'), m('fine-tune'), m('develop-models'), p.id, tr].join('\t'));
}
