// The phrases that decided a label, each shown in a little of its context.
// Offsets come from stored (possibly imported) data, so they are clamped.
import type { Evidence } from '../lib/model';

export interface Snippet { before: string; match: string; after: string }

export function snippet(text: string, start: number, end: number, context = 60): Snippet {
  const s = Math.max(0, Math.min(text.length, start));
  const e = Math.max(s, Math.min(text.length, end));
  const from = Math.max(0, s - context);
  const to = Math.min(text.length, e + context);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, s).replace(/\s+/g, ' '),
    match: text.slice(s, e),
    after: text.slice(e, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : ''),
  };
}

export function EvidenceList({ evidence, title, description }: { evidence: readonly Evidence[]; title: string; description: string }) {
  if (evidence.length === 0) return <p class="muted">No phrases recorded.</p>;
  return (
    <ul class="evidence">
      {evidence.slice(0, 12).map((ev, i) => {
        const text = ev.field === 'title' ? title : description;
        const s = snippet(text, ev.start, ev.end);
        return (
          <li key={i}>
            <q>{s.before}<mark>{s.match || ev.text}</mark>{s.after}</q>
            {ev.field === 'title' ? <span class="muted"> (title)</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
