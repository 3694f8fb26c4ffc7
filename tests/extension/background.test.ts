import { describe, expect, it } from 'vitest';
import { describeStorageError, handleMessage } from '../../entrypoints/background/handlers';
import { openDb } from '../../lib/db';
import type { Analysis } from '../../lib/model';
import { analyzePosting } from '../../lib/pipeline';

const EXT = 'test-extension-id';
let dbCount = 0;
const freshDb = () => openDb(`mljl-test-${++dbCount}`);

function sample(url = 'https://jobs.lever.co/acme/0b9c5a2e-1111-2222-3333-444455556666', description = 'Train and evaluate models. 3+ years of Python.'): Analysis {
  return analyzePosting({
    url, board: 'lever', title: 'Machine Learning Engineer', company: 'Acme', location: 'Remote',
    description, salaryText: null, datePosted: null,
  });
}

describe('background message handling', () => {
  it('stores a posting once and counts later sightings', async () => {
    const db = freshDb();
    const first = await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: EXT, tab: { id: 1 } }, EXT);
    expect(first).toMatchObject({ ok: true, created: true, timesSeen: 1 });
    const second = await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: EXT, tab: { id: 2 } }, EXT);
    expect(second).toMatchObject({ ok: true, created: false, timesSeen: 2 });
    expect(await db.postings.count()).toBe(1);
  });

  it('recognises the same job under another URL by its fingerprint', async () => {
    const db = freshDb();
    await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: EXT }, EXT);
    const repost = sample('https://www.linkedin.com/jobs/view/123456/');
    await handleMessage(db, { type: 'saveAnalysis', analysis: repost }, { id: EXT }, EXT);
    const rows = await db.postings.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.otherUrls).toEqual(['https://www.linkedin.com/jobs/view/123456/']);
    expect(rows[0]!.timesSeen).toBe(2);
  });

  it('stores a posting exactly once when two tabs save it at the same moment', async () => {
    const db = freshDb();
    const replies = await Promise.all([1, 2, 3].map((tab) =>
      handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: EXT, tab: { id: tab } }, EXT)));
    expect(replies.every((r) => r && 'ok' in r && r.ok)).toBe(true);
    const rows = await db.postings.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.timesSeen).toBe(3);
  });

  it('keeps the user marks when a posting is seen again', async () => {
    const db = freshDb();
    await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: EXT }, EXT);
    await db.postings.toCollection().modify({ starred: 1, note: 'apply before Friday' });
    await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: EXT }, EXT);
    const [row] = await db.postings.toArray();
    expect(row).toMatchObject({ starred: 1, note: 'apply before Friday', timesSeen: 2 });
  });

  it('ignores messages from other senders and malformed messages', async () => {
    const db = freshDb();
    expect(await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: 'someone-else' }, EXT)).toBeUndefined();
    expect(await handleMessage(db, { type: 'saveAnalysis', analysis: { posting: 'nope' } }, { id: EXT }, EXT)).toBeUndefined();
    expect(await handleMessage(db, { type: 'dropDatabase' }, { id: EXT }, EXT)).toBeUndefined();
    expect(await db.postings.count()).toBe(0);
  });

  it('answers which URLs are saved, with their labels', async () => {
    const db = freshDb();
    const a = sample();
    await handleMessage(db, { type: 'saveAnalysis', analysis: a }, { id: EXT }, EXT);
    const reply = await handleMessage(db, { type: 'lookupUrls', urls: [a.posting.url, 'https://example.com/x'] }, { id: EXT }, EXT);
    expect(reply).toEqual({ labels: { [a.posting.url]: {
      work: a.classification.work.label, scope: a.classification.scope.label, level: a.classification.level.label,
    } } });
  });

  it('turns storage failures into messages the user can act on', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(describeStorageError(quota)).toMatch(/no storage space/);
    const wrapped = Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(describeStorageError(wrapped)).toMatch(/no storage space/);
    expect(describeStorageError(Object.assign(new Error('v'), { name: 'VersionError' }))).toMatch(/older version/);
  });
});

describe('same title at the same company', () => {
  it('keeps two different openings apart even though their fingerprints agree', async () => {
    const db = freshDb();
    const a = sample('https://jobs.lever.co/acme/aaaaaaaa-1111-2222-3333-444455556666', 'Build ranking models for search in our Berlin office. Work with product managers on relevance experiments and offline evaluation.');
    const b = sample('https://jobs.lever.co/acme/bbbbbbbb-1111-2222-3333-444455556666', 'Run the GPU inference fleet in Austin: on-call rotation, capacity planning, Kubernetes upgrades and cost dashboards.');
    expect(a.fingerprint).toBe(b.fingerprint);
    await handleMessage(db, { type: 'saveAnalysis', analysis: a }, { id: EXT }, EXT);
    await handleMessage(db, { type: 'saveAnalysis', analysis: b }, { id: EXT }, EXT);
    expect(await db.postings.count()).toBe(2);
  });
});
