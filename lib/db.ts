// The one database: every posting the user has seen, owned by the background
// script (content scripts send messages; extension pages read it directly).
// Versions only move forward; a new version reshapes rows in upgrade().
import Dexie, { type EntityTable, type Transaction } from 'dexie';
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
const V1_POSTINGS = '++id, &url, fingerprint, board, company, firstSeen, lastSeen, work, scope, level, '
  + '*domains, *signals, salaryAnnualMin, starred, hidden, applied';

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry:
 * add a new one (Dexie upgrades a user's database through each in turn).
 */
export const SCHEMA_VERSIONS: readonly { version: number; postings: string; upgrade?: (tx: Transaction) => Promise<unknown> }[] = [
  { version: 1, postings: V1_POSTINGS },
  {
    // v2: salary ceiling and the posting's stated date become queryable; rows saved
    // before otherUrls/note existed get their defaults.
    version: 2,
    postings: `${V1_POSTINGS}, salaryAnnualMax, datePosted`,
    upgrade: (tx) => tx.table('postings').toCollection().modify((row: Partial<SavedPosting>) => {
      row.otherUrls ??= [];
      row.note ??= '';
    }),
  },
];

/** Opens (or creates) the database; tests pass a name, fake-indexeddb, or an older version to upgrade from. */
export function openDb(
  name = DB_NAME,
  options?: ConstructorParameters<typeof Dexie>[1],
  upToVersion = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version,
): JobLensDb {
  const db = new Dexie(name, options) as JobLensDb;
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upToVersion) break;
    const version = db.version(v.version).stores({ postings: v.postings });
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}
