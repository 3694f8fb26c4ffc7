import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { openDb, type JobLensDb } from './db';
import {
  candidates, countPostings, deleteMatching, filterFromParams, filterPostings, filterToParams, isEmptyFilter,
  matchesFilter, queryPostings, restorePostings, searchTerms, sortPostings, type PostingFilter, type PostingSort,
} from './query';
import { makePosting, makePostings, NOW } from './testing/postings';

let n = 0;
const dbs: JobLensDb[] = [];
async function filledDb(count = 300): Promise<JobLensDb> {
  const db = openDb(`query-test-${process.pid}-${n++}`);
  dbs.push(db);
  await db.postings.bulkAdd(makePostings(count));
  return db;
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

const DAY = 86_400_000;

describe('searchTerms', () => {
  test.each([
    ['', []],
    ['  PyTorch  ', ['pytorch']],
    ['ml "computer vision" Berlin', ['ml', 'computer vision', 'berlin']],
    ['"unclosed quote', ['"unclosed', 'quote']],
  ])('%j → %j', (text, terms) => expect(searchTerms(text)).toEqual(terms));
});

describe('matchesFilter', () => {
  const r = makePosting(1, {
    title: 'Senior MLOps Engineer', company: 'Acme', description: 'Run Kubernetes for model serving.',
    work: 'ops', scope: 'specialist', level: 'senior', domains: ['finance'], signals: ['rag'], board: 'lever',
    salaryAnnualMin: 100_000, salaryAnnualMax: 150_000, lastSeen: NOW, starred: 1, applied: 0, hidden: 0,
  });
  test.each<[PostingFilter, boolean]>([
    [{}, true],
    [{ text: 'mlops acme' }, true],
    [{ text: 'KUBERNETES' }, true],
    [{ text: 'kubernetes tensorflow' }, false],
    [{ text: '"model serving"' }, true],
    [{ work: 'ops', scope: 'specialist', level: 'senior' }, true],
    [{ work: 'building' }, false],
    [{ domain: 'finance' }, true],
    [{ domain: 'ads' }, false],
    [{ signal: 'rag' }, true],
    [{ signal: 'hadoop' }, false],
    [{ board: 'lever' }, true],
    [{ board: 'greenhouse' }, false],
    [{ salaryMin: 140_000 }, true],
    [{ salaryMin: 160_000 }, false],
    [{ salaryMax: 90_000 }, false],
    [{ salaryMin: 90_000, salaryMax: 110_000 }, true],
    [{ seenFrom: NOW - DAY, seenTo: NOW }, true],
    [{ seenFrom: NOW + 1 }, false],
    [{ seenTo: NOW - 1 }, false],
    [{ starred: 'yes' }, true],
    [{ starred: 'no' }, false],
    [{ applied: 'yes' }, false],
    [{ applied: 'no' }, true],
    [{ hidden: 'only' }, false],
  ])('%j → %s', (filter, expected) => expect(matchesFilter(r, filter)).toBe(expected));

  test('hidden postings are left out unless asked for', () => {
    const h = makePosting(2, { hidden: 1 });
    expect(matchesFilter(h, {})).toBe(false);
    expect(matchesFilter(h, { hidden: 'include' })).toBe(true);
    expect(matchesFilter(h, { hidden: 'only' })).toBe(true);
  });

  test('a salary filter leaves out postings without a salary', () => {
    const none = makePosting(3, { salaryAnnualMin: null, salaryAnnualMax: null });
    expect(matchesFilter(none, {})).toBe(true);
    expect(matchesFilter(none, { salaryMin: 0 })).toBe(false);
  });
});

describe('sortPostings', () => {
  const a = makePosting(1, { id: 1, title: 'beta', lastSeen: 3, firstSeen: 1, salaryAnnualMax: 100, salaryAnnualMin: 50 });
  const b = makePosting(2, { id: 2, title: 'Alpha', lastSeen: 1, firstSeen: 2, salaryAnnualMax: null, salaryAnnualMin: null });
  const c = makePosting(3, { id: 3, title: 'gamma 10', lastSeen: 2, firstSeen: 3, salaryAnnualMax: 200, salaryAnnualMin: 150 });
  const ids = (xs: { id?: number }[]) => xs.map((x) => x.id);
  test.each<[PostingSort, number[]]>([
    [{ key: 'lastSeen', dir: 'desc' }, [1, 3, 2]],
    [{ key: 'lastSeen', dir: 'asc' }, [2, 3, 1]],
    [{ key: 'firstSeen', dir: 'desc' }, [3, 2, 1]],
    [{ key: 'title', dir: 'asc' }, [2, 1, 3]],
    [{ key: 'title', dir: 'desc' }, [3, 1, 2]],
    [{ key: 'salary', dir: 'desc' }, [3, 1, 2]],
    [{ key: 'salary', dir: 'asc' }, [1, 3, 2]],
  ])('%j', (sort, expected) => expect(ids(sortPostings([a, b, c], sort))).toEqual(expected));
});

describe('queryPostings (index-backed) agrees with filterPostings (in memory)', () => {
  const filters: Array<[PostingFilter, PostingSort]> = [
    [{}, { key: 'lastSeen', dir: 'desc' }],
    [{}, { key: 'firstSeen', dir: 'asc' }],
    [{}, { key: 'title', dir: 'asc' }],
    [{ hidden: 'include' }, { key: 'salary', dir: 'desc' }],
    [{ work: 'ops' }, { key: 'lastSeen', dir: 'desc' }],
    [{ scope: 'specialist', level: 'senior' }, { key: 'title', dir: 'desc' }],
    [{ signal: 'rag', work: 'building' }, { key: 'lastSeen', dir: 'asc' }],
    [{ domain: 'finance' }, { key: 'firstSeen', dir: 'desc' }],
    [{ board: 'lever', text: 'pytorch' }, { key: 'lastSeen', dir: 'desc' }],
    [{ seenFrom: NOW - 30 * DAY, seenTo: NOW - 5 * DAY }, { key: 'lastSeen', dir: 'desc' }],
    [{ seenFrom: NOW - 60 * DAY }, { key: 'title', dir: 'asc' }],
    [{ starred: 'yes', hidden: 'include' }, { key: 'lastSeen', dir: 'desc' }],
    [{ applied: 'yes' }, { key: 'lastSeen', dir: 'desc' }],
    [{ hidden: 'only' }, { key: 'lastSeen', dir: 'desc' }],
    [{ salaryMin: 120_000, salaryMax: 150_000 }, { key: 'salary', dir: 'asc' }],
    [{ text: '"feature store" drift', starred: 'no' }, { key: 'lastSeen', dir: 'desc' }],
  ];
  test.each(filters)('%j %j', async (filter, sort) => {
    const db = await filledDb();
    const all = await db.postings.toArray();
    const expected = filterPostings(all, filter, sort).map((r) => r.id);
    expect((await queryPostings(db, filter, sort)).map((r) => r.id)).toEqual(expected);
    expect(await countPostings(db, filter)).toBe(expected.length);
  });

  test('an equality filter picks its index; no condition reads the table', async () => {
    const db = await filledDb(10);
    expect(candidates(db, {})).toBeNull();
    expect(candidates(db, { text: 'x', starred: 'no' })).toBeNull();
    expect(candidates(db, { signal: 'rag', work: 'ops' })).not.toBeNull();
  });
});

describe('delete and undo', () => {
  test('deleteMatching removes exactly the matches; restorePostings puts them back', async () => {
    const db = await filledDb(100);
    const before = await db.postings.toArray();
    const deleted = await deleteMatching(db, { work: 'ops', hidden: 'include' });
    expect(deleted.length).toBe(before.filter((r) => r.work === 'ops').length);
    expect(await db.postings.where('work').equals('ops').count()).toBe(0);
    expect(await restorePostings(db, deleted)).toBe(deleted.length);
    expect(await db.postings.toArray()).toEqual(before);
  });

  test('undo of a large delete (whole-table path)', async () => {
    const db = await filledDb(250);
    const before = await db.postings.toArray();
    const deleted = await deleteMatching(db, { hidden: 'include' });
    expect(deleted).toHaveLength(250);
    await db.postings.add({ ...deleted[3]!, id: undefined, title: 'seen again' });
    expect(await restorePostings(db, deleted)).toBe(249);
    expect(await db.postings.count()).toBe(250);
    expect((await db.postings.toArray()).filter((r) => r.title !== 'seen again')).toEqual(before.filter((r) => r.id !== deleted[3]!.id));
  });

  test('restore skips a URL that was saved again meanwhile', async () => {
    const db = await filledDb(5);
    const deleted = await deleteMatching(db, { hidden: 'include' });
    const first = deleted[0]!;
    await db.postings.add({ ...first, id: undefined, title: 'seen again' });
    expect(await restorePostings(db, deleted)).toBe(deleted.length - 1);
    expect((await db.postings.where('url').equals(first.url).first())?.title).toBe('seen again');
  });
});

describe('URL parameters', () => {
  test('round trip', () => {
    const filter: PostingFilter = { text: 'rag "vision"', work: 'ops', domain: 'finance', salaryMin: 100000, seenFrom: 5, starred: 'yes', hidden: 'include' };
    const sort: PostingSort = { key: 'salary', dir: 'asc' };
    expect(filterFromParams(filterToParams(filter, sort))).toEqual({ filter, sort });
  });
  test('?q= alone, junk ignored', () => {
    const { filter, sort } = filterFromParams(new URLSearchParams('q=pytorch&salaryMin=abc&sort=evil&starred=maybe'));
    expect(filter).toEqual({ text: 'pytorch' });
    expect(sort).toEqual({ key: 'lastSeen', dir: 'desc' });
  });
  test('isEmptyFilter', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ starred: 'any', hidden: 'exclude' })).toBe(true);
    expect(isEmptyFilter({ text: 'x' })).toBe(false);
  });
});
