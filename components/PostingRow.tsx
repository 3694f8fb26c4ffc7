// One saved posting in the history list: a compact line, and when expanded the
// evidence for each label, the trend signals and the note. Text only.
import { useEffect, useState } from 'preact/hooks';
import type { SavedPosting } from '../lib/db';
import { EvidenceList } from './EvidenceList';
import { LabelBadge } from './LabelBadge';
import { formatMoney } from './SalaryLine';
import { safeHttpUrl } from './safe-url';

export type Mark = 'starred' | 'applied' | 'hidden';

export interface PostingRowProps {
  posting: SavedPosting;
  expanded: boolean;
  onToggle: () => void;
  onMark: (mark: Mark, value: 0 | 1) => void;
  onNote: (note: string) => void;
  onDelete: () => void;
}

const dateFmt = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
export const formatDate = (ms: number) => (Number.isFinite(ms) ? dateFmt.format(new Date(ms)) : '');

export function salaryText(p: SavedPosting): string | null {
  const s = p.classification.salary;
  if (!s) return null;
  const range = s.annualMin === s.annualMax ? formatMoney(s.annualMin, s.currency)
    : `${formatMoney(s.annualMin, s.currency)}–${formatMoney(s.annualMax, s.currency)}`;
  return `${range}/yr`;
}

export function PostingRow({ posting: p, expanded, onToggle, onMark, onNote, onDelete }: PostingRowProps) {
  const href = safeHttpUrl(p.url);
  const salary = salaryText(p);
  const detailsId = `details-${p.id ?? p.url}`;
  const c = p.classification;
  const [note, setNote] = useState(p.note);
  useEffect(() => setNote(p.note), [p.note]);
  const toggle = (mark: Mark, label: string, on: string, off: string) => (
    <button
      type="button"
      class={`mark mark-${mark}`}
      aria-pressed={p[mark] === 1}
      aria-label={`${label}: ${p.title}`}
      title={p[mark] === 1 ? off : on}
      onClick={() => onMark(mark, p[mark] === 1 ? 0 : 1)}
    >
      {mark === 'starred' ? (p.starred ? '★' : '☆') : mark === 'applied' ? (p.applied ? '✔ Applied' : 'Applied?') : (p.hidden ? 'Unhide' : 'Hide')}
    </button>
  );
  return (
    <article
      class={`posting ${p.hidden ? 'is-hidden' : ''}`}
      data-url={p.url}
      data-work={p.work}
      data-scope={p.scope}
      data-level={p.level}
    >
      <div class="posting-line">
        {toggle('starred', 'Star', 'Star this posting', 'Remove the star')}
        <button type="button" class="posting-title" aria-expanded={expanded} aria-controls={detailsId} onClick={onToggle}>
          <span class="title-text">{p.title || '(untitled)'}</span>
          <span class="muted company">{[p.company, p.location].filter(Boolean).join(' · ')}</span>
        </button>
        <span class="badges">
          <LabelBadge axis="work" label={p.work} />
          <LabelBadge axis="scope" label={p.scope} />
          <LabelBadge axis="level" label={p.level} />
        </span>
        <span class="meta muted">
          {salary ? <span class="salary">{salary}</span> : null}
          <span title={`First seen ${formatDate(p.firstSeen)}; seen ${p.timesSeen}×`}>{formatDate(p.lastSeen)}</span>
          <span class="board">{p.board}</span>
        </span>
        <span class="actions">
          {href ? <a href={href} target="_blank" rel="noopener noreferrer" aria-label={`Open the original posting: ${p.title}`}>Open ↗</a> : null}
          {toggle('applied', 'Applied', 'Mark as applied', 'Unmark applied')}
          {toggle('hidden', 'Hidden', 'Hide this posting', 'Show this posting again')}
          <button type="button" class="danger" aria-label={`Delete: ${p.title}`} onClick={onDelete}>Delete</button>
        </span>
      </div>
      {expanded ? (
        <div id={detailsId} class="posting-details">
          <div class="axes">
            <section>
              <h4><LabelBadge axis="work" label={p.work} confidence={c.work.confidence} /></h4>
              <EvidenceList evidence={c.work.evidence} title={p.title} description={p.description} />
            </section>
            <section>
              <h4><LabelBadge axis="scope" label={p.scope} confidence={c.scope.confidence} /></h4>
              {p.domains.length ? <p>Domains: {p.domains.join(', ')}</p> : null}
              <EvidenceList evidence={c.scope.evidence} title={p.title} description={p.description} />
            </section>
            <section>
              <h4><LabelBadge axis="level" label={p.level} confidence={c.level.confidence} /></h4>
              {c.years ? <p>At least {c.years.min} years asked</p> : null}
              <EvidenceList evidence={c.level.evidence} title={p.title} description={p.description} />
            </section>
          </div>
          <section>
            <h4>Signals</h4>
            {c.signals.length === 0 ? <p class="muted">None matched.</p> : (
              <ul class="signals">
                {c.signals.map((s) => (
                  <li key={s.id} class={`signal signal-${s.direction}`}>
                    <strong>{s.id}</strong> <span class="muted">({s.direction})</span>
                    <EvidenceList evidence={s.evidence.slice(0, 2)} title={p.title} description={p.description} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <p class="muted">
            {c.modalities.length ? `Modalities: ${c.modalities.join(', ')}. ` : ''}
            First seen {formatDate(p.firstSeen)}, last seen {formatDate(p.lastSeen)}, seen {p.timesSeen}×. Classifier {c.classifierVersion}.
            {p.otherUrls.length ? ` Also seen at ${p.otherUrls.length} other URL(s).` : ''}
          </p>
          <label class="note">
            Note
            <textarea value={note} maxLength={10_000} rows={3} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={note === p.note} onClick={() => onNote(note)}>Save note</button>
        </div>
      ) : null}
    </article>
  );
}
