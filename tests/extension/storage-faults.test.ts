// Storage faults through the background's message handler (fake-indexeddb):
// quota exceeded, a connection in another version, a write racing in several
// tabs/connections, and the browser closing mid-write. Each must end in a reply
// the user can act on and a database with no partial record.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeStorageError, handleMessage } from '../../entrypoints/background/handlers';
import { type JobLensDb, openDb } from '../../lib/db';
import type { Analysis } from '../../lib/model';
import { analyzePosting } from '../../lib/pipeline';

const EXT = 'test-extension-id';
const me = { id: EXT, tab: { id: 1 } };
let n = 0;
const opened: Dexie[] = [];
function freshName(): string { return `mljl-faults-${process.pid}-${++n}`; }
function track<T extends Dexie>(db: T): T { opened.push(db); return db; }
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name).catch(() => undefined); }
});

function sample(i = 0, description = 'Train and evaluate models. 3+ years of Python.'): Analysis {
  return analyzePosting({
    url: `https://jobs.lever.co/acme/0b9c5a2e-1111-2222-3333-${String(444455556666 + i)}`, board: 'lever',
    title: `Machine Learning Engineer ${i}`, company: 'Acme', location: 'Remote', description, salaryText: null, datePosted: null,
  });
}

const save = (db: JobLensDb, analysis: Analysis) => handleMessage(db, { type: 'saveAnalysis', analysis }, me, EXT);

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A DBCore middleware that lets `fail(req)` turn a write into an error after (or instead of) doing it. */
function faultyWrites(db: Dexie, fail: (req: DBCoreMutateRequest, done: DBCoreMutateResponse | null) => Error | null, writeFirst: boolean): void {
  db.use({
    stack: 'dbcore', name: 'faulty-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        return {
          ...table,
          async mutate(req) {
            if (!writeFirst) { const e = fail(req, null); if (e) throw e; }
            const res = await table.mutate(req);
            if (writeFirst) { const e = fail(req, res); if (e) throw e; }
            return res;
          },
        };
      },
    }),
  });
}

async function snapshot(db: JobLensDb) {
  return (await db.postings.toArray()).map(({ url, timesSeen, lastSeen, title }) => ({ url, timesSeen, lastSeen, title }));
}

describe('quota exceeded', () => {
  it('on the first save: replies ok:false with the quota message, stores nothing', async () => {
    const db = track(openDb(freshName()));
    vi.spyOn(db.postings, 'add').mockRejectedValue(quotaError());
    const reply = await save(db, sample());
    expect(reply).toEqual({ ok: false, error: describeStorageError(quotaError()) });
    expect(reply && 'error' in reply ? reply.error : '').toMatch(/no storage space left/);
    vi.restoreAllMocks();
    expect(await db.postings.count()).toBe(0);
  });

  it('raised by the storage layer after the row was written (a failing commit): rolled back, nothing partial', async () => {
    const db = track(openDb(freshName()));
    faultyWrites(db, (req) => (req.type === 'add' || req.type === 'put' ? quotaError() : null), true);
    const reply = await save(db, sample());
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/no storage space left/);
    db.close();
    const again = track(openDb(db.name));
    expect(await again.postings.count()).toBe(0);
  });

  it('on a later sighting: the saved record is left exactly as it was', async () => {
    const db = track(openDb(freshName()));
    expect(await save(db, sample())).toMatchObject({ ok: true, created: true });
    const before = await snapshot(db);
    vi.spyOn(db.postings, 'put').mockRejectedValue(quotaError());
    const reply = await save(db, sample());
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/no storage space left/) });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('the message names the fault whichever way Dexie wraps it', () => {
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', quotaError()))).toMatch(/no storage space left/);
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(/no storage space left/);
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/older version in another tab/);
    expect(describeStorageError(new Dexie.VersionError('v'))).toMatch(/older version in another tab/);
    expect(describeStorageError('weird')).toMatch(/^Not saved: weird/);
  });
});

describe('another connection in another version', () => {
  it('a newer version opened elsewhere (an updated extension page): our connection yields to it, and the next save still works', async () => {
    const name = freshName();
    const db = track(openDb(name));
    expect(await save(db, sample(1))).toMatchObject({ ok: true });
    // Another context opens the same database in a newer schema version: Dexie's default
    // versionchange handler closes our older connection so the upgrade is not blocked…
    const newer = track(new Dexie(name));
    newer.version(1).stores({ postings: '++id, &url, fingerprint' });
    newer.version(2).stores({ postings: '++id, &url, fingerprint, board' });
    await Promise.race([newer.open(), new Promise((_, reject) => setTimeout(() => reject(new Error('upgrade blocked by our connection')), 3000))]);
    // …and Dexie 4 reopens ours at the newer version on the next request (the indexes we use are there).
    expect(await save(db, sample(2))).toMatchObject({ ok: true, created: true });
    expect((await newer.table('postings').toArray()).map((r: { title: string }) => r.title).sort())
      .toEqual(['Machine Learning Engineer 1', 'Machine Learning Engineer 2']);
  });

  it('the database on disk is newer than this code (a downgrade): Dexie 4 opens it and saves', async () => {
    const name = freshName();
    const newer = track(new Dexie(name));
    newer.version(5).stores({ postings: '++id, &url, fingerprint, board' });
    await newer.open();
    newer.close();
    const db = track(openDb(name));
    expect(await save(db, sample())).toMatchObject({ ok: true, created: true });
    expect(await db.postings.count()).toBe(1);
  });

  it('the database on disk is newer and lacks an index we query: answered (saved or a reason), never thrown or hung', async () => {
    const name = freshName();
    const newer = track(new Dexie(name));
    newer.version(5).stores({ postings: '++id, board' }); // no url / fingerprint index
    await newer.open();
    newer.close();
    const db = track(openDb(name));
    const reply = await Promise.race([save(db, sample()), new Promise((r) => setTimeout(() => r('no reply within 3 s'), 3000))]);
    expect(reply).toSatisfy((r: unknown) => typeof r === 'object' && r !== null
      && ((r as { ok?: unknown }).ok === true || /^Not saved: /.test(String((r as { error?: unknown }).error))));
  });

  it('an older connection that never closes blocks our upgrade: the save gives up with a clear message', async () => {
    const name = freshName();
    // A raw connection at an older IndexedDB version that ignores versionchange.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('postings', { keyPath: 'id', autoIncrement: true });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    raw.onversionchange = null;
    try {
      const db = track(openDb(name));
        const reply = await Promise.race([
        save(db, sample()),
        new Promise((r) => setTimeout(() => r('no reply within 3 s'), 3000)),
      ]);
      expect(reply).toMatchObject({ ok: false });
      expect((reply as { error: string }).error).toMatch(/Close other ML Job Lens pages and reload/);
      // A lookup does not hang either.
      const lookup = await Promise.race([
        handleMessage(db, { type: 'lookupUrls', urls: [sample().posting.url] }, me, EXT).catch((e: unknown) => (e instanceof Error ? e.name : 'error')),
        new Promise((r) => setTimeout(() => r('no reply within 3 s'), 3000)),
      ]);
      expect(lookup).toBe('DatabaseBlockedError');
      // Once the old connection closes, the pending open completes and saving works again.
      raw.close();
      await db.open(); // the open that was waiting completes
      expect(await save(db, sample())).toMatchObject({ ok: true, created: true });
    } finally {
      raw.close();
    }
  }, 10_000);
});

describe('racing writes', () => {
  it('the same posting saved from several connections at once (tabs, history page) is stored once, counted each time', async () => {
    const name = freshName();
    const dbs = [0, 1, 2, 3].map(() => track(openDb(name)));
    const replies = await Promise.all(dbs.flatMap((db) => [save(db, sample()), save(db, sample())]));
    expect(replies.every((r) => r && 'ok' in r && r.ok)).toBe(true);
    expect(replies.filter((r) => r && 'created' in r && r.created)).toHaveLength(1);
    const rows = await dbs[0]!.postings.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.timesSeen).toBe(8);
  });

  it('a failing save racing good ones fails alone', async () => {
    const db = track(openDb(freshName()));
    faultyWrites(db, (req) => (req.type === 'add' && (req.values as Array<{ title?: string }>).some((v) => v.title?.endsWith(' 2')) ? quotaError() : null), false);
    const replies = await Promise.all([1, 2, 3].map((i) => save(db, sample(i))));
    expect(replies.map((r) => (r && 'ok' in r ? r.ok : null))).toEqual([true, false, true]);
    expect((await db.postings.toArray()).map((r) => r.title).sort()).toEqual(['Machine Learning Engineer 1', 'Machine Learning Engineer 3']);
  });
});

describe('the browser closing mid-write', () => {
  it('a transaction aborted after the row was written leaves no record', async () => {
    const db = track(openDb(freshName()));
    const original = db.postings.add.bind(db.postings);
    vi.spyOn(db.postings, 'add').mockImplementation(((...args: Parameters<typeof original>) => original(...args).then((id) => {
      Dexie.currentTransaction!.abort(); // as when the worker or the browser goes away
      return id;
    })) as typeof original);
    const reply = await save(db, sample());
    expect(reply).toMatchObject({ ok: false });
    vi.restoreAllMocks();
    expect(await db.postings.count()).toBe(0);
  });

  it('the connection closed under a sighting being merged leaves the saved record as it was', async () => {
    const db = track(openDb(freshName()));
    // Middlewares apply from the next open: installed first, it lets the first save (an add) through.
    faultyWrites(db, (req) => { if (req.type === 'put') { req.trans.abort(); return new Dexie.AbortError('closing'); } return null; }, true);
    expect(await save(db, sample())).toMatchObject({ ok: true, created: true });
    const before = await snapshot(db);
    const reply = await save(db, sample());
    expect(reply).toMatchObject({ ok: false });
    db.close();
    const again = track(openDb(db.name));
    expect(await snapshot(again)).toEqual(before);
  });
});
