// The history page: every saved posting, searchable, filterable, sortable, in a
// virtualised list; marks, notes, deletes with undo, re-classification, export
// and import. Page text is rendered as text only.
import { CLASSIFIER_VERSION } from '../../lib/classify/version';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Confirm, type ConfirmProps } from '../../components/Confirm';
import { labelName } from '../../components/LabelBadge';
import { PostingRow, type Mark } from '../../components/PostingRow';
import { useLive } from '../../components/use-live';
import { VirtualList } from '../../components/VirtualList';
import type { JobLensDb, SavedPosting } from '../../lib/db';
import { csvChunks, EXPORT_MIME, exportFileName, jsonChunks } from '../../lib/export';
import { importExport, MAX_IMPORT_BYTES, type ImportOutcome } from '../../lib/import';
import {
  deleteMatching, filterFromParams, filterPostings, filterToParams, isEmptyFilter, restorePostings,
  SORT_KEYS, type MarkFilter, type PostingFilter, type PostingSort, type SortKey,
} from '../../lib/query';
import { AXES, type Axis } from '../../lib/stats';
import { reclassifyAll } from './reclassify';

const ROW_HEIGHT = 60;
const CHUNK = 500;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

interface Busy { label: string; done: number; total: number }
interface Undo { rows: SavedPosting[]; label: string }

const SORT_NAMES: Record<SortKey, string> = { lastSeen: 'Last seen', firstSeen: 'First seen', title: 'Title', salary: 'Salary' };
const AXIS_TITLES: Record<Axis, string> = { work: 'Work', scope: 'Scope', level: 'Level' };

/** yyyy-mm-dd (local) ↔ epoch ms at the start / end of that day. */
const dayStart = (v: string) => (v ? new Date(`${v}T00:00:00`).getTime() : NaN);
const dayEnd = (v: string) => (v ? new Date(`${v}T23:59:59.999`).getTime() : NaN);
const toDay = (ms: number | undefined) => {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const num = (v: string): number | undefined => (v.trim() === '' || !Number.isFinite(Number(v)) ? undefined : Number(v));

function download(parts: BlobPart[], format: 'csv' | 'json'): void {
  const url = URL.createObjectURL(new Blob(parts, { type: EXPORT_MIME[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(format);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function App({ db, initialSearch = '', initialHash = '' }: { db: JobLensDb; initialSearch?: string; initialHash?: string }) {
  const initial = useMemo(() => {
    const params = new URLSearchParams(initialSearch);
    const parsed = filterFromParams(params);
    const id = Number(params.get('id'));
    const focusId = Number.isInteger(id) && id > 0 ? id : null;
    // A posting opened from the context menu is shown even if hidden.
    if (focusId !== null) parsed.filter.hidden = 'include';
    return { ...parsed, focusId };
  }, []);
  const [filter, setFilter] = useState<PostingFilter>(initial.filter);
  const [sort, setSort] = useState<PostingSort>(initial.sort);
  const [text, setText] = useState(initial.filter.text ?? '');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set(initial.focusId ? [initial.focusId] : []));
  const [busy, setBusy] = useState<Busy | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirm, setConfirm] = useState<Omit<ConfirmProps, 'onCancel'> | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [report, setReport] = useState<ImportOutcome | null>(null);
  // Marks show at once; the live re-read of the table confirms them a moment later.
  const [pending, setPending] = useState<ReadonlyMap<number, Partial<Pick<SavedPosting, Mark>>>>(new Map());
  const searchRef = useRef<HTMLInputElement>(null);
  const exportRef = useRef<HTMLHeadingElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Typing settles for a moment before the query runs.
  useEffect(() => {
    const t = setTimeout(() => setFilter((f) => (f.text === (text || undefined) ? f : { ...f, text: text || undefined })), 50);
    return () => clearTimeout(t);
  }, [text]);

  // The URL mirrors the filter, so a reload or a bookmark keeps it.
  useEffect(() => {
    const qs = filterToParams(filter, sort).toString();
    try { history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`); } catch { /* not in a page */ }
  }, [filter, sort]);

  useEffect(() => {
    if (initialHash === '#export') exportRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key === '/' && !t?.closest('input, textarea, select')) { e.preventDefault(); searchRef.current?.focus(); }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // The whole history is read once and kept live (Dexie 4 patches the cached
  // result on local writes); filtering and sorting 10,000 postings in memory
  // takes a few milliseconds, so typing stays smooth.
  // Subscribed first, so its short read is not queued behind the big one.
  const preview = useLive(() => db.postings.orderBy('lastSeen').reverse().limit(40).toArray(), [db]);
  const everything = useLive(() => db.postings.toArray(), [db]);
  const results = useMemo(() => ({
    value: everything.value ? filterPostings(everything.value, filter, sort) : undefined,
    error: everything.error,
  }), [everything.value, everything.error, filter, sort]);
  // Reading 10,000 postings takes a moment; meanwhile the newest ones show (one
  // short index read) when no filter or other order is asked for.
  const loaded = everything.value !== undefined;
  useEffect(() => setPending((prev) => (prev.size ? new Map() : prev)), [everything.value]);
  const showPreview = !loaded && isEmptyFilter(filter) && sort.key === 'lastSeen' && sort.dir === 'desc';
  const total = { value: everything.value?.length };
  const facets = useMemo(() => {
    const boards = new Set<string>();
    const domains = new Set<string>();
    const signals = new Set<string>();
    for (const r of everything.value ?? []) {
      boards.add(r.board);
      for (const d of r.domains) domains.add(d);
      for (const x of r.signals) signals.add(x);
    }
    const sorted = (xs: Set<string>) => [...xs].sort();
    return { value: { boards: sorted(boards), domains: sorted(domains), signals: sorted(signals) } };
  }, [everything.value]);

  // Postings labelled by an older version of the rules, to offer a re-classification.
  const outdated = useMemo(() => (everything.value ?? [])
    .filter((r) => r.classification.classifierVersion !== CLASSIFIER_VERSION).length, [everything.value]);

  const rows = results.value ?? (showPreview ? (preview.value ?? []).filter((r) => r.hidden === 0) : []);
  const set = (patch: Partial<PostingFilter>) => setFilter((f) => {
    const next = { ...f, ...patch };
    for (const k of Object.keys(next) as (keyof PostingFilter)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    return next;
  });

  const run = async (label: string, job: () => Promise<string | void>) => {
    setError('');
    setBusy({ label, done: 0, total: 0 });
    try {
      const msg = await job();
      if (msg) setStatus(msg);
    } catch (e) {
      setError(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const exportRows = (format: 'csv' | 'json', scope: 'filtered' | 'all') => run(`Exporting ${format.toUpperCase()}`, async () => {
    const records = scope === 'all' ? await db.postings.toArray() : rows;
    const chunks = format === 'csv' ? csvChunks(records, CHUNK) : jsonChunks(records, new Date(), CHUNK);
    const parts: string[] = [];
    let done = 0;
    for (const part of chunks) {
      parts.push(part);
      if (parts.length > 1) done = Math.min(records.length, done + CHUNK);
      setBusy({ label: `Exporting ${format.toUpperCase()}`, done, total: records.length });
      await tick();
    }
    download(parts, format);
    const bytes = parts.reduce((n, p) => n + p.length, 0);
    if (format === 'json' && bytes > MAX_IMPORT_BYTES) {
      return `Exported ${records.length} postings as ${exportFileName(format)}. Note: this file is over the ${(MAX_IMPORT_BYTES / 1024 / 1024).toFixed(0)} MB import limit; export by filter (e.g. a date range) to get files you can import again.`;
    }
    return `Exported ${records.length} posting${records.length === 1 ? '' : 's'} as ${exportFileName(format)}.`;
  });

  const onImport = (file: File) => run('Import', async () => {
    setReport(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setReport({ ok: false, error: `The file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); the limit is ${(MAX_IMPORT_BYTES / 1024 / 1024).toFixed(0)} MB. Nothing was imported.` });
      return;
    }
    const content = await file.text();
    const outcome = await importExport(db, content, file.size);
    setReport(outcome);
    return outcome.ok ? `Import: ${outcome.added.length} added, ${outcome.updated.length} updated, ${outcome.rejected.length} rejected.` : 'Import failed; nothing changed.';
  });

  const ask = (message: string, confirmLabel: string, action: () => void) =>
    setConfirm({ message, confirmLabel, onConfirm: () => { setConfirm(null); action(); } });

  const deleteOne = (p: SavedPosting) => ask(`Delete “${p.title}”?`, 'Delete', () => void run('Delete', async () => {
    if (p.id === undefined) return;
    await db.postings.delete(p.id);
    setUndo({ rows: [p], label: `Deleted “${p.title}”.` });
    return `Deleted “${p.title}”.`;
  }));

  const deleteFiltered = () => ask(`Delete the ${rows.length} posting${rows.length === 1 ? '' : 's'} matching this filter?`, 'Delete matching', () => void run('Delete', async () => {
    const gone = await deleteMatching(db, filter);
    setUndo({ rows: gone, label: `Deleted ${gone.length} postings.` });
    return `Deleted ${gone.length} postings.`;
  }));

  const deleteAll = () => ask(`Delete all ${total.value ?? ''} saved postings? You can undo this until you close the page.`, 'Delete everything', () => void run('Delete', async () => {
    const gone = await db.transaction('rw', db.postings, async () => {
      const all = await db.postings.toArray();
      await db.postings.clear();
      return all;
    });
    setUndo({ rows: gone, label: `Deleted all ${gone.length} postings.` });
    return `Deleted all ${gone.length} postings.`;
  }));

  const undoDelete = () => { if (undo) void run('Undo', async () => {
    const back = await restorePostings(db, undo.rows);
    setUndo(null);
    const skipped = undo.rows.length - back;
    return `Restored ${back} posting${back === 1 ? '' : 's'}${skipped ? ` (${skipped} had been saved again meanwhile)` : ''}.`;
  }); };

  const reclassifyEverything = () => ask('Re-classify every saved posting from its stored text with the current rules? Marks and notes are kept.', 'Re-classify', () => void run('Re-classify', async () => {
    const { done, failed } = await reclassifyAll(db, (d, t) => setBusy({ label: 'Re-classifying', done: d, total: t }));
    return `Re-classified ${done} postings${failed ? `; ${failed} could not be classified` : ''}.`;
  }));

  const mark = (p: SavedPosting, m: Mark, value: 0 | 1) => {
    if (p.id === undefined) return;
    const id = p.id;
    setPending((prev) => new Map(prev).set(id, { ...prev.get(id), [m]: value }));
    const change: Partial<Pick<SavedPosting, Mark>> = { [m]: value };
    void db.postings.update(p.id, change).catch((e: unknown) => setError(`Could not save: ${String(e)}`));
    if (m === 'hidden' && value === 1) setStatus(`Hidden “${p.title}”.`);
  };
  const saveNote = (p: SavedPosting, note: string) => {
    if (p.id === undefined) return;
    void db.postings.update(p.id, { note: note.slice(0, 10_000) }).then(() => setStatus('Note saved.'), (e: unknown) => setError(`Could not save the note: ${String(e)}`));
  };
  const toggle = (id: number | undefined) => {
    if (id === undefined) return;
    setExpanded((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  };

  const select = (id: string, label: string, value: string | undefined, options: readonly (readonly [string, string])[], onChange: (v: string) => void) => (
    <label for={id}>
      <span>{label}</span>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map(([v, name]) => <option key={v} value={v}>{name}</option>)}
      </select>
    </label>
  );
  const any = (xs: readonly string[] | undefined, name: (x: string) => string = (x) => x) => [['', 'Any'] as const, ...(xs ?? []).map((x) => [x, name(x)] as const)];
  const markOptions = [['any', 'Any'], ['yes', 'Yes'], ['no', 'No']] as const;

  return (
    <div class="history">
      <header class="top">
        <h1>ML Job Lens — History</h1>
        <p role="status" aria-live="polite" class="count">
          {results.value ? `${rows.length} of ${total.value ?? '…'} postings` : 'Loading all postings…'}
        </p>
      </header>

      <form class="filters" role="search" aria-label="Filter saved postings" onSubmit={(e) => e.preventDefault()}>
        <label for="q" class="grow">
          <span>Search</span>
          <input id="q" ref={searchRef} type="search" placeholder="Title, company, description — press / to focus" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        {(Object.keys(AXES) as Axis[]).map((axis) => select(`f-${axis}`, AXIS_TITLES[axis], filter[axis], any(AXES[axis], (l) => labelName(axis, l)), (v) => set({ [axis]: v || undefined })))}
        {select('f-domain', 'Domain', filter.domain, any(facets.value?.domains), (v) => set({ domain: v || undefined }))}
        {select('f-signal', 'Signal', filter.signal, any(facets.value?.signals), (v) => set({ signal: v || undefined }))}
        {select('f-board', 'Board', filter.board, any(facets.value?.boards), (v) => set({ board: v || undefined }))}
        <label for="f-smin"><span>Salary from</span>
          <input id="f-smin" type="number" min={0} step={1000} inputMode="numeric" value={filter.salaryMin ?? ''} onChange={(e) => set({ salaryMin: num(e.currentTarget.value) })} />
        </label>
        <label for="f-smax"><span>to</span>
          <input id="f-smax" type="number" min={0} step={1000} inputMode="numeric" value={filter.salaryMax ?? ''} onChange={(e) => set({ salaryMax: num(e.currentTarget.value) })} />
        </label>
        <label for="f-from"><span>Seen from</span>
          <input id="f-from" type="date" value={toDay(filter.seenFrom)} onChange={(e) => { const v = dayStart(e.currentTarget.value); set({ seenFrom: Number.isFinite(v) ? v : undefined }); }} />
        </label>
        <label for="f-to"><span>to</span>
          <input id="f-to" type="date" value={toDay(filter.seenTo)} onChange={(e) => { const v = dayEnd(e.currentTarget.value); set({ seenTo: Number.isFinite(v) ? v : undefined }); }} />
        </label>
        {select('f-starred', 'Starred', filter.starred ?? 'any', markOptions, (v) => set({ starred: v === 'any' ? undefined : v as MarkFilter }))}
        {select('f-applied', 'Applied', filter.applied ?? 'any', markOptions, (v) => set({ applied: v === 'any' ? undefined : v as MarkFilter }))}
        {select('f-hidden', 'Hidden', filter.hidden ?? 'exclude', [['exclude', 'Not shown'], ['include', 'Shown'], ['only', 'Only hidden']], (v) => set({ hidden: v === 'exclude' ? undefined : v as PostingFilter['hidden'] }))}
        {select('f-sort', 'Sort by', sort.key, SORT_KEYS.map((k) => [k, SORT_NAMES[k]] as const), (v) => setSort((s) => ({ ...s, key: v as SortKey })))}
        <button type="button" class="sort-dir" aria-label={`Sort direction: ${sort.dir === 'desc' ? 'descending' : 'ascending'}`} onClick={() => setSort((s) => ({ ...s, dir: s.dir === 'desc' ? 'asc' : 'desc' }))}>
          {sort.dir === 'desc' ? '↓ Desc' : '↑ Asc'}
        </button>
        <button type="button" disabled={isEmptyFilter(filter)} onClick={() => { setText(''); setFilter({}); }}>Clear filters</button>
      </form>

      <section class="toolbar" aria-labelledby="export-title">
        <h2 id="export-title" ref={exportRef} tabIndex={-1} class="sr-only">Export, import and maintenance</h2>
        <div class="group" role="group" aria-label="Export">
          <span class="muted">Export {isEmptyFilter(filter) ? 'shown' : 'filtered'} ({rows.length}):</span>
          <button type="button" disabled={!!busy || !loaded} onClick={() => void exportRows('csv', 'filtered')}>CSV</button>
          <button type="button" disabled={!!busy || !loaded} onClick={() => void exportRows('json', 'filtered')}>JSON</button>
          <span class="muted">All ({total.value ?? 0}):</span>
          <button type="button" disabled={!!busy} onClick={() => void exportRows('csv', 'all')}>CSV</button>
          <button type="button" disabled={!!busy} onClick={() => void exportRows('json', 'all')}>JSON</button>
        </div>
        <div class="group" role="group" aria-label="Import and maintenance">
          <label class="file-button">
            Import JSON…
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              class="sr-only"
              disabled={!!busy}
              onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void onImport(f); }}
            />
          </label>
          <button type="button" disabled={!!busy} onClick={reclassifyEverything}>Re-classify all</button>
          <button type="button" class="danger" disabled={!!busy || rows.length === 0 || isEmptyFilter(filter)} onClick={deleteFiltered}>Delete matching ({rows.length})</button>
          <button type="button" class="danger" disabled={!!busy || !total.value} onClick={deleteAll}>Delete all</button>
        </div>
      </section>

      {busy ? (
        <div class="busy" role="status" aria-live="polite">
          <span>{busy.label}…</span>
          {busy.total > 0 ? <progress max={busy.total} value={busy.done} aria-label={busy.label}>{busy.done}/{busy.total}</progress> : null}
          {busy.total > 0 ? <span class="muted">{busy.done} / {busy.total}</span> : null}
        </div>
      ) : null}
      <div class="messages">
        {status ? <p role="status" class="status">{status}</p> : null}
        {undo ? <button type="button" onClick={undoDelete} disabled={!!busy}>Undo: {undo.label}</button> : null}
        {outdated > 0 && !busy ? (
          <p role="status" class="status outdated">
            {outdated} saved {outdated === 1 ? 'posting was' : 'postings were'} labelled by an older version of the rules.{' '}
            <button type="button" onClick={reclassifyEverything}>Re-classify now</button>
          </p>
        ) : null}
        {error || results.error ? <p role="alert" class="error">{error || `Could not read the history: ${String(results.error)}`}</p> : null}
      </div>
      {report ? <ImportReportView report={report} onClose={() => setReport(null)} /> : null}

      {results.value && rows.length === 0 ? (
        <p class="empty muted">{total.value ? 'No saved posting matches these filters.' : 'Nothing saved yet: open a job posting on a supported board.'}</p>
      ) : null}
      <VirtualList
        items={rows}
        itemKey={(p) => p.id ?? p.url}
        rowHeight={ROW_HEIGHT}
        label="Saved postings"
        focusKey={initial.focusId}
        onActivate={(p) => toggle(p.id)}
        renderRow={(p) => (
          <PostingRow
            posting={p.id !== undefined && pending.has(p.id) ? { ...p, ...pending.get(p.id) } : p}
            expanded={p.id !== undefined && expanded.has(p.id)}
            onToggle={() => toggle(p.id)}
            onMark={(m, v) => mark(p, m, v)}
            onNote={(n) => saveNote(p, n)}
            onDelete={() => deleteOne(p)}
          />
        )}
      />
      {confirm ? <Confirm {...confirm} onCancel={() => setConfirm(null)} /> : null}
    </div>
  );
}

function ImportReportView({ report, onClose }: { report: ImportOutcome; onClose: () => void }) {
  return (
    <section class="import-report" aria-label="Import report" role={report.ok ? 'status' : 'alert'}>
      {report.ok ? (
        <>
          <p>
            Import: {report.total} record{report.total === 1 ? '' : 's'} read — <strong>{report.added.length}</strong> added,{' '}
            <strong>{report.updated.length}</strong> updated, {report.unchanged.length} already up to date,{' '}
            <strong>{report.rejected.length}</strong> rejected.
          </p>
          {report.rejected.length > 0 ? (
            <details open={report.rejected.length <= 10}>
              <summary>Rejected records and why</summary>
              <ul>
                {report.rejected.slice(0, 200).map((r) => (
                  <li key={r.index}>
                    #{r.index + 1} {r.title ?? r.url ?? '(no title)'}: {r.reasons.join('; ')}
                  </li>
                ))}
                {report.rejected.length > 200 ? <li>… and {report.rejected.length - 200} more.</li> : null}
              </ul>
            </details>
          ) : null}
        </>
      ) : <p class="error">{report.error}</p>}
      <button type="button" onClick={onClose}>Dismiss</button>
    </section>
  );
}
