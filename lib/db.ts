// The one database: every posting the user has seen, owned by the background
// script (content scripts send messages; extension pages read it directly).
// Versions only move forward; a new version reshapes rows in upgrade().
import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';
import { ClassificationSchema, PostingSchema } from './model';

export const DB_NAME = 'ml-job-lens';

/** User's own marks; stored as 0/1 because booleans cannot be indexed. */
const flag = z.union([z.literal(0), z.literal(1)]);

export const SavedPostingSchema = PostingSchema.extend({
  id: z.number().int().positive().optional(),
  fingerprint: z.string(),
  /** Other URLs the same job was seen under (reposts, other boards). */
  otherUrls: z.array(z.string()).max(50),
  classification: ClassificationSchema,
  // Denormalised for indexes and filters.
  work: z.string(),
  scope: z.string(),
  level: z.string(),
  domains: z.array(z.string()),
  signals: z.array(z.string()),
  salaryAnnualMin: z.number().nullable(),
  salaryAnnualMax: z.number().nullable(),
  firstSeen: z.number(),
  lastSeen: z.number(),
  timesSeen: z.number().int().positive(),
  starred: flag,
  hidden: flag,
  applied: flag,
  note: z.string().max(10_000),
});
export type SavedPosting = z.infer<typeof SavedPostingSchema>;

export type JobLensDb = Dexie & { postings: EntityTable<SavedPosting, 'id'> };

/** Opens (or creates) the database; tests pass a name and fake-indexeddb. */
export function openDb(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): JobLensDb {
  const db = new Dexie(name, options) as JobLensDb;
  db.version(1).stores({
    postings: '++id, &url, fingerprint, board, company, firstSeen, lastSeen, work, scope, level, '
      + '*domains, *signals, salaryAnnualMin, starred, hidden, applied',
  });
  return db;
}
