// Regenerates the README screenshot: the built extension annotating a posting in
// real Chromium. Run: npx tsx tests/e2e/screenshot.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium-driver';
import { corpusPage, FIXTURE_PAGE, OUTPUT } from './pages';

const page = corpusPage('greenhouse-1.html') ?? FIXTURE_PAGE;
const extension = join(OUTPUT, 'chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'mljl-shot-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true, viewport: { width: 1000, height: 900 },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
await ctx.route('**/*', (route) => {
  const url = route.request().url();
  if (!/^https?:/.test(url)) return route.continue();
  return url === page.url ? route.fulfill({ status: 200, contentType: 'text/html', body: page.body }) : route.abort();
});
const tab = await ctx.newPage();
await tab.goto(page.url);
const host = tab.locator('ml-job-lens');
await host.waitFor();
await tab.evaluate(() => {
  const root = document.querySelector('ml-job-lens')?.shadowRoot;
  root?.querySelectorAll('details').forEach((d, i) => { if (i < 3) d.open = true; });
});
await tab.waitForTimeout(200);
const box = await host.boundingBox();
await tab.screenshot({
  path: join(import.meta.dirname, 'screenshot.png'),
  clip: box ? { x: 0, y: Math.max(0, box.y - 120), width: 1000, height: Math.min(900, box.height + 160) } : undefined,
});
await ctx.close();
rmSync(profile, { recursive: true, force: true });
console.log('wrote tests/e2e/screenshot.png');
