// Top trend signals with how many saved postings carry them.
import type { SignalCount } from '../lib/stats';
import { describeSignal } from '../lib/trends/describe';

export function SignalList({ title, signals, empty }: { title: string; signals: readonly SignalCount[]; empty: string }) {
  const marker = (d: SignalCount['direction']) => (d === 'rising' ? '▲' : d === 'declining' ? '▼' : '●');
  return (
    <section class="signal-list" aria-label={title}>
      <h3>{title}</h3>
      {signals.length === 0 ? <p class="muted">{empty}</p> : (
        <ul>
          {signals.map((s) => (
            <li key={s.id} class={`signal signal-${s.direction}`}>
              <span aria-hidden="true">{marker(s.direction)} </span>
              <span class="signal-id" title={s.id}>{describeSignal(s.id)?.name ?? s.id}</span> <span class="muted">({s.count})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
