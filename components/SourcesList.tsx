// The documents behind the trend signals: what each is, when it was written,
// how old it is now, and whether it is one person's opinion.
import type { Source } from '../lib/trends/sources';

/** Age in whole years (or months under a year) from a YYYY, YYYY-MM or YYYY-MM-DD date. */
export function ageOf(date: string, now: Date): string {
  const [y, m = '7', d = '1'] = date.split('-');
  const then = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const months = (now.getUTCFullYear() - then.getUTCFullYear()) * 12 + now.getUTCMonth() - then.getUTCMonth();
  if (months < 12) return months <= 1 ? 'under two months old' : `about ${months} months old`;
  const years = Math.floor(months / 12);
  return `about ${years} ${years === 1 ? 'year' : 'years'} old`;
}

export function SourcesList({ sources, now, citedBy }: { sources: readonly Source[]; now: Date; citedBy: (id: string) => string[] }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.id} data-source={s.id}>
          <h3>{s.title}</h3>
          <p class="meta">
            {s.author} · {s.date} · {ageOf(s.date, now)} ·{' '}
            <strong class={s.opinion ? 'opinion' : 'report'}>{s.opinion ? 'opinion' : 'report of figures and practice'}</strong>
          </p>
          <p>{s.note}</p>
          <p class="cited">Behind: {citedBy(s.id).join(', ') || 'no signal'}</p>
        </li>
      ))}
    </ul>
  );
}
