// Benchmark (not a test): 10,000 realistic saved postings in fake-indexeddb under
// node — query/filter, stats, CSV and JSON export, import. Prints figures.
//   npx tsx lib/cli/bench-history.ts [count]
import 'fake-indexeddb/auto';
import { openDb, type SavedPosting } from '../db';
import { toCsv, toJson } from '../export';
import { applyImport, importExport, MAX_IMPORT_BYTES, parseExport } from '../import';
import { filterPostings, queryPostings, type PostingFilter, type PostingSort } from '../query';
import { computeStats, loadStats } from '../stats';
import { makePostings, NOW } from '../testing/postings';

const count = Number(process.argv[2] ?? 10_000);
const DAY = 86_400_000;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function time<T>(label: string, fn: () => Promise<T> | T, runs = 3): Promise<T> {
  let result!: T;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const extra = Array.isArray(result) ? ` → ${result.length} rows` : typeof result === 'string' ? ` → ${(result.length / 1e6).toFixed(1)} M chars` : '';
  console.log(`${label.padEnd(48)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(8)} ms  (min ${ms[0]!.toFixed(1)})${extra}`);
  return result;
}

async function main(): Promise<void> {
  const records = makePostings(count);
  const avg = records.reduce((n, r) => n + r.description.length, 0) / records.length;
  console.log(`${count} postings, average description ${Math.round(avg)} chars, node ${process.version}, fake-indexeddb\n`);

  const db = openDb(`bench-${process.pid}`);
  await time('bulkAdd all (one transaction)', () => db.transaction('rw', db.postings, () => db.postings.bulkAdd(records)), 1);
  const all = await time('read all (toArray)', () => db.postings.toArray()) as SavedPosting[];

  const cases: Array<[string, PostingFilter, PostingSort]> = [
    ['no filter, last seen ↓', {}, { key: 'lastSeen', dir: 'desc' }],
    ['no filter, title ↑', {}, { key: 'title', dir: 'asc' }],
    ['work=ops (index)', { work: 'ops' }, { key: 'lastSeen', dir: 'desc' }],
    ['signal=rag (multi-entry index)', { signal: 'rag' }, { key: 'lastSeen', dir: 'desc' }],
    ['last 30 days (lastSeen range)', { seenFrom: NOW - 30 * DAY }, { key: 'lastSeen', dir: 'desc' }],
    ['text "feature store" drift', { text: '"feature store" drift' }, { key: 'lastSeen', dir: 'desc' }],
    ['text + level + salary ≥ 150k, by salary', { text: 'kubernetes', level: 'senior', salaryMin: 150_000 }, { key: 'salary', dir: 'desc' }],
  ];
  console.log('— queryPostings (Dexie, index-backed)');
  for (const [label, f, s] of cases) await time(`  ${label}`, () => queryPostings(db, f, s));
  console.log('— filterPostings (in memory, over the loaded array)');
  for (const [label, f, s] of cases) await time(`  ${label}`, () => filterPostings(all, f, s));

  console.log('— stats');
  await time('  computeStats (records in memory)', () => computeStats(all, NOW));
  await time('  loadStats (indexes only, popup)', () => loadStats(db, NOW));
  await time('  recent 8 (orderBy lastSeen, limit)', () => db.postings.orderBy('lastSeen').reverse().limit(8).toArray());

  console.log('— export');
  const csv = await time('  toCsv', () => toCsv(all));
  const json = await time('  toJson', () => toJson(all));
  console.log(`  CSV ${mib(Buffer.byteLength(csv))}, JSON ${mib(Buffer.byteLength(json))}`);

  console.log('— import');
  const bytes = Buffer.byteLength(json);
  const refused = await importExport(openDb(`bench-refuse-${process.pid}`), json, bytes);
  console.log(`  the full ${mib(bytes)} JSON: ${refused.ok ? 'accepted' : `refused — ${refused.error}`}`);
  // A file under the 50 MB limit: as many postings as fit.
  const fit = Math.floor(count * (MAX_IMPORT_BYTES / bytes) * 0.98);
  const smaller = toJson(all.slice(0, fit));
  const fresh = openDb(`bench-import-${process.pid}`);
  await time(`  importExport ${fit} postings into an empty DB (added)`, async () => {
    await fresh.postings.clear();
    const r = await importExport(fresh, smaller, Buffer.byteLength(smaller));
    if (!r.ok) throw new Error(r.error);
    return r.added;
  });
  await time(`  importExport the same ${fit} again (all unchanged)`, async () => {
    const r = await importExport(fresh, smaller, Buffer.byteLength(smaller));
    if (!r.ok) throw new Error(r.error);
    return r.unchanged;
  });
  const parsed = await time(`  parseExport ${count} (zod, every record)`, () => {
    const r = parseExport(json, 0);
    if (!r.ok) throw new Error(r.error);
    return r.records;
  }, 1);
  await time(`  applyImport ${count} into an empty DB (one transaction)`, async () => {
    await fresh.postings.clear();
    return (await applyImport(fresh, parsed)).added;
  }, 1);
  await time(`  applyImport ${count} merged into the same ${count}`, async () => (await applyImport(fresh, parsed)).unchanged, 1);
  await db.delete();
  await fresh.delete();
}

await main();
