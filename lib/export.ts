// Saved postings → CSV (RFC 4180, UTF-8 with BOM, one column per field) and JSON.
// Pure: returns strings; the history page turns them into a download. Both come
// in chunks too, so a big export can yield to the event loop and show progress.
import type { SavedPosting } from './db';

export const EXPORT_SCHEMA_VERSION = 1;
export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The JSON file format (lib/import.ts reads it back). */
export interface ExportFile {
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  exportedAt: string;
  postings: SavedPosting[];
}

type Cell = string | number | null | undefined;

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');
const list = (xs: readonly string[]) => xs.join('; ');

/** Column name → how to read it. Evidence offsets only go to JSON. */
export const CSV_COLUMNS: ReadonlyArray<readonly [string, (r: SavedPosting) => Cell]> = [
  ['id', (r) => r.id],
  ['url', (r) => r.url],
  ['otherUrls', (r) => r.otherUrls.join(' ')],
  ['board', (r) => r.board],
  ['title', (r) => r.title],
  ['company', (r) => r.company],
  ['location', (r) => r.location],
  ['datePosted', (r) => r.datePosted],
  ['salaryText', (r) => r.salaryText],
  ['work', (r) => r.work],
  ['workConfidence', (r) => r.classification.work.confidence],
  ['scope', (r) => r.scope],
  ['scopeConfidence', (r) => r.classification.scope.confidence],
  ['level', (r) => r.level],
  ['levelConfidence', (r) => r.classification.level.confidence],
  ['domains', (r) => list(r.domains)],
  ['modalities', (r) => list(r.classification.modalities)],
  ['signals', (r) => list(r.signals)],
  ['yearsMin', (r) => r.classification.years?.min],
  ['salaryMin', (r) => r.classification.salary?.min],
  ['salaryMax', (r) => r.classification.salary?.max],
  ['salaryCurrency', (r) => r.classification.salary?.currency],
  ['salaryPeriod', (r) => r.classification.salary?.period],
  ['salaryAnnualMin', (r) => r.salaryAnnualMin],
  ['salaryAnnualMax', (r) => r.salaryAnnualMax],
  ['classifierVersion', (r) => r.classification.classifierVersion],
  ['fingerprint', (r) => r.fingerprint],
  ['firstSeen', (r) => iso(r.firstSeen)],
  ['lastSeen', (r) => iso(r.lastSeen)],
  ['timesSeen', (r) => r.timesSeen],
  ['starred', (r) => r.starred],
  ['applied', (r) => r.applied],
  ['hidden', (r) => r.hidden],
  ['note', (r) => r.note],
  ['description', (r) => r.description],
];

/**
 * One CSV cell. A text cell a spreadsheet would read as a formula (= + - @, or a
 * leading tab / carriage return) gets a leading apostrophe; then RFC 4180 quoting:
 * quotes doubled, and the cell quoted when it holds a quote, comma, CR or LF.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + CRLF;
}

export const csvHeader = (): string => BOM + csvRow(CSV_COLUMNS.map(([name]) => name));

/** The CSV in pieces: the BOM + header, then one piece per `chunkSize` records. */
export function* csvChunks(records: Iterable<SavedPosting>, chunkSize = 500): Generator<string> {
  yield csvHeader();
  let buf: string[] = [];
  for (const r of records) {
    buf.push(csvRow(CSV_COLUMNS.map(([, get]) => get(r))));
    if (buf.length >= chunkSize) { yield buf.join(''); buf = []; }
  }
  if (buf.length) yield buf.join('');
}

export function toCsv(records: Iterable<SavedPosting>): string {
  return [...csvChunks(records)].join('');
}

/** The JSON in pieces; joined, it is exactly `toJson`'s output. */
export function* jsonChunks(records: Iterable<SavedPosting>, exportedAt: Date = new Date(), chunkSize = 500): Generator<string> {
  yield `{"schemaVersion":${EXPORT_SCHEMA_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"postings":[`;
  let buf: string[] = [];
  let first = true;
  for (const r of records) {
    buf.push((first ? '' : ',') + JSON.stringify(r));
    first = false;
    if (buf.length >= chunkSize) { yield buf.join(''); buf = []; }
  }
  if (buf.length) yield buf.join('');
  yield ']}';
}

export function toJson(records: Iterable<SavedPosting>, exportedAt: Date = new Date()): string {
  return [...jsonChunks(records, exportedAt)].join('');
}

/** `ml-job-lens-2026-11-27.csv` (local date). */
export function exportFileName(format: 'csv' | 'json', date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ml-job-lens-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${format}`;
}

export const EXPORT_MIME = { csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' } as const;
