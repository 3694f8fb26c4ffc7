import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { openDb, type JobLensDb, type SavedPosting } from './db';
import { toJson } from './export';
import { applyImport, importExport, MAX_IMPORT_BYTES, mergeImported, parseExport } from './import';
import { makePosting, makePostings } from './testing/postings';

let n = 0;
const dbs: JobLensDb[] = [];
function freshDb(): JobLensDb {
  const db = openDb(`import-test-${process.pid}-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete(); });

const withoutIds = (rs: SavedPosting[]) => rs.map(({ id: _id, ...r }) => r);
const file = (postings: unknown[], schemaVersion: unknown = 1) => JSON.stringify({ schemaVersion, exportedAt: '2026-11-27T00:00:00.000Z', postings });

describe('parseExport: a bad file is refused whole', () => {
  test.each<[string, string, RegExp]>([
    ['empty', '   ', /empty/],
    ['corrupt', '{"schemaVersion":1,"postings":[{]', /not valid JSON/],
    ['truncated', toJson(makePostings(3)).slice(0, -40), /corrupt or truncated/],
    ['not an object', '[1,2,3]', /not an ML Job Lens export/],
    ['null', 'null', /not an ML Job Lens export/],
    ['wrong schemaVersion', file([], 2), /Unsupported schemaVersion 2/],
    ['missing schemaVersion', JSON.stringify({ postings: [] }), /Unsupported schemaVersion missing/],
    ['string schemaVersion', file([], '1'), /Unsupported schemaVersion "1"/],
    ['no postings', JSON.stringify({ schemaVersion: 1 }), /no "postings" list/],
  ])('%s', (_name, text, error) => {
    const res = parseExport(text);
    expect(res.ok).toBe(false);
    if (!res.ok) { expect(res.error).toMatch(error); expect(res.error).toMatch(/Nothing was imported/); }
  });

  test('oversized by byte length, before parsing', () => {
    const res = parseExport('{}', MAX_IMPORT_BYTES + 1);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/too large.*200\.0 MB/);
  });

  test('a BOM in front is accepted', () => {
    expect(parseExport('\uFEFF' + file([])).ok).toBe(true);
  });
});

describe('parseExport: records are checked one by one', () => {
  test('wrongly typed records are rejected with reasons; valid ones kept', () => {
    const good = makePosting(1);
    const badType = { ...makePosting(2), timesSeen: 'three', starred: true };
    const badLabel = { ...makePosting(3), classification: { ...makePosting(3).classification, work: { label: 'vibes', confidence: 2, evidence: [] } } };
    const inverted = makePosting(4, { firstSeen: 10, lastSeen: 5 });
    const res = parseExport(file([good, badType, 'nonsense', badLabel, inverted, null]));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.total).toBe(6);
    expect(res.records).toEqual([good]);
    expect(res.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    const [r1, r2, r3, r4] = res.rejected;
    expect(r1!.url).toBe(badType.url);
    expect(r1!.reasons.join('\n')).toMatch(/timesSeen/);
    expect(r1!.reasons.join('\n')).toMatch(/starred/);
    expect(r2!.url).toBeNull();
    expect(r2!.reasons.length).toBeGreaterThan(0);
    expect(r3!.reasons.join('\n')).toMatch(/classification\.work\.(label|confidence)/);
    expect(r4!.reasons).toEqual(['firstSeen is after lastSeen']);
  });

  test('reasons are capped', () => {
    const res = parseExport(file([{ url: 1 }]));
    expect(res.ok && res.rejected[0]!.reasons.length).toBeLessThanOrEqual(6);
    expect(res.ok && res.rejected[0]!.reasons.at(-1)).toMatch(/more problems/);
  });

  test('ids in the file are ignored', () => {
    const res = parseExport(file([makePosting(1, { id: 99 })]));
    expect(res.ok && res.records[0]!.id).toBeUndefined();
  });
});

describe('mergeImported', () => {
  const saved = makePosting(1, {
    id: 7, url: 'https://a/1', firstSeen: 100, lastSeen: 200, timesSeen: 4, title: 'saved title',
    starred: 1, applied: 0, hidden: 0, note: 'mine', otherUrls: ['https://a/old'],
  });
  test('newer text wins, min firstSeen, max lastSeen/timesSeen, marks union, notes kept', () => {
    const imported = makePosting(1, {
      url: 'https://b/1', firstSeen: 50, lastSeen: 300, timesSeen: 2, title: 'imported title',
      starred: 0, applied: 1, hidden: 0, note: 'theirs', otherUrls: ['https://a/1'],
    });
    const m = mergeImported(saved, imported);
    expect(m).toMatchObject({
      id: 7, url: 'https://a/1', title: 'imported title', firstSeen: 50, lastSeen: 300, timesSeen: 4,
      starred: 1, applied: 1, hidden: 0, note: 'mine\n\ntheirs', otherUrls: ['https://a/old', 'https://b/1'],
    });
  });
  test('older import keeps the saved text; same note is not doubled', () => {
    const m = mergeImported(saved, makePosting(1, { url: 'https://a/1', lastSeen: 150, firstSeen: 150, title: 'old', note: 'mine' }));
    expect(m.title).toBe('saved title');
    expect(m.note).toBe('mine');
    expect(m.otherUrls).toEqual(['https://a/old']);
  });
});

describe('applyImport / importExport', () => {
  test('export → import into an empty DB restores everything', async () => {
    const src = freshDb();
    await src.postings.bulkAdd(makePostings(50));
    const exported = toJson(await src.postings.toArray());
    const dst = freshDb();
    const res = await importExport(dst, exported);
    expect(res.ok && res.added.length).toBe(50);
    expect(withoutIds(await dst.postings.toArray())).toEqual(withoutIds(await src.postings.toArray()));
  });

  test('importing the same file twice changes nothing the second time', async () => {
    const db = freshDb();
    const text = toJson(makePostings(20));
    await importExport(db, text);
    const before = await db.postings.toArray();
    const res = await importExport(db, text);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.added).toHaveLength(0);
    expect(res.updated).toHaveLength(0);
    expect(res.unchanged).toHaveLength(20);
    expect(await db.postings.toArray()).toEqual(before);
  });

  test('merges by URL, then by fingerprint, keeping the user marks', async () => {
    const db = freshDb();
    const [a, b] = [makePosting(1, { starred: 1, note: 'keep me', lastSeen: 1000, firstSeen: 900, timesSeen: 3 }), makePosting(2, { applied: 1 })];
    await db.postings.bulkAdd([a, b]);
    const byUrl = { ...a, starred: 0 as const, note: '', lastSeen: 2000, firstSeen: 500, timesSeen: 1, title: 'new title' };
    const byFp = { ...b, url: 'https://elsewhere/2', applied: 0 as const };
    const fresh = makePosting(3);
    const res = await importExport(db, file([byUrl, byFp, fresh]));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.added.map((e) => e.index)).toEqual([2]);
    expect(res.updated.map((e) => e.index)).toEqual([0, 1]);
    const all = await db.postings.toArray();
    expect(all).toHaveLength(3);
    const ma = all.find((r) => r.url === a.url)!;
    expect(ma).toMatchObject({ starred: 1, note: 'keep me', title: 'new title', firstSeen: 500, lastSeen: 2000, timesSeen: 3 });
    const mb = all.find((r) => r.url === b.url)!;
    expect(mb.applied).toBe(1);
    expect(mb.otherUrls).toContain('https://elsewhere/2');
  });

  test('a large import (whole-table path) merges the same way', async () => {
    const db = freshDb();
    const saved = makePostings(150);
    saved[0]!.starred = 1;
    await db.postings.bulkAdd(saved);
    const incoming = makePostings(150); // same URLs and fingerprints
    incoming[0]!.lastSeen += 1000;
    incoming[1]!.url = 'https://moved/1'; // same fingerprint, new URL
    incoming[1]!.lastSeen += 1000;
    const extra = makePostings(20, 7);
    const res = await importExport(db, file([...incoming, ...extra]));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.added).toHaveLength(20);
    expect(res.updated.map((e) => e.index)).toEqual([0, 1]);
    expect(res.unchanged).toHaveLength(148);
    expect(await db.postings.count()).toBe(170);
    const first = await db.postings.where('url').equals(saved[0]!.url).first();
    expect(first?.starred).toBe(1);
    const second = await db.postings.where('url').equals(saved[1]!.url).first();
    expect(second?.otherUrls).toEqual(['https://moved/1']);
  });

  test('duplicates inside the file are merged, not added twice', async () => {
    const db = freshDb();
    const a = makePosting(1, { lastSeen: 10, firstSeen: 10 });
    const a2 = { ...a, lastSeen: 20, title: 'later' };
    const res = await importExport(db, file([a, a2]));
    expect(res.ok && res.added.length).toBe(1);
    expect(res.ok && res.updated.length).toBe(1);
    const all = await db.postings.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]!.title).toBe('later');
  });

  test('invalid records are reported, valid ones applied', async () => {
    const db = freshDb();
    const res = await importExport(db, file([makePosting(1), { ...makePosting(2), url: 42 }]));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.added).toHaveLength(1);
    expect(res.rejected).toHaveLength(1);
    expect(res.rejected[0]!.reasons.join()).toMatch(/url/);
    expect(await db.postings.count()).toBe(1);
  });

  test('a bad file leaves the database as it was', async () => {
    const db = freshDb();
    await db.postings.bulkAdd(makePostings(10));
    const before = await db.postings.toArray();
    for (const text of ['{"schemaVersion":1,"postings":[', file(makePostings(3), 3), 'garbage']) {
      expect((await importExport(db, text)).ok).toBe(false);
    }
    expect(await importExport(db, '{}', MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false });
    expect(await db.postings.toArray()).toEqual(before);
  });

  test('a failure while writing rolls back every record (one transaction)', async () => {
    const db = freshDb();
    await db.postings.add(makePosting(0));
    const before = await db.postings.toArray();
    // The hook throws on the third new record, mid-transaction.
    let adds = 0;
    const hook = () => { if (++adds === 3) throw new Error('disk full'); };
    db.postings.hook('creating', hook);
    await expect(applyImport(db, makePostings(5, 9))).rejects.toThrow();
    db.postings.hook('creating').unsubscribe(hook);
    expect(await db.postings.toArray()).toEqual(before);
  });

  test('importExport turns a write failure into a message', async () => {
    const db = freshDb();
    db.postings.hook('creating', () => { throw new Error('quota'); });
    const res = await importExport(db, file([makePosting(1)]));
    expect(res).toMatchObject({ ok: false });
    if (!res.ok) expect(res.error).toMatch(/nothing was imported/);
  });
});
