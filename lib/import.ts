// Reading an exported JSON file back in.
//
// The choice, stated once: an invalid FILE (too big, not JSON, truncated, wrong
// schemaVersion, no postings array) changes nothing. Inside a valid file, each
// record is checked on its own: invalid records are rejected and reported with
// their reasons, and all the valid ones are applied in ONE Dexie transaction —
// if anything fails while writing, nothing is written.
//
// Merge rules with a posting already saved (same URL, else same fingerprint):
// - text, labels and classification come from whichever copy was seen last
//   (ties keep what is saved); the saved URL stays, the other goes to otherUrls;
// - firstSeen = min, lastSeen = max, timesSeen = max (the same sightings are
//   likely in both copies, so they are not added up);
// - the user's marks are kept: a mark set on either side stays set; the saved
//   note is kept, and an imported note that differs is appended below it.
import type { JobLensDb, SavedPosting } from './db';
import { SavedPostingSchema } from './db';
import { EXPORT_SCHEMA_VERSION } from './export';

// Room for a full export of 10,000+ postings with long descriptions (~56 MB).
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const MAX_REASONS = 5;
const NOTE_MAX = 10_000;

export interface Rejection {
  /** Position in the file's postings array, from 0. */
  index: number;
  url: string | null;
  title: string | null;
  reasons: string[];
}

export type ParseResult =
  | { ok: false; error: string }
  | { ok: true; exportedAt: string | null; records: SavedPosting[]; rejected: Rejection[]; total: number };

export interface ImportEntry { index: number; url: string; title: string }

export interface ImportReport {
  added: ImportEntry[];
  updated: ImportEntry[];
  /** Valid records that were already saved exactly as they are. */
  unchanged: ImportEntry[];
  rejected: Rejection[];
  total: number;
}

export type ImportOutcome = { ok: false; error: string } | ({ ok: true } & ImportReport);

const str = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, 300) : null);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Parses and validates the whole file. `byteLength` is the file size when known
 * (File.size); otherwise the text length is used (never more than the bytes).
 */
export function parseExport(text: string, byteLength: number = text.length): ParseResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is too large (${mb(byteLength)}); the limit is ${mb(MAX_IMPORT_BYTES)}. Nothing was imported.` };
  }
  if (text.trim() === '') return { ok: false, error: 'The file is empty. Nothing was imported.' };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `The file is not valid JSON — it may be corrupt or truncated (${why}). Nothing was imported.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'The file is not an ML Job Lens export (expected a JSON object). Nothing was imported.' };
  }
  const file = data as Record<string, unknown>;
  if (file.schemaVersion !== EXPORT_SCHEMA_VERSION) {
    const got = JSON.stringify(file.schemaVersion) ?? 'missing';
    return { ok: false, error: `Unsupported schemaVersion ${got.slice(0, 40)}; this version reads ${EXPORT_SCHEMA_VERSION}. Nothing was imported.` };
  }
  if (!Array.isArray(file.postings)) {
    return { ok: false, error: 'The file has no "postings" list. Nothing was imported.' };
  }
  const records: SavedPosting[] = [];
  const rejected: Rejection[] = [];
  file.postings.forEach((raw: unknown, index) => {
    const obj = typeof raw === 'object' && raw !== null ? raw as Record<string, unknown> : {};
    const parsed = SavedPostingSchema.safeParse(raw);
    const reasons: string[] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, MAX_REASONS)) {
        const path = issue.path.map(String).join('.') || '(record)';
        reasons.push(`${path}: ${issue.message}`);
      }
      if (parsed.error.issues.length > MAX_REASONS) reasons.push(`… and ${parsed.error.issues.length - MAX_REASONS} more problems`);
    } else {
      const r = parsed.data;
      if (r.url.trim() === '') reasons.push('url: empty');
      if (r.firstSeen > r.lastSeen) reasons.push('firstSeen is after lastSeen');
      if (!Number.isFinite(r.firstSeen) || !Number.isFinite(r.lastSeen)) reasons.push('firstSeen/lastSeen: not a finite time');
    }
    if (reasons.length > 0 || !parsed.success) {
      rejected.push({ index, url: str(obj.url), title: str(obj.title), reasons });
      return;
    }
    const { id: _ignored, ...rest } = parsed.data;
    records.push(rest);
  });
  return { ok: true, exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : null, records, rejected, total: file.postings.length };
}

function mergeNotes(saved: string, imported: string): string {
  if (!imported || saved.includes(imported)) return saved;
  if (!saved) return imported;
  return `${saved}\n\n${imported}`.slice(0, NOTE_MAX);
}

/** Merges an imported record into a saved one (rules at the top of the file). */
export function mergeImported(saved: SavedPosting, imported: SavedPosting): SavedPosting {
  const newer = imported.lastSeen > saved.lastSeen ? imported : saved;
  const urls = [...saved.otherUrls, imported.url, ...imported.otherUrls]
    .filter((u, i, all) => u !== saved.url && all.indexOf(u) === i);
  const merged: SavedPosting = {
    ...newer,
    url: saved.url,
    otherUrls: urls.slice(-50),
    firstSeen: Math.min(saved.firstSeen, imported.firstSeen),
    lastSeen: Math.max(saved.lastSeen, imported.lastSeen),
    timesSeen: Math.max(saved.timesSeen, imported.timesSeen),
    starred: saved.starred || imported.starred ? 1 : 0,
    applied: saved.applied || imported.applied ? 1 : 0,
    hidden: saved.hidden || imported.hidden ? 1 : 0,
    note: mergeNotes(saved.note, imported.note),
  };
  if (saved.id !== undefined) merged.id = saved.id;
  else delete merged.id;
  return merged;
}

function sameRecord(a: SavedPosting, b: SavedPosting): boolean {
  return JSON.stringify(a) === JSON.stringify({ ...b, id: a.id });
}

interface Slot { record: SavedPosting; original: SavedPosting | null }

/**
 * Saved postings that may match: for a few records, one index lookup each; for
 * many, the whole table in one getAll (index `anyOf` over thousands of keys walks
 * a cursor, which is far slower, above all in fake-indexeddb).
 */
async function savedMatching(db: JobLensDb, records: readonly SavedPosting[]): Promise<SavedPosting[]> {
  if (records.length > 100) return db.postings.toArray();
  const found = await Promise.all(records.flatMap((r) => [
    db.postings.where('url').equals(r.url).toArray(),
    db.postings.where('fingerprint').equals(r.fingerprint).toArray(),
  ]));
  return found.flat().sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

/**
 * Applies validated records in one transaction; any failure rolls all of them
 * back (the promise rejects). Records with the same URL or fingerprint inside the
 * file are merged with each other as with saved ones.
 */
export async function applyImport(db: JobLensDb, records: readonly SavedPosting[]): Promise<Omit<ImportReport, 'rejected' | 'total'>> {
  return db.transaction('rw', db.postings, async () => {
    const byUrl = new Map<string, Slot>();
    const byFp = new Map<string, Slot>();
    const existing = await savedMatching(db, records);
    const slots: Slot[] = [];
    const seenIds = new Set<number>();
    for (const r of existing) {
      if (r.id === undefined || seenIds.has(r.id)) continue;
      seenIds.add(r.id);
      const slot: Slot = { record: r, original: r };
      slots.push(slot);
      byUrl.set(r.url, slot);
      if (!byFp.has(r.fingerprint)) byFp.set(r.fingerprint, slot);
    }
    const added: ImportEntry[] = [];
    const updated: ImportEntry[] = [];
    const touched = new Map<Slot, ImportEntry[]>();
    records.forEach((rec, index) => {
      const entry = { index, url: rec.url, title: rec.title };
      const slot = byUrl.get(rec.url) ?? byFp.get(rec.fingerprint);
      if (!slot) {
        const fresh: Slot = { record: { ...rec }, original: null };
        slots.push(fresh);
        byUrl.set(rec.url, fresh);
        byFp.set(rec.fingerprint, fresh);
        added.push(entry);
        return;
      }
      slot.record = mergeImported(slot.record, rec);
      byFp.set(slot.record.fingerprint, slot);
      for (const u of slot.record.otherUrls) if (!byUrl.has(u)) byUrl.set(u, slot);
      if (slot.original === null) updated.push(entry);
      else touched.set(slot, [...touched.get(slot) ?? [], entry]);
    });
    const unchanged: ImportEntry[] = [];
    const puts: SavedPosting[] = [];
    for (const [slot, entries] of touched) {
      if (slot.original && sameRecord(slot.original, slot.record)) unchanged.push(...entries);
      else { puts.push(slot.record); updated.push(...entries); }
    }
    const adds = slots.filter((s) => s.original === null).map((s) => s.record);
    if (adds.length) await db.postings.bulkAdd(adds);
    if (puts.length) await db.postings.bulkPut(puts);
    updated.sort((a, b) => a.index - b.index);
    unchanged.sort((a, b) => a.index - b.index);
    return { added, updated, unchanged };
  });
}

/** Parse + apply. A bad file, or a failed write, changes nothing and says why. */
export async function importExport(db: JobLensDb, text: string, byteLength?: number): Promise<ImportOutcome> {
  const parsed = parseExport(text, byteLength);
  if (!parsed.ok) return parsed;
  try {
    const applied = await applyImport(db, parsed.records);
    return { ok: true, ...applied, rejected: parsed.rejected, total: parsed.total };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `Writing the import failed, so nothing was imported (${why}).` };
  }
}
