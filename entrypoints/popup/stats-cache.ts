// The last figures the popup computed, so it opens with numbers at once and then
// replaces them with live ones (the index counts take a few hundred ms at 10,000).
import type { Stats } from '../../lib/stats';

const KEY = 'mljl:popup-stats';

export function readCachedStats(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Stats | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Stats;
    const ok = typeof s.total === 'number' && Array.isArray(s.perWeek) && Array.isArray(s.rising)
      && Array.isArray(s.declining) && typeof s.labels === 'object' && s.labels !== null;
    return ok ? s : null;
  } catch {
    return null;
  }
}

export function writeCachedStats(stats: Stats, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try { storage?.setItem(KEY, JSON.stringify(stats)); } catch { /* full or unavailable: no cache */ }
}

const COUNT_KEY = 'mljl:popup-count';

/** The last live total, kept apart from the stats so it is saved as soon as it is known. */
export function readCachedCount(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): number | null {
  try {
    const n = Number(storage?.getItem(COUNT_KEY) ?? Number.NaN);
    return Number.isInteger(n) && n >= 0 ? n : null;
  } catch {
    return null;
  }
}

export function writeCachedCount(count: number, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try { storage?.setItem(COUNT_KEY, String(count)); } catch { /* full or unavailable: no cache */ }
}
