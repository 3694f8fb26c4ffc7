// Importing corrupt, truncated, wrongly typed, hostile or oversized files changes
// nothing in the database and says why (lib/import.ts, against fake-indexeddb).
// Valid files with bad records change only by their valid records; a write that
// fails midway rolls everything back.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type JobLensDb, openDb, type SavedPosting, SavedPostingSchema } from '../../lib/db';
import { toJson } from '../../lib/export';
import { importExport, MAX_IMPORT_BYTES } from '../../lib/import';
import { makePosting, makePostings } from '../../lib/testing/postings';

let n = 0;
const dbs: JobLensDb[] = [];
async function seededDb(): Promise<JobLensDb> {
  const db = openDb(`hardening-import-${process.pid}-${n++}`);
  dbs.push(db);
  await db.postings.bulkAdd(makePostings(5, 7));
  await db.postings.update(1, { starred: 1, note: 'my note' });
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

const snapshot = (db: JobLensDb) => db.postings.toArray();
const file = (postings: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ schemaVersion: 1, exportedAt: '2026-11-27T00:00:00.000Z', postings, ...extra });
const VALID = toJson(makePostings(4, 99));

/** Imports `text`; expects a refusal that says why, and the database exactly as before. */
async function expectRefused(text: string, why: RegExp, byteLength?: number): Promise<void> {
  const db = await seededDb();
  const before = await snapshot(db);
  const outcome = await importExport(db, text, byteLength);
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) {
    expect(outcome.error).toMatch(why);
    expect(outcome.error).toMatch(/nothing was imported/i);
    expect(outcome.error.length).toBeLessThan(500); // a sentence, not the file echoed back
  }
  expect(await snapshot(db)).toEqual(before);
}

describe('bad files change nothing and say why', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['empty', '', /empty/],
    ['whitespace only', ' \n\t ', /empty/],
    ['binary garbage', '\u0000\u0001\u0002PK\u0003\u0004\uFFFD\uFFFD', /not valid JSON/],
    ['a zip header', 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', /not valid JSON/],
    ['an HTML page', '<!doctype html><html><body><script>window.__pwned=true</script></body></html>', /not valid JSON/],
    ['a CSV export', 'id,url,title\r\n1,https://x,Engineer\r\n', /not valid JSON/],
    ['truncated in the middle', VALID.slice(0, Math.floor(VALID.length / 2)), /corrupt or truncated/],
    ['truncated by one character', VALID.trimEnd().slice(0, -1), /corrupt or truncated/],
    ['a JSON string', '"postings"', /expected a JSON object/],
    ['a JSON number', '1', /expected a JSON object/],
    ['a JSON array of postings', JSON.stringify(makePostings(2)), /expected a JSON object/],
    ['schemaVersion 0', file([], { schemaVersion: 0 }), /Unsupported schemaVersion 0/],
    ['schemaVersion as a string', file([], { schemaVersion: '1' }), /Unsupported schemaVersion/],
    ['schemaVersion from the future', file(makePostings(2), { schemaVersion: 2 }), /Unsupported schemaVersion 2/],
    ['postings as an object', file({ 0: makePosting(1) }), /no "postings" list/],
    ['postings as a string', file('[]'), /no "postings" list/],
    ['postings null', file(null), /no "postings" list/],
    ['10,000 levels of nesting, unclosed', `{"schemaVersion":1,"postings":${'['.repeat(10_000)}`, /not valid JSON/],
    ['UTF-16 read as text', Array.from(VALID.slice(0, 200)).map((c) => `${c}\u0000`).join(''), /not valid JSON/],
  ];
  it.each(bad)('%s', async (_name, text, why) => { await expectRefused(text, why); });

  it('oversized by its byte length, before it is even parsed', async () => {
    await expectRefused(VALID, /too large/, MAX_IMPORT_BYTES + 1);
  });
});

describe('a valid file with bad records applies only the valid ones', () => {
  it('wrongly typed, hostile and prototype-polluting records are rejected with reasons; saved data is untouched', async () => {
    const db = await seededDb();
    const before = await snapshot(db);
    const saved = before[0]!;
    const records: unknown[] = [
      { ...makePosting(1, {}, 99), timesSeen: '3' },
      { ...makePosting(2, {}, 99), starred: true },
      { ...makePosting(3, {}, 99), url: 42 },
      { ...makePosting(4, {}, 99), title: 'x'.repeat(1001) },
      { ...makePosting(5, {}, 99), classification: { ...makePosting(5, {}, 99).classification, work: { label: 'pwned', confidence: 1, evidence: [] } } },
      { ...makePosting(6, {}, 99), firstSeen: Number.NaN },
      JSON.parse(`{"__proto__":{"polluted":true},"url":"https://x.example/1"}`),
      // An attempt to overwrite the saved record through its id, and to clear the user's marks: with a wrong type, it is rejected.
      { ...saved, id: saved.id, note: 0, starred: 0 },
      null, 7, 'posting', [],
    ];
    const outcome = await importExport(db, file(records));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rejected.map((r) => r.index)).toEqual(records.map((_, i) => i));
    for (const r of outcome.rejected) expect(r.reasons.length).toBeGreaterThan(0);
    expect(outcome.added).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('deep nesting inside a valid file', () => {
  it('10,000 levels in the postings list and in a record field: rejected as records, nothing changed', async () => {
    const db = await seededDb();
    const before = await snapshot(db);
    const deepRecord = JSON.stringify(makePosting(9, {}, 99)).replace('"note":""', `"note":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
    const text = `{"schemaVersion":1,"postings":[${'['.repeat(10_000)}${']'.repeat(10_000)},${deepRecord}]}`;
    const outcome = await importExport(db, text);
    // Either JSON.parse refuses the depth (the file is refused) or both records are rejected.
    if (outcome.ok) {
      expect(outcome.rejected.map((r) => r.index)).toEqual([0, 1]);
      expect(outcome.added).toEqual([]);
    } else {
      expect(outcome.error).toMatch(/nothing was imported/i);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a write failing midway rolls back', () => {
  it('quota exceeded on the second write of the import: nothing from the file is kept', async () => {
    const db = await seededDb();
    const before = await snapshot(db);
    // Half new records (bulkAdd), half updates of saved ones (bulkPut): the put fails after the adds.
    const updates = before.slice(0, 2).map((r) => ({ ...r, lastSeen: r.lastSeen + 1000, title: `${r.title} (updated)` }));
    const adds = vi.spyOn(db.postings, 'bulkAdd');
    vi.spyOn(db.postings, 'bulkPut').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const outcome = await importExport(db, toJson([...makePostings(3, 1234), ...updates]));
    expect(adds).toHaveBeenCalledTimes(1); // the new records were written before the failure
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toMatch(/nothing was imported/i);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('fuzz: mutated export files (seeded, 120 cases)', () => {
  const mutation = fc.oneof(
    fc.tuple(fc.nat(), fc.nat({ max: 50 })).map(([at, len]) => ({ what: 'delete', apply: (t: string) => { const i = at % t.length; return t.slice(0, i) + t.slice(i + len); } })),
    fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([at, s]) => ({ what: 'insert', apply: (t: string) => { const i = at % t.length; return t.slice(0, i) + s + t.slice(i); } })),
    fc.tuple(fc.nat(), fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '0', '-1', 'null', 'true', '"x"', '1e999', '\\', '\u0000')).map(([at, s]) => ({ what: `replace with ${s}`, apply: (t: string) => { const i = at % t.length; return t.slice(0, i) + s + t.slice(i + 1); } })),
    fc.nat().map((at) => ({ what: 'truncate', apply: (t: string) => t.slice(0, at % t.length) })),
  );
  it('never throws; refused files change nothing; accepted ones store only schema-valid records', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
      const db = await seededDb();
      const before = await snapshot(db);
      const text = mutations.reduce((t, m) => m.apply(t), VALID);
      const outcome = await importExport(db, text);
      const after = await snapshot(db);
      if (!outcome.ok) {
        expect(after).toEqual(before);
      } else {
        for (const row of after) expect(SavedPostingSchema.safeParse(row).success).toBe(true);
        expect(after.length).toBe(before.length + outcome.added.length);
        // Saved marks survive whatever the file says.
        expect(after.find((r: SavedPosting) => r.id === 1)).toMatchObject({ starred: 1, note: expect.stringContaining('my note') });
      }
      await db.delete();
      dbs.splice(dbs.indexOf(db), 1);
    }), { seed: 42, numRuns: 120 });
  });
});
