// Summary figures over saved postings: counts per label on each axis, the most
// frequent rising and declining trend signals, and postings first seen per week.
// computeStats is pure (records in, numbers out); loadStats gets the same figures
// from Dexie's indexes without reading whole records, for the popup.
import { signalById } from './trends/catalogue';
import type { JobLensDb, SavedPosting } from './db';
import { LEVEL_LABELS, SCOPE_LABELS, WORK_LABELS, type SignalDirection } from './model';

export const AXES = { work: WORK_LABELS, scope: SCOPE_LABELS, level: LEVEL_LABELS } as const;
export type Axis = keyof typeof AXES;
export type LabelCounts = { [A in Axis]: Record<(typeof AXES)[A][number], number> };

export interface SignalCount { id: string; direction: SignalDirection; count: number }
export interface WeekCount { /** Monday 00:00 UTC, epoch ms. */ weekStart: number; count: number }

export interface Stats {
  total: number;
  labels: LabelCounts;
  rising: SignalCount[];
  declining: SignalCount[];
  perWeek: WeekCount[];
}

export type StatsInput = Pick<SavedPosting, 'work' | 'scope' | 'level' | 'firstSeen'> & {
  classification: { signals: ReadonlyArray<{ id: string; direction: SignalDirection }> };
};

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return (day - (((day + 3) % 7) + 7) % 7) * DAY;
}

/** Counts per week for the `weeks` weeks ending with the one holding `now`, zeros included. */
export function postingsPerWeek(times: Iterable<number>, now: number, weeks = 12): WeekCount[] {
  const last = weekStart(now);
  const first = last - (weeks - 1) * WEEK;
  const out: WeekCount[] = Array.from({ length: weeks }, (_, i) => ({ weekStart: first + i * WEEK, count: 0 }));
  for (const t of times) {
    const i = Math.round((weekStart(t) - first) / WEEK);
    const bucket = out[i];
    if (bucket) bucket.count++;
  }
  return out;
}

export function emptyLabelCounts(): LabelCounts {
  const zero = <L extends string>(labels: readonly L[]) =>
    Object.fromEntries(labels.map((l) => [l, 0])) as Record<L, number>;
  return { work: zero(WORK_LABELS), scope: zero(SCOPE_LABELS), level: zero(LEVEL_LABELS) };
}

/** Adds one record's labels; labels outside LABELS.md are ignored. */
function countLabel(counts: LabelCounts, axis: Axis, label: string): void {
  const row = counts[axis] as Record<string, number>;
  if (label in row) row[label] = (row[label] ?? 0) + 1;
}

/** The `limit` most frequent skill signals of one direction, ties by id. Context
 * signals (market, salary, ops-shift…) follow from labels, not from what a posting asks for. */
export function topSignals(counts: Iterable<SignalCount>, direction: SignalDirection, limit = 5): SignalCount[] {
  return [...counts]
    .filter((s) => s.direction === direction && s.count > 0 && signalById(s.id)?.kind !== 'context')
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}

export function computeStats(records: Iterable<StatsInput>, now: number, options: { weeks?: number; limit?: number } = {}): Stats {
  const labels = emptyLabelCounts();
  const signals = new Map<string, SignalCount>();
  const times: number[] = [];
  let total = 0;
  for (const r of records) {
    total++;
    countLabel(labels, 'work', r.work);
    countLabel(labels, 'scope', r.scope);
    countLabel(labels, 'level', r.level);
    times.push(r.firstSeen);
    const once = new Set<string>();
    for (const s of r.classification.signals) {
      if (once.has(s.id)) continue;
      once.add(s.id);
      const c = signals.get(s.id) ?? { id: s.id, direction: s.direction, count: 0 };
      c.count++;
      signals.set(s.id, c);
    }
  }
  return {
    total,
    labels,
    rising: topSignals(signals.values(), 'rising', options.limit),
    declining: topSignals(signals.values(), 'declining', options.limit),
    perWeek: postingsPerWeek(times, now, options.weeks),
  };
}

/**
 * The same figures from indexes, never walking a cursor over every row: label
 * and week counts are index counts, signal ids the multi-entry index's unique
 * keys (each counted), and a signal's direction is read from one posting with it.
 */
export async function loadStats(db: JobLensDb, now: number, options: { weeks?: number; limit?: number } = {}): Promise<Stats> {
  const weeks = options.weeks ?? 12;
  return db.transaction('r', db.postings, async () => {
    const t = db.postings;
    const labels = emptyLabelCounts();
    const first = weekStart(now) - (weeks - 1) * WEEK;
    // All requests are issued at once: IndexedDB pipelines them in the transaction.
    const [total, labelCounts, weekCounts, ids] = await Promise.all([
      t.count(),
      Promise.all((Object.keys(AXES) as Axis[]).flatMap((axis) =>
        AXES[axis].map(async (label) => [axis, label, await t.where(axis).equals(label).count()] as const))),
      Promise.all(Array.from({ length: weeks }, async (_, i) => {
        const from = first + i * WEEK;
        return { weekStart: from, count: await t.where('firstSeen').between(from, from + WEEK, true, false).count() };
      })),
      t.orderBy('signals').uniqueKeys() as Promise<string[]>,
    ]);
    for (const [axis, label, n] of labelCounts) (labels[axis] as Record<string, number>)[label] = n;
    const perWeek: WeekCount[] = weekCounts;
    const withDirection: SignalCount[] = await Promise.all(ids.slice(0, 200).map(async (id) => {
      const [count, one] = await Promise.all([t.where('signals').equals(id).count(), t.where('signals').equals(id).first()]);
      const direction = one?.classification.signals.find((s) => s.id === id)?.direction ?? 'steady';
      return { id, direction, count };
    }));
    return {
      total,
      labels,
      rising: topSignals(withDirection, 'rising', options.limit),
      declining: topSignals(withDirection, 'declining', options.limit),
      perWeek,
    };
  });
}
