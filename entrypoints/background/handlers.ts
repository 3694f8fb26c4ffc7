// What the background does with each message. Kept apart from the entrypoint so
// tests can drive it with a fake browser and fake-indexeddb.
import type { JobLensDb } from '../../lib/db';
import { saveSighting } from '../../lib/history';
import { type LookupReply, parseRequest, type SaveReply } from '../../lib/messages';

export interface Sender { id?: string; tab?: { id?: number }; url?: string }

/** Only our own extension's contexts may talk to us. */
export function isTrustedSender(sender: Sender, extensionId: string): boolean {
  return sender.id === extensionId;
}

export async function handleMessage(
  db: JobLensDb, message: unknown, sender: Sender, extensionId: string,
): Promise<SaveReply | LookupReply | undefined> {
  if (!isTrustedSender(sender, extensionId)) return undefined;
  const request = parseRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'saveAnalysis':
      try {
        await whenOpen(db);
        const { record, created } = await saveSighting(db, request.analysis);
        return { ok: true, created, timesSeen: record.timesSeen, firstSeen: record.firstSeen };
      } catch (error) {
        return { ok: false, error: describeStorageError(error) };
      }
    case 'lookupUrls': {
      await whenOpen(db);
      const rows = await db.postings.where('url').anyOf(request.urls).toArray();
      const labels: LookupReply['labels'] = {};
      for (const row of rows) {
        labels[row.url] = { work: row.classification.work.label, scope: row.classification.scope.label, level: row.classification.level.label };
      }
      return { labels };
    }
    default:
      // getCurrent / analyzePage are for content scripts, not for us.
      return undefined;
  }
}

/**
 * Opens the database if needed. IndexedDB keeps an upgrade waiting, with no error,
 * for as long as another connection in an older version stays open; Dexie then
 * fires 'blocked' and waits too. We answer at once instead (the open itself goes
 * on and succeeds once the other page closes), so no message waits forever.
 */
export function whenOpen(db: JobLensDb): Promise<void> {
  if (db.isOpen()) return Promise.resolve();
  if (!watched.has(db)) {
    watched.add(db);
    db.on('blocked', () => { blocked.add(db); });
  }
  const open = db.open().then(() => { blocked.delete(db); });
  const blockedError = () => Object.assign(new Error('the database upgrade is blocked by another open connection'), { name: 'DatabaseBlockedError' });
  // Already blocked (an earlier message saw it): the event will not fire again.
  if (blocked.has(db)) { open.catch(() => undefined); return Promise.reject(blockedError()); }
  return new Promise<void>((resolve, reject) => {
    const onBlocked = () => reject(blockedError());
    db.on('blocked', onBlocked);
    open.then(resolve, reject).finally(() => db.on('blocked').unsubscribe(onBlocked));
  });
}
const watched = new WeakSet<JobLensDb>();
const blocked = new WeakSet<JobLensDb>();

/** A message the user can act on, whatever the storage layer threw. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: the browser has no storage space left for ML Job Lens. Free some space or delete old postings in History.';
  }
  if (name === 'DatabaseClosedError' || name === 'DatabaseBlockedError' || name === 'VersionError' || inner === 'VersionError') {
    return 'Not saved: the history database is open in an older version in another tab. Close other ML Job Lens pages and reload.';
  }
  return `Not saved: ${error instanceof Error ? error.message : String(error)}`;
}
