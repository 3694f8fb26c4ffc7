import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTabs } from '../../entrypoints/popup/tabs';
import { makePosting } from '../../lib/testing/postings';

const p = makePosting(1);
const analysis = {
  posting: { url: p.url, board: p.board, title: p.title, company: p.company, location: p.location, description: p.description, salaryText: p.salaryText, datePosted: p.datePosted },
  fingerprint: p.fingerprint,
  classification: p.classification,
};

/** The fake browser has no current window; the popup only needs the active tab's id. */
async function activeTab(): Promise<number> {
  const query = vi.fn(async () => [{ id: 42, active: true }]);
  fakeBrowser.tabs.query = query as never;
  return 42;
}

describe('popup ↔ tab', () => {
  test('getCurrent asks the active tab and validates the reply', async () => {
    const tabId = await activeTab();
    const send = vi.fn(async () => ({ analysis }));
    fakeBrowser.tabs.sendMessage = send as never;
    const r = await browserTabs().getCurrent();
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(tabId, { type: 'getCurrent' });
    expect(r.kind).toBe('posting');
  });

  test('a malformed reply is not trusted', async () => {
    await activeTab();
    fakeBrowser.tabs.sendMessage = (async () => ({ analysis: { posting: { title: 5 } } })) as never;
    expect((await browserTabs().getCurrent()).kind).toBe('none');
  });

  test('no content script → none (the popup offers "Analyze this page")', async () => {
    await activeTab();
    fakeBrowser.tabs.sendMessage = (async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); }) as never;
    expect(await browserTabs().getCurrent()).toEqual({ kind: 'none', reason: 'This page has not been analysed.' });
  });

  test('analyzePage injects the content script when absent, then asks for analyzePage', async () => {
    const tabId = await activeTab();
    let injected = false;
    const messages: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_id: number, msg: { type: string }) => {
      messages.push(msg);
      if (!injected) throw new Error('Receiving end does not exist.');
      return { analysis: msg.type === 'analyzePage' ? analysis : null };
    }) as never;
    const exec = vi.fn(async () => { injected = true; return []; });
    fakeBrowser.scripting.executeScript = exec as never;
    const r = await browserTabs().analyzePage();
    expect(exec).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
    expect(messages.at(-1)).toEqual({ type: 'analyzePage' });
    expect(r.kind).toBe('posting');
  });

  test('a page the browser protects gives a clear message', async () => {
    await activeTab();
    fakeBrowser.tabs.sendMessage = (async () => { throw new Error('Receiving end does not exist.'); }) as never;
    fakeBrowser.scripting.executeScript = (async () => { throw new Error('Cannot access a chrome:// URL'); }) as never;
    const r = await browserTabs().analyzePage();
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.message).toMatch(/cannot be analysed/);
  });
});
