// Filter, search and sort over saved postings. The same predicate runs in memory
// (filterPostings, pure) and against Dexie (queryPostings: one index narrows the
// candidates, the predicate finishes the job), so both always agree.
import type { JobLensDb, SavedPosting } from './db';

export type MarkFilter = 'any' | 'yes' | 'no';
export type HiddenFilter = 'exclude' | 'include' | 'only';
export const SORT_KEYS = ['lastSeen', 'firstSeen', 'title', 'salary'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface PostingFilter {
  /** Words that must all appear (case-insensitive) in the title, company or description. */
  text?: string;
  work?: string;
  scope?: string;
  level?: string;
  domain?: string;
  signal?: string;
  board?: string;
  /** Annual salary range (in the posting's currency): keeps postings whose range overlaps it. */
  salaryMin?: number;
  salaryMax?: number;
  /** lastSeen range, epoch ms, inclusive. */
  seenFrom?: number;
  seenTo?: number;
  starred?: MarkFilter;
  applied?: MarkFilter;
  /** Hidden postings are left out unless asked for. */
  hidden?: HiddenFilter;
}

export interface PostingSort { key: SortKey; dir: SortDir }
export const DEFAULT_SORT: PostingSort = { key: 'lastSeen', dir: 'desc' };

/** Lower-cased search words; quotes group a phrase ("computer vision"). */
export function searchTerms(text: string | undefined): string[] {
  if (!text) return [];
  const terms: string[] = [];
  for (const m of text.toLowerCase().matchAll(/"([^"]+)"|(\S+)/g)) {
    const t = (m[1] ?? m[2] ?? '').trim();
    if (t) terms.push(t);
  }
  return terms;
}

// Lower-cased text per record, computed once per record object.
const haystacks = new WeakMap<SavedPosting, string>();
function haystack(r: SavedPosting): string {
  let h = haystacks.get(r);
  if (h === undefined) {
    h = `${r.title}\n${r.company ?? ''}\n${r.description}`.toLowerCase();
    haystacks.set(r, h);
  }
  return h;
}

function markMatches(value: 0 | 1, want: MarkFilter | undefined): boolean {
  return !want || want === 'any' || (want === 'yes' ? value === 1 : value === 0);
}

/** Builds the predicate once (search words parsed once) for many records. */
export function makePredicate(filter: PostingFilter): (r: SavedPosting) => boolean {
  const terms = searchTerms(filter.text);
  const hidden = filter.hidden ?? 'exclude';
  const { salaryMin, salaryMax } = filter;
  return (r) => {
    if (hidden === 'exclude' && r.hidden === 1) return false;
    if (hidden === 'only' && r.hidden !== 1) return false;
    if (!markMatches(r.starred, filter.starred) || !markMatches(r.applied, filter.applied)) return false;
    if (filter.work && r.work !== filter.work) return false;
    if (filter.scope && r.scope !== filter.scope) return false;
    if (filter.level && r.level !== filter.level) return false;
    if (filter.board && r.board !== filter.board) return false;
    if (filter.domain && !r.domains.includes(filter.domain)) return false;
    if (filter.signal && !r.signals.includes(filter.signal)) return false;
    if (filter.seenFrom !== undefined && r.lastSeen < filter.seenFrom) return false;
    if (filter.seenTo !== undefined && r.lastSeen > filter.seenTo) return false;
    if (salaryMin !== undefined || salaryMax !== undefined) {
      if (r.salaryAnnualMin === null && r.salaryAnnualMax === null) return false;
      const lo = r.salaryAnnualMin ?? r.salaryAnnualMax ?? 0;
      const hi = r.salaryAnnualMax ?? r.salaryAnnualMin ?? 0;
      if (salaryMin !== undefined && hi < salaryMin) return false;
      if (salaryMax !== undefined && lo > salaryMax) return false;
    }
    if (terms.length > 0) {
      const h = haystack(r);
      for (const t of terms) if (!h.includes(t)) return false;
    }
    return true;
  };
}

export function matchesFilter(r: SavedPosting, filter: PostingFilter): boolean {
  return makePredicate(filter)(r);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts in place and returns the array. Postings without a salary sort last either way. */
export function sortPostings(records: SavedPosting[], sort: PostingSort = DEFAULT_SORT): SavedPosting[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byId = (a: SavedPosting, b: SavedPosting) => ((a.id ?? 0) - (b.id ?? 0)) * sign;
  switch (sort.key) {
    case 'lastSeen': return records.sort((a, b) => (a.lastSeen - b.lastSeen) * sign || byId(a, b));
    case 'firstSeen': return records.sort((a, b) => (a.firstSeen - b.firstSeen) * sign || byId(a, b));
    case 'title': return records.sort((a, b) => collator.compare(a.title, b.title) * sign || byId(a, b));
    case 'salary': {
      const pay = (r: SavedPosting) => r.salaryAnnualMax ?? r.salaryAnnualMin;
      return records.sort((a, b) => {
        const pa = pay(a), pb = pay(b);
        if (pa === null || pb === null) return pa === pb ? byId(a, b) : pa === null ? 1 : -1;
        return (pa - pb) * sign || byId(a, b);
      });
    }
  }
}

/** Pure, in memory: filter then sort (a new array). */
export function filterPostings(records: readonly SavedPosting[], filter: PostingFilter, sort: PostingSort = DEFAULT_SORT): SavedPosting[] {
  return sortPostings(records.filter(makePredicate(filter)), sort);
}

type PostingCollection = ReturnType<JobLensDb['postings']['toCollection']>;

/**
 * The index that narrows the candidates most cheaply, or null for the whole
 * table. Equality on an exact value (signal, domain, a mark, board, a label)
 * first, then the lastSeen range. The candidates are read with getAll (no
 * cursor walk, no JS filter inside Dexie), then filtered and sorted in memory:
 * cursors are the slow path in every IndexedDB, fake or real.
 */
export function candidates(db: JobLensDb, filter: PostingFilter): PostingCollection | null {
  const t = db.postings;
  if (filter.signal) return t.where('signals').equals(filter.signal);
  if (filter.domain) return t.where('domains').equals(filter.domain);
  if (filter.starred === 'yes') return t.where('starred').equals(1);
  if (filter.applied === 'yes') return t.where('applied').equals(1);
  if (filter.hidden === 'only') return t.where('hidden').equals(1);
  if (filter.board) return t.where('board').equals(filter.board);
  if (filter.level) return t.where('level').equals(filter.level);
  if (filter.scope) return t.where('scope').equals(filter.scope);
  if (filter.work) return t.where('work').equals(filter.work);
  if (filter.seenFrom !== undefined || filter.seenTo !== undefined) {
    return t.where('lastSeen').between(filter.seenFrom ?? -Infinity, filter.seenTo ?? Infinity, true, true);
  }
  return null;
}

async function matching(db: JobLensDb, filter: PostingFilter): Promise<SavedPosting[]> {
  const c = candidates(db, filter);
  const rows = c ? await c.toArray() : await db.postings.toArray();
  return rows.filter(makePredicate(filter));
}

/** Index-backed query; the same result as filterPostings over the whole table. */
export async function queryPostings(db: JobLensDb, filter: PostingFilter, sort: PostingSort = DEFAULT_SORT): Promise<SavedPosting[]> {
  return sortPostings(await matching(db, filter), sort);
}

/** Number of matches. */
export async function countPostings(db: JobLensDb, filter: PostingFilter): Promise<number> {
  return (await matching(db, filter)).length;
}

/** Deletes every posting the filter matches, returning what was deleted (for undo). */
export async function deleteMatching(db: JobLensDb, filter: PostingFilter): Promise<SavedPosting[]> {
  return db.transaction('rw', db.postings, async () => {
    const rows = await matching(db, filter);
    await db.postings.bulkDelete(rows.map((r) => r.id).filter((id): id is number => id !== undefined));
    return rows;
  });
}

/** Puts deleted postings back; a URL saved again meanwhile keeps the newer copy. */
export async function restorePostings(db: JobLensDb, rows: readonly SavedPosting[]): Promise<number> {
  return db.transaction('rw', db.postings, async () => {
    const saved = rows.length > 100
      ? await db.postings.toArray() // one getAll beats an anyOf cursor over thousands of keys
      : await db.postings.where('url').anyOf(rows.map((r) => r.url)).toArray();
    const taken = new Set(saved.map((r) => r.url));
    const back = rows.filter((r) => !taken.has(r.url));
    await db.postings.bulkPut(back);
    return back.length;
  });
}

// ---- URL <-> filter (the popup's search box opens /history.html?q=…) ----

const TEXT_KEYS = ['work', 'scope', 'level', 'domain', 'signal', 'board'] as const;
const NUM_KEYS = ['salaryMin', 'salaryMax', 'seenFrom', 'seenTo'] as const;

export function filterFromParams(params: URLSearchParams): { filter: PostingFilter; sort: PostingSort } {
  const filter: PostingFilter = {};
  const q = params.get('q');
  if (q) filter.text = q.slice(0, 500);
  for (const k of TEXT_KEYS) { const v = params.get(k); if (v) filter[k] = v.slice(0, 200); }
  for (const k of NUM_KEYS) {
    const v = params.get(k);
    const n = v === null || v === '' ? NaN : Number(v);
    if (Number.isFinite(n)) filter[k] = n;
  }
  for (const k of ['starred', 'applied'] as const) {
    const v = params.get(k);
    if (v === 'yes' || v === 'no') filter[k] = v;
  }
  const h = params.get('hidden');
  if (h === 'include' || h === 'only') filter.hidden = h;
  const key = params.get('sort');
  const dir = params.get('dir');
  const sort: PostingSort = {
    key: (SORT_KEYS as readonly string[]).includes(key ?? '') ? key as SortKey : DEFAULT_SORT.key,
    dir: dir === 'asc' || dir === 'desc' ? dir : DEFAULT_SORT.dir,
  };
  return { filter, sort };
}

export function filterToParams(filter: PostingFilter, sort: PostingSort = DEFAULT_SORT): URLSearchParams {
  const p = new URLSearchParams();
  if (filter.text) p.set('q', filter.text);
  for (const k of TEXT_KEYS) { const v = filter[k]; if (v) p.set(k, v); }
  for (const k of NUM_KEYS) { const v = filter[k]; if (v !== undefined) p.set(k, String(v)); }
  if (filter.starred && filter.starred !== 'any') p.set('starred', filter.starred);
  if (filter.applied && filter.applied !== 'any') p.set('applied', filter.applied);
  if (filter.hidden && filter.hidden !== 'exclude') p.set('hidden', filter.hidden);
  if (sort.key !== DEFAULT_SORT.key) p.set('sort', sort.key);
  if (sort.dir !== DEFAULT_SORT.dir) p.set('dir', sort.dir);
  return p;
}

/** True when the filter selects everything that is not hidden (i.e. "no filter"). */
export function isEmptyFilter(filter: PostingFilter): boolean {
  return filterToParams(filter).toString() === '';
}
