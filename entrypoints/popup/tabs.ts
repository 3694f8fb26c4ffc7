// What the popup asks of the browser, behind a small interface so App is testable.
import { browser } from 'wxt/browser';
import { CurrentReplySchema } from '../../lib/messages';
import type { Analysis } from '../../lib/model';

export type CurrentResult =
  | { kind: 'posting'; analysis: Analysis }
  | { kind: 'none'; reason: string }
  | { kind: 'error'; message: string };

export interface PopupTabs {
  /** Asks the active tab's content script for the posting it shows. */
  getCurrent(): Promise<CurrentResult>;
  /** Injects the content script if needed and asks it to analyse the page. */
  analyzePage(): Promise<CurrentResult>;
  openHistory(query?: string, hash?: string): Promise<void>;
  historyUrl(query?: string, hash?: string): string;
  /** The page listing the documents behind the trend signals. */
  sourcesUrl(): string;
}

function explain(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (/cannot access|cannot be scripted|chrome:\/\/|about:|extensions gallery|missing host permission|not allowed/i.test(msg)) {
    return 'This page cannot be analysed: browsers do not let extensions read their own pages, settings or web stores.';
  }
  return `Could not analyse this page (${msg}).`;
}

function toResult(reply: unknown): CurrentResult {
  const parsed = CurrentReplySchema.safeParse(reply);
  if (!parsed.success) return { kind: 'none', reason: 'The page gave no usable answer.' };
  return parsed.data.analysis
    ? { kind: 'posting', analysis: parsed.data.analysis }
    : { kind: 'none', reason: 'No job posting found on this page.' };
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function browserTabs(): PopupTabs {
  const historyUrl = (query?: string, hash?: string) => {
    const base = browser.runtime.getURL('/history.html');
    return `${base}${query ? `?q=${encodeURIComponent(query)}` : ''}${hash ? `#${hash}` : ''}`;
  };
  return {
    historyUrl,
    sourcesUrl: () => browser.runtime.getURL('/sources.html'),
    async getCurrent() {
      try {
        const tabId = await activeTabId();
        if (tabId === null) return { kind: 'none', reason: 'No active tab.' };
        return toResult(await browser.tabs.sendMessage(tabId, { type: 'getCurrent' }));
      } catch {
        // No content script in this tab: not a board we match, or a browser page.
        return { kind: 'none', reason: 'This page has not been analysed.' };
      }
    },
    async analyzePage() {
      try {
        const tabId = await activeTabId();
        if (tabId === null) return { kind: 'error', message: 'No active tab.' };
        try {
          await browser.tabs.sendMessage(tabId, { type: 'getCurrent' });
        } catch {
          await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
        }
        const result = toResult(await browser.tabs.sendMessage(tabId, { type: 'analyzePage' }));
        return result.kind === 'none' ? { kind: 'none', reason: 'No job posting found on this page.' } : result;
      } catch (e) {
        return { kind: 'error', message: explain(e) };
      }
    },
    async openHistory(query, hash) {
      await browser.tabs.create({ url: historyUrl(query, hash) });
      window.close();
    },
  };
}
