import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import type { CurrentResult, PopupTabs } from '../../entrypoints/popup/tabs';
import { openDb, type JobLensDb } from '../../lib/db';
import type { Analysis } from '../../lib/model';
import { makePosting, makePostings, NOW } from '../../lib/testing/postings';
import { installDom, until } from './dom';

let n = 0;
let db: JobLensDb;
let root: HTMLElement;

function fakeTabs(current: CurrentResult, analyzed: CurrentResult = current): PopupTabs & { opened: string[]; analyzeCalls: number } {
  return {
    opened: [],
    analyzeCalls: 0,
    getCurrent: async () => current,
    async analyzePage() { this.analyzeCalls++; return analyzed; },
    sourcesUrl: () => 'chrome-extension://id/sources.html',
    historyUrl: (q, hash) => `chrome-extension://id/history.html${q ? `?q=${encodeURIComponent(q)}` : ''}${hash ? `#${hash}` : ''}`,
    async openHistory(q) { this.opened.push(q ?? ''); },
  };
}

function analysisOf(i: number): Analysis {
  const p = makePosting(i, { title: 'Staff <b>MLOps</b> Engineer', company: 'Acme' });
  return {
    posting: { url: p.url, board: p.board, title: p.title, company: p.company, location: p.location, description: p.description, salaryText: p.salaryText, datePosted: p.datePosted },
    fingerprint: p.fingerprint,
    classification: p.classification,
  };
}

beforeEach(async () => {
  const { document } = installDom();
  root = document.getElementById('app')!;
  db = openDb(`popup-test-${n++}`);
});
afterEach(async () => {
  render(null, root);
  await db.delete();
});

describe('popup', () => {
  test('saved count, recent list with data attributes, stats', async () => {
    const records = makePostings(12);
    records.forEach((r, i) => { r.lastSeen = NOW - i * 1000; r.hidden = 0; });
    await db.postings.bulkAdd([...records, makePosting(99, { lastSeen: NOW + 1, hidden: 1, title: 'Hidden one' })]);
    render(<App db={db} tabs={fakeTabs({ kind: 'none', reason: 'No job posting found on this page.' })} now={NOW} />, root);
    const count = await until(() => root.querySelector('[data-testid="saved-count"]')?.textContent === '13');
    expect(count).toBe(true);
    const items = await until(() => { const li = root.querySelectorAll('[data-testid="recent"] li'); return li.length ? li : null; });
    expect(items.length).toBe(8);
    const first = items[0] as HTMLElement;
    expect(first.getAttribute('data-url')).toBe(records[0]!.url);
    expect(first.getAttribute('data-work')).toBe(records[0]!.work);
    expect(first.getAttribute('data-scope')).toBe(records[0]!.scope);
    expect(first.getAttribute('data-level')).toBe(records[0]!.level);
    expect(first.textContent).toContain(records[0]!.title);
    expect(root.querySelector('[data-testid="recent"]')!.textContent).not.toContain('Hidden one');
    await until(() => root.querySelectorAll('svg[role="img"]').length >= 4);
  });

  test('the current posting is shown with its three labels, as text', async () => {
    const a = analysisOf(1);
    render(<App db={db} tabs={fakeTabs({ kind: 'posting', analysis: a })} now={NOW} />, root);
    const current = await until(() => (root.querySelector('[data-testid="current"] h2') ? root.querySelector('[data-testid="current"]') : null));
    expect(current.querySelector('h2')!.textContent).toBe('Staff <b>MLOps</b> Engineer');
    expect(current.querySelector('b')).toBeNull();
    expect(current.querySelectorAll('.label-badge')).toHaveLength(3);
    expect(current.textContent).toMatch(/\d+%/);
  });

  test('no posting: "Analyze this page" asks the tab, then shows the result', async () => {
    const tabs = fakeTabs({ kind: 'none', reason: 'This page has not been analysed.' }, { kind: 'posting', analysis: analysisOf(2) });
    render(<App db={db} tabs={tabs} now={NOW} />, root);
    const button = await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Analyze this page'));
    button.dispatchEvent(new window.Event('click', { bubbles: true }));
    await until(() => root.querySelector('[data-testid="current"] h2'));
    expect(tabs.analyzeCalls).toBe(1);
  });

  test('an error (e.g. a chrome:// page) is explained', async () => {
    const tabs = fakeTabs({ kind: 'none', reason: 'x' }, { kind: 'error', message: 'This page cannot be analysed: browsers do not let extensions read their own pages.' });
    render(<App db={db} tabs={tabs} now={NOW} />, root);
    const button = await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Analyze this page'));
    button.dispatchEvent(new window.Event('click', { bubbles: true }));
    const alert = await until(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/cannot be analysed/);
  });

  test('the search box opens the history page with the query', async () => {
    const tabs = fakeTabs({ kind: 'none', reason: 'x' });
    render(<App db={db} tabs={tabs} now={NOW} />, root);
    const input = await until(() => root.querySelector<HTMLInputElement>('input[type="search"]'));
    input.value = 'rag  ';
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    root.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await until(() => tabs.opened.length);
    expect(tabs.opened).toEqual(['rag']);
    const links = [...root.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['chrome-extension://id/history.html', 'chrome-extension://id/history.html#export', 'chrome-extension://id/sources.html']);
  });
});

describe('popup stats cache', () => {
  test('round trip, and junk is ignored', async () => {
    const { readCachedStats, writeCachedStats } = await import('../../entrypoints/popup/stats-cache');
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) };
    expect(readCachedStats(storage)).toBeNull();
    const stats = { total: 3, labels: { work: {}, scope: {}, level: {} }, rising: [], declining: [], perWeek: [] } as never;
    writeCachedStats(stats, storage);
    expect(readCachedStats(storage)).toEqual(stats);
    mem.set('mljl:popup-stats', '{"total":"x"}');
    expect(readCachedStats(storage)).toBeNull();
    mem.set('mljl:popup-stats', '{not json');
    expect(readCachedStats(storage)).toBeNull();
  });
});
