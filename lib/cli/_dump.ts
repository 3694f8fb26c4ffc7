import { analyzeWork, ruleLabel } from '../classify/work';
import { loadCorpus } from '../cli/corpus';
const { postings, labels } = loadCorpus('/work/shared/corpus');
const g = new Map(labels.map((l) => [l.id, l.work]));
for (const p of postings) {
  const a = analyzeWork(p);
  const t = a.votes.building + a.votes.ops;
  const s = t ? a.votes.building / t : 0.5;
  const dt = a.dutyVotes.building + a.dutyVotes.ops;
  const ds = dt ? a.dutyVotes.building / dt : -1;
  const r = ruleLabel(a);
  console.log([g.get(p.id), r, r === g.get(p.id) ? '' : 'X', s.toFixed(2), ds.toFixed(2), t.toFixed(1), a.titleLean.toFixed(0), p.id, p.title.slice(0, 50)].join('\t'));
}
