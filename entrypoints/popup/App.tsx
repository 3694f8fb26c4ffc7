// The popup: this tab's posting, what the history holds, and a way into it.
// Reads Dexie directly through liveQuery (it shares the extension's origin).
import { useEffect, useState } from 'preact/hooks';
import { BarChart } from '../../components/BarChart';
import { LabelBadge, labelName } from '../../components/LabelBadge';
import { SignalList } from '../../components/SignalList';
import { Sparkline } from '../../components/Sparkline';
import { useLive } from '../../components/use-live';
import type { JobLensDb } from '../../lib/db';
import { AXES, loadStats, type Axis } from '../../lib/stats';
import { readCachedCount, readCachedStats, writeCachedCount, writeCachedStats } from './stats-cache';
import type { CurrentResult, PopupTabs } from './tabs';

const AXIS_TITLES: Record<Axis, string> = { work: 'Work', scope: 'Scope', level: 'Level' };
const weekFmt = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

export function App({ db, tabs, now = Date.now() }: { db: JobLensDb; tabs: PopupTabs; now?: number }) {
  // The count and the recent list are single index reads and show at once; the
  // stats (a few dozen index counts) start only once the count is on screen, so
  // they do not queue in front of it (the cached figures show meanwhile).
  const count = useLive(() => db.postings.count(), [db]);
  const countShown = count.value !== undefined;
  const stats = useLive(() => (countShown ? loadStats(db, now, { weeks: 12, limit: 4 }) : undefined), [db, countShown]);
  const [cached] = useState(readCachedStats);
  const [cachedCount] = useState(readCachedCount);
  useEffect(() => { if (count.value !== undefined) writeCachedCount(count.value); }, [count.value]);
  useEffect(() => { if (stats.value) writeCachedStats(stats.value); }, [stats.value]);
  // A plain index range with a limit (no Dexie filter, which walks a cursor record by record).
  const recent = useLive(async () => (await db.postings.orderBy('lastSeen').reverse().limit(24).toArray())
    .filter((p) => p.hidden !== 1).slice(0, 8), [db]);
  const [current, setCurrent] = useState<CurrentResult | 'loading'>('loading');
  const [analyzing, setAnalyzing] = useState(false);
  const [query, setQuery] = useState('');

  useEffect(() => {
    let live = true;
    void tabs.getCurrent().then((r) => { if (live) setCurrent(r); });
    return () => { live = false; };
  }, [tabs]);

  const analyze = async () => {
    setAnalyzing(true);
    setCurrent(await tabs.analyzePage());
    setAnalyzing(false);
  };

  const s = stats.value ?? cached;
  return (
    <main class="popup">
      <header>
        <h1>ML Job Lens</h1>
        <p>
          {/* The last known total shows at once; data-live tells when the live count replaced it. */}
          <span data-testid="saved-count" data-live={count.value !== undefined ? 'true' : 'false'} aria-describedby="saved-label">
            {count.value ?? cachedCount ?? cached?.total ?? '…'}
          </span>{' '}
          <span id="saved-label">postings saved</span>
        </p>
      </header>

      <section data-testid="current" aria-label="This page" aria-live="polite" class="current">
        {current === 'loading' ? <p class="muted">Looking at this page…</p>
          : current.kind === 'posting' ? (
            <div>
              <h2 class="current-title">{current.analysis.posting.title}</h2>
              {current.analysis.posting.company ? <p class="muted">{current.analysis.posting.company}</p> : null}
              <p class="badges">
                <LabelBadge axis="work" label={current.analysis.classification.work.label} confidence={current.analysis.classification.work.confidence} />{' '}
                <LabelBadge axis="scope" label={current.analysis.classification.scope.label} confidence={current.analysis.classification.scope.confidence} />{' '}
                <LabelBadge axis="level" label={current.analysis.classification.level.label} confidence={current.analysis.classification.level.confidence} />
              </p>
            </div>
          ) : (
            <div>
              <p class={current.kind === 'error' ? 'error' : 'muted'} role={current.kind === 'error' ? 'alert' : undefined}>
                {current.kind === 'error' ? current.message : current.reason}
              </p>
              <button type="button" class="primary" disabled={analyzing} onClick={() => void analyze()}>
                {analyzing ? 'Analysing…' : 'Analyze this page'}
              </button>
            </div>
          )}
      </section>

      <form
        role="search"
        class="search"
        onSubmit={(e) => { e.preventDefault(); void tabs.openHistory(query.trim()); }}
      >
        <label for="popup-search" class="sr-only">Search saved postings</label>
        <input id="popup-search" type="search" placeholder="Search saved postings" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        <button type="submit">Search</button>
      </form>

      {stats.error ? <p class="error" role="alert">Could not read the history: {String(stats.error)}</p> : null}
      {s && s.total > 0 && count.value !== 0 ? (
        <section aria-label="What you have seen" class="stats">
          <div class="charts">
            {(Object.keys(AXES) as Axis[]).map((axis) => (
              <BarChart
                key={axis}
                title={AXIS_TITLES[axis]}
                width={330}
                labelWidth={120}
                bars={AXES[axis].map((label) => ({ key: label, label: labelName(axis, label), count: (s.labels[axis] as Record<string, number>)[label] ?? 0 }))}
              />
            ))}
          </div>
          <div class="signals-row">
            <SignalList title="Top rising signals" signals={s.rising} empty="None yet." />
            <SignalList title="Top declining signals" signals={s.declining} empty="None yet." />
          </div>
          <figure class="weeks">
            <figcaption>New postings per week (last 12 weeks)</figcaption>
            <Sparkline title="New postings per week" width={300} points={s.perWeek.map((w) => ({ label: weekFmt.format(new Date(w.weekStart)), value: w.count }))} />
          </figure>
        </section>
      ) : count.value === 0 ? <p class="muted">Nothing saved yet: open a job posting on a supported board.</p> : null}

      {recent.value && recent.value.length > 0 ? (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">Recently seen</h2>
          <ul data-testid="recent" class="recent">
            {recent.value.map((p) => (
              <li key={p.id} data-url={p.url} data-work={p.work} data-scope={p.scope} data-level={p.level}>
                <span class="recent-title">{p.title}</span>
                {p.company ? <span class="muted"> — {p.company}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav class="links" aria-label="More">
        <a href={tabs.historyUrl()} target="_blank" rel="noopener">Open history</a>
        <a href={tabs.historyUrl(undefined, 'export')} target="_blank" rel="noopener">Export…</a>
        <a href={tabs.sourcesUrl()} target="_blank" rel="noopener">Sources</a>
      </nav>
    </main>
  );
}
