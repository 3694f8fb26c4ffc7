// Benchmark (not a test): the popup and the history page with 10,000 realistic
// saved postings in real Chromium, with the built extension.
// Run: npm run build && npm run bench:history
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toJson } from '../../lib/export';
import { makePostings } from '../../lib/testing/postings';
import { launchChromiumContext } from './chromium-driver';
import { OUTPUT } from './pages';

const N = Number(process.env.MLJL_BENCH_N ?? 10_000);
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Loads `path` and returns ms from navigation start until `selector`'s text satisfies `expected`. */
async function firstRender(page: Page, url: string, selector: string, expected: string): Promise<number> {
  await page.goto(url);
  return page.waitForFunction(({ selector, expected }) => {
    const el = document.querySelector(selector);
    return el && (el.textContent ?? '').includes(expected) ? performance.now() : null;
  }, { selector, expected }, { polling: 'raf', timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>);
}

const dir = mkdtempSync(join(tmpdir(), 'mljl-bench-'));
const file = join(dir, 'ml-job-lens-bench.json');
writeFileSync(file, toJson(makePostings(N, 7)));
const mb = (statSync(file).size / 1024 / 1024).toFixed(1);

const { ctx, extensionId, close } = await launchChromiumContext(join(OUTPUT, 'chrome-mv3'), { viewport: { width: 1280, height: 900 } });
const base = `chrome-extension://${extensionId}`;
const results: [string, string][] = [];
try {
  const history = await ctx.newPage();
  await history.goto(`${base}/history.html`);
  await history.waitForSelector('input[type="file"]', { state: 'attached' });
  const t0 = Date.now();
  await history.setInputFiles('input[type="file"]', file);
  await history.waitForFunction(() => /Import: \d+ added/.test(document.body.textContent ?? ''), undefined, { timeout: 300_000, polling: 100 });
  results.push([`import ${N} postings (${mb} MB JSON)`, `${Date.now() - t0} ms`]);

  const popupTimes: number[] = [];
  const popupLive: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await ctx.newPage();
    popupTimes.push(await firstRender(popup, `${base}/popup.html`, '[data-testid="saved-count"]', String(N)));
    popupLive.push(await firstRender(popup, `${base}/popup.html`, '[data-testid="saved-count"][data-live="true"]', String(N)));
    await popup.close();
  }
  // The first open after the import has no cached figures: the first run is the cold case.
  results.push(['popup first render (count shown, cached after 1st open)', `${median(popupTimes).toFixed(0)} ms median of ${RUNS} (first open ${popupTimes[0]!.toFixed(0)} ms)`]);
  results.push(['popup live count from IndexedDB', `${median(popupLive).toFixed(0)} ms median of ${RUNS}`]);

  const firstRows: number[] = [];
  const allRows: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    firstRows.push(await firstRender(history, `${base}/history.html`, '.posting .title-text', ''));
    allRows.push(await history.waitForFunction((n) => new RegExp(`^\\d+ of ${n} postings`).test(document.querySelector('.count')?.textContent ?? '') ? performance.now() : null, N, { polling: 'raf', timeout: 60_000 }).then((h) => h.jsonValue() as Promise<number>));
  }
  results.push(['history first rows visible', `${median(firstRows).toFixed(0)} ms median of ${RUNS}`]);
  results.push([`history all ${N} loaded, filtered and counted`, `${median(allRows).toFixed(0)} ms median of ${RUNS}`]);

  // Filter response: from the input event to the updated count on screen.
  const filterTimes: number[] = [];
  for (const q of ['kubernetes', 'fraud', 'senior', 'pytorch', 'zzzz-no-match']) {
    filterTimes.push(await history.evaluate((query) => new Promise<number>((resolve) => {
      const input = document.querySelector<HTMLInputElement>('#q')!;
      const count = document.querySelector('.count')!;
      const before = count.textContent;
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // No named helpers in here: the bundler would wrap them in a helper the page lacks.
      new MutationObserver((_records, observer) => {
        if (count.textContent === before) return;
        observer.disconnect();
        resolve(performance.now() - start);
      }).observe(count, { childList: true, characterData: true, subtree: true });
    }), q));
  }
  results.push(['history filter (text search, incl. 50 ms typing pause)', `${median(filterTimes).toFixed(0)} ms median, ${Math.max(...filterTimes).toFixed(0)} ms max of ${filterTimes.length}`]);
  await history.evaluate(() => { const input = document.querySelector<HTMLInputElement>('#q')!; input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true })); });
  await history.waitForTimeout(500);

  // Filter response for an axis filter (no typing pause involved).
  const selectTimes: number[] = [];
  for (const [id, value] of [['#f-level', 'senior'], ['#f-work', 'ops'], ['#f-scope', 'specialist'], ['#f-level', ''], ['#f-work', ''], ['#f-scope', '']] as const) {
    selectTimes.push(await history.evaluate(({ id, value }) => new Promise<number>((resolve) => {
      const select = document.querySelector<HTMLSelectElement>(id)!;
      const count = document.querySelector('.count')!;
      const before = count.textContent;
      const start = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      select.dispatchEvent(new Event('input', { bubbles: true }));
      new MutationObserver((_records, observer) => {
        if (count.textContent === before) return;
        observer.disconnect();
        resolve(performance.now() - start);
      }).observe(count, { childList: true, characterData: true, subtree: true });
    }), { id, value }));
  }
  results.push(['history filter (axis select) response', `${median(selectTimes).toFixed(0)} ms median, ${Math.max(...selectTimes).toFixed(0)} ms max of ${selectTimes.length}`]);

  for (const format of ['CSV', 'JSON']) {
    const buttons = history.locator('[role="group"][aria-label="Export"] button', { hasText: format });
    const all = buttons.last(); // "Everything" comes after "shown/filtered"
    const start = Date.now();
    const [download] = await Promise.all([history.waitForEvent('download', { timeout: 120_000 }), all.click()]);
    const took = Date.now() - start;
    const path = await download.path();
    results.push([`export all ${N} as ${format}`, `${took} ms (${(statSync(path).size / 1024 / 1024).toFixed(1)} MB)`]);
  }
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
for (const [what, figure] of results) console.log(`${what.padEnd(48)} ${figure}`);
