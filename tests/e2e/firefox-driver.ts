// Debian's firefox-esr with the built extension as a temporary add-on, driven
// by puppeteer-core over WebDriver BiDi (no geckodriver).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import type { Driver, PageHandle, ServedResponse } from './driver';
import { asResponse, watchForAnnotation } from './driver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox(extensionDir: string): Promise<Driver> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  await browser.installExtension(extensionDir);
  let served: Record<string, string | ServedResponse> = {};
  const messages: string[] = [];
  const listen = (page: Page) => {
    page.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()}`));
    page.on('pageerror', (error) => messages.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  };
  const wrap = (page: Page): PageHandle => ({
    goto: async (url) => { await page.goto(url, { waitUntil: 'domcontentloaded' }); },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    serve(pages) { served = pages; },
    consoleMessages: () => [...messages],
    async newPage() {
      const page = await browser.newPage();
      listen(page);
      await page.evaluateOnNewDocument(watchForAnnotation);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (!/^https?:/.test(url)) { void request.continue(); return; }
        const response = asResponse(served[url]);
        void (response === undefined ? request.abort() : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', ...response }));
      });
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      listen(page);
      // This navigation never resolves for moz-extension pages: do not await it, poll instead.
      void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
      return wrap(page);
    },
    async close() { await browser.close(); },
  };
}
