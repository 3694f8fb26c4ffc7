// Debian's Chromium with the built MV3 extension, driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Driver, PageHandle, ServedResponse } from './driver';
import { asResponse, watchForAnnotation } from './driver';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** A fresh profile with the built extension loaded; also used by the benchmarks. */
export async function launchChromiumContext(extensionDir: string, options: { viewport?: { width: number; height: number } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'mljl-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    ...options,
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  const close = async () => { await ctx.close(); rmSync(profile, { recursive: true, force: true }); };
  return { ctx, extensionId, close };
}

export async function launchChromium(extensionDir: string): Promise<Driver> {
  const { ctx, extensionId, close } = await launchChromiumContext(extensionDir);
  let served: Record<string, string | ServedResponse> = {};
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const response = asResponse(served[url]);
    return response === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', ...response });
  });
  await ctx.addInitScript(watchForAnnotation);
  const messages: string[] = [];
  ctx.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()} @ ${msg.location().url}`));
  ctx.on('weberror', (error) => messages.push(`pageerror: ${error.error().message}`));
  const wrap = (page: import('playwright-core').Page): PageHandle => ({
    goto: async (url) => { await page.goto(url, { waitUntil: 'domcontentloaded' }); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    serve(pages) { served = pages; },
    consoleMessages: () => [...messages],
    newPage: async () => wrap(await ctx.newPage()),
    async openExtensionPage(path) {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    close,
  };
}
