// Re-classifying saved postings from their stored text: new classification and
// denormalised fields, same marks, note, dates and URLs.
import { CLASSIFIER_VERSION } from '../../lib/classify/version';
import type { JobLensDb, SavedPosting } from '../../lib/db';
import { classificationFields } from '../../lib/history';
import type { Analysis, Posting } from '../../lib/model';
import { analyzePosting } from '../../lib/pipeline';

export type Analyze = (posting: Posting) => Analysis;

export function reclassify(record: SavedPosting, analyze: Analyze = analyzePosting): SavedPosting {
  const posting: Posting = {
    url: record.url, board: record.board, title: record.title, company: record.company, location: record.location,
    description: record.description, salaryText: record.salaryText, datePosted: record.datePosted,
  };
  return { ...record, ...classificationFields(analyze(posting).classification) };
}

/** Every saved posting, in chunks (one transaction each), yielding between chunks. */
export async function reclassifyAll(
  db: JobLensDb,
  onProgress: (done: number, total: number) => void = () => {},
  analyze: Analyze = analyzePosting,
  chunkSize = 200,
): Promise<{ done: number; failed: number }> {
  return reclassifyIds(db, await db.postings.toCollection().primaryKeys(), onProgress, analyze, chunkSize);
}

/** The postings labelled by an older version of the rules (run by the background after an update). */
export async function reclassifyOutdated(db: JobLensDb, analyze: Analyze = analyzePosting): Promise<{ done: number; failed: number }> {
  const ids = await db.postings.filter((r) => r.classification.classifierVersion !== CLASSIFIER_VERSION).primaryKeys();
  return reclassifyIds(db, ids, () => {}, analyze);
}

async function reclassifyIds(
  db: JobLensDb,
  ids: readonly (number | undefined)[],
  onProgress: (done: number, total: number) => void,
  analyze: Analyze,
  chunkSize = 200,
): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  for (let i = 0; i < ids.length; i += chunkSize) {
    const chunk = ids.slice(i, i + chunkSize);
    await db.transaction('rw', db.postings, async () => {
      const rows = await db.postings.bulkGet(chunk);
      const updated: SavedPosting[] = [];
      for (const r of rows) {
        if (!r) continue;
        try { updated.push(reclassify(r, analyze)); } catch { failed++; }
      }
      await db.postings.bulkPut(updated);
      done += updated.length;
    });
    onProgress(Math.min(ids.length, i + chunk.length), ids.length);
    await new Promise((r) => setTimeout(r, 0));
  }
  return { done, failed };
}
