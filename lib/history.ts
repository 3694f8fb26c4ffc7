// Saving a posting seen on a page: the same job (same canonical URL, or the same
// fingerprint and mostly the same text on another URL) is updated, never duplicated.
import type { JobLensDb, SavedPosting } from './db';
import { SavedPostingSchema } from './db';
import type { Analysis, Classification } from './model';
import { isSameJobText } from './same-job';

/** A classification and the fields denormalised from it for indexes and filters. */
export function classificationFields(c: Classification): Pick<SavedPosting,
  'classification' | 'work' | 'scope' | 'level' | 'domains' | 'signals' | 'salaryAnnualMin' | 'salaryAnnualMax'> {
  return {
    classification: c,
    work: c.work.label,
    scope: c.scope.label,
    level: c.level.label,
    domains: c.scope.domains,
    signals: c.signals.map((s) => s.id),
    salaryAnnualMin: c.salary?.annualMin ?? null,
    salaryAnnualMax: c.salary?.annualMax ?? null,
  };
}

export function toRecord(analysis: Analysis, now: number): SavedPosting {
  return {
    ...analysis.posting,
    fingerprint: analysis.fingerprint,
    otherUrls: [],
    ...classificationFields(analysis.classification),
    firstSeen: now,
    lastSeen: now,
    timesSeen: 1,
    starred: 0,
    hidden: 0,
    applied: 0,
    note: '',
  };
}

/** Merges a fresh sighting into what was saved: new text and labels, old marks and history. */
export function mergeSighting(saved: SavedPosting, fresh: SavedPosting): SavedPosting {
  const otherUrls = saved.url === fresh.url || saved.otherUrls.includes(fresh.url)
    ? saved.otherUrls
    : [...saved.otherUrls, fresh.url].slice(-50);
  return {
    ...fresh,
    id: saved.id,
    url: saved.url,
    otherUrls,
    firstSeen: Math.min(saved.firstSeen, fresh.firstSeen),
    lastSeen: Math.max(saved.lastSeen, fresh.lastSeen),
    timesSeen: saved.timesSeen + 1,
    starred: saved.starred,
    hidden: saved.hidden,
    applied: saved.applied,
    note: saved.note,
  };
}

export interface SaveOutcome { record: SavedPosting; created: boolean }

/** Stores one sighting in a single transaction, so two tabs racing store it once. */
export async function saveSighting(db: JobLensDb, analysis: Analysis, now = Date.now()): Promise<SaveOutcome> {
  const fresh = SavedPostingSchema.parse(toRecord(analysis, now));
  return db.transaction('rw', db.postings, async () => {
    const saved = (await db.postings.where('url').equals(fresh.url).first())
      ?? (await db.postings.where('fingerprint').equals(fresh.fingerprint).toArray())
        .find((row) => isSameJobText(row.description, fresh.description));
    if (!saved) {
      const id = await db.postings.add(fresh);
      return { record: { ...fresh, id }, created: true };
    }
    const merged = mergeSighting(saved, fresh);
    await db.postings.put(merged);
    return { record: merged, created: false };
  });
}
