import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { openDb, type JobLensDb } from './db';
import { computeStats, loadStats, postingsPerWeek, topSignals, weekStart } from './stats';
import { makePosting, makePostings, NOW } from './testing/postings';

const DAY = 86_400_000;
const dbs: JobLensDb[] = [];
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

describe('weekStart', () => {
  test.each([
    [Date.UTC(2026, 10, 23, 0, 0), Date.UTC(2026, 10, 23)], // Monday 00:00
    [Date.UTC(2026, 10, 27, 15, 3), Date.UTC(2026, 10, 23)], // Friday
    [Date.UTC(2026, 10, 29, 23, 59), Date.UTC(2026, 10, 23)], // Sunday night
    [Date.UTC(2026, 10, 30, 0, 0), Date.UTC(2026, 10, 30)], // next Monday
    [Date.UTC(1970, 0, 1), Date.UTC(1969, 11, 29)],
  ])('%d → %d', (t, expected) => expect(weekStart(t)).toBe(expected));
});

describe('postingsPerWeek', () => {
  test('zero-filled, oldest first, current week last; out-of-range times ignored', () => {
    const now = Date.UTC(2026, 10, 27);
    const weeks = postingsPerWeek([now, now - DAY, now - 7 * DAY, now - 100 * DAY, now + 30 * DAY], now, 4);
    expect(weeks.map((w) => w.count)).toEqual([0, 0, 1, 2]);
    expect(weeks.at(-1)!.weekStart).toBe(Date.UTC(2026, 10, 23));
    expect(weeks[0]!.weekStart).toBe(Date.UTC(2026, 10, 2));
  });
});

describe('topSignals', () => {
  test('by count then id, one direction, limited', () => {
    const counts = [
      { id: 'b', direction: 'rising' as const, count: 3 }, { id: 'a', direction: 'rising' as const, count: 3 },
      { id: 'c', direction: 'rising' as const, count: 5 }, { id: 'd', direction: 'declining' as const, count: 9 },
      { id: 'e', direction: 'rising' as const, count: 0 },
    ];
    expect(topSignals(counts, 'rising', 2).map((s) => s.id)).toEqual(['c', 'a']);
    expect(topSignals(counts, 'declining').map((s) => s.id)).toEqual(['d']);
  });
});

describe('computeStats', () => {
  test('counts per label per axis; unknown labels ignored; a signal counts once per posting', () => {
    const sig = (id: string, direction: 'rising' | 'declining') => ({ id, direction, evidence: [] });
    const records = [
      makePosting(1, { work: 'ops', scope: 'generalist', level: 'senior', firstSeen: NOW }),
      makePosting(2, { work: 'ops', scope: 'specialist', level: 'entry', firstSeen: NOW - 8 * DAY }),
      makePosting(3, { work: 'weird', scope: 'specialist', level: 'mid', firstSeen: NOW }),
    ];
    records[0]!.classification.signals = [sig('rag', 'rising'), sig('rag', 'rising'), sig('hadoop', 'declining')];
    records[1]!.classification.signals = [sig('rag', 'rising')];
    records[2]!.classification.signals = [];
    const s = computeStats(records, NOW, { weeks: 3 });
    expect(s.total).toBe(3);
    expect(s.labels).toEqual({
      work: { building: 0, ops: 2, mixed: 0 },
      scope: { generalist: 1, specialist: 2 },
      level: { entry: 1, mid: 1, senior: 1 },
    });
    expect(s.rising).toEqual([{ id: 'rag', direction: 'rising', count: 2 }]);
    expect(s.declining).toEqual([{ id: 'hadoop', direction: 'declining', count: 1 }]);
    expect(s.perWeek.map((w) => w.count)).toEqual([0, 1, 2]);
  });

  test('empty', () => {
    const s = computeStats([], NOW);
    expect(s.total).toBe(0);
    expect(s.perWeek).toHaveLength(12);
    expect(s.rising).toEqual([]);
  });
});

test('loadStats (indexes) equals computeStats (records)', async () => {
  const db = openDb(`stats-test-${process.pid}`);
  dbs.push(db);
  await db.postings.bulkAdd(makePostings(400));
  const records = await db.postings.toArray();
  expect(await loadStats(db, NOW, { weeks: 20 })).toEqual(computeStats(records, NOW, { weeks: 20 }));
});
