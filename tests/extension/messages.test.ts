// @vitest-environment happy-dom
// Messages across the extension's contexts: every message is validated (zod) and
// unknown senders are ignored — in the background (handleMessage) and in the
// content script (startPageWatch's listener); a malformed or missing reply from
// the background never breaks the content script's panel or save path.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, isTrustedSender } from '../../entrypoints/background/handlers';
import { startPageWatch } from '../../entrypoints/content/page-watch';
import { openDb } from '../../lib/db';
import { analyzePosting } from '../../lib/pipeline';

const EXT = fakeBrowser.runtime.id;
const FIXTURE_URL = 'https://job-boards.greenhouse.io/acmerobotics/jobs/7000001';
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/jsonld-posting.html'), 'utf8');
let n = 0;

const sample = () => analyzePosting({
  url: 'https://jobs.lever.co/acme/0b9c5a2e-1111-2222-3333-444455556666', board: 'lever', title: 'Machine Learning Engineer',
  company: 'Acme', location: 'Remote', description: 'Train and evaluate models. 3+ years of Python.', salaryText: null, datePosted: null,
});

describe('background: unexpected senders and messages are ignored', () => {
  const senders: Array<[string, { id?: string; url?: string; tab?: { id?: number } }]> = [
    ['no id (a web page via externally_connectable)', { url: 'https://evil.example/' }],
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['an id that only looks like ours', { id: `${EXT} ` }],
    ['an empty id', { id: '' }],
    ['our id in other case', { id: EXT.toUpperCase() }],
  ];
  it.each(senders)('%s: no reply, nothing stored', async (_name, sender) => {
    const db = openDb(`mljl-messages-${++n}`);
    expect(isTrustedSender(sender, EXT)).toBe(false);
    expect(await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, sender, EXT)).toBeUndefined();
    expect(await handleMessage(db, { type: 'lookupUrls', urls: [sample().posting.url] }, sender, EXT)).toBeUndefined();
    expect(await db.postings.count()).toBe(0);
    db.close();
  });

  const malformed: Array<[string, unknown]> = [
    ['undefined', undefined], ['null', null], ['a string', 'saveAnalysis'], ['a number', 42], ['an array', [{ type: 'saveAnalysis' }]],
    ['no type', { analysis: {} }], ['unknown type', { type: 'deleteEverything' }], ['type of the wrong case', { type: 'SaveAnalysis', analysis: {} }],
    ['constructor as type', { type: 'constructor' }], ['__proto__ as type', { type: '__proto__' }],
    ['analysis missing', { type: 'saveAnalysis' }], ['analysis of the wrong shape', { type: 'saveAnalysis', analysis: { posting: 'x' } }],
    ['a label outside the enum', { type: 'saveAnalysis', analysis: { ...sample(), classification: { ...sample().classification, work: { label: 'pwned', confidence: 1, evidence: [] } } } }],
    ['a negative offset', { type: 'saveAnalysis', analysis: { ...sample(), classification: { ...sample().classification, work: { label: 'ops', confidence: 0.5, evidence: [{ text: 'x', start: -1, end: 0, field: 'description' }] } } } }],
    ['a title over its limit', { type: 'saveAnalysis', analysis: { ...sample(), posting: { ...sample().posting, title: 'x'.repeat(1001) } } }],
    ['too many URLs', { type: 'lookupUrls', urls: Array.from({ length: 501 }, (_, i) => `https://jobs.lever.co/a/${i}`) }],
    ['a URL that is not a string', { type: 'lookupUrls', urls: [{ toString: () => 'x' }] }],
    ['getCurrent (meant for content scripts)', { type: 'getCurrent' }],
    ['analyzePage (meant for content scripts)', { type: 'analyzePage' }],
  ];
  it.each(malformed)('%s: no reply, nothing stored', async (_name, message) => {
    const db = openDb(`mljl-messages-${++n}`);
    expect(await handleMessage(db, message, { id: EXT, tab: { id: 1 } }, EXT)).toBeUndefined();
    expect(await db.postings.count()).toBe(0);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    db.close();
  });

  it('a valid message carrying a __proto__ key is answered without polluting anything', async () => {
    const db = openDb(`mljl-messages-${++n}`);
    const message: unknown = JSON.parse('{"type":"lookupUrls","urls":["https://jobs.lever.co/a/1"],"__proto__":{"polluted":true}}');
    expect(await handleMessage(db, message, { id: EXT }, EXT)).toEqual({ labels: {} });
    const poisoned: unknown = JSON.parse('{"type":"saveAnalysis","analysis":{"__proto__":{"polluted":true}}}');
    expect(await handleMessage(db, poisoned, { id: EXT }, EXT)).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(await db.postings.count()).toBe(0);
    db.close();
  });

  it('the same messages from our own context do get answers (the cases above are not ignored by accident)', async () => {
    const db = openDb(`mljl-messages-${++n}`);
    expect(await handleMessage(db, { type: 'saveAnalysis', analysis: sample() }, { id: EXT }, EXT)).toMatchObject({ ok: true });
    expect(await handleMessage(db, { type: 'lookupUrls', urls: [sample().posting.url] }, { id: EXT }, EXT)).toMatchObject({ labels: { [sample().posting.url]: {} } });
    db.close();
  });
});

describe('content script: replies and senders', () => {
  let ctx: ContentScriptContext;
  let replies: Record<string, unknown>;
  let thrown: string[];

  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(FIXTURE_URL);
    const doc = new DOMParser().parseFromString(FIXTURE, 'text/html');
    document.head.replaceChildren(...Array.from(doc.head.childNodes).map((node) => document.importNode(node, true)));
    document.body.replaceChildren(...Array.from(doc.body.childNodes).map((node) => document.importNode(node, true)));
    delete (globalThis as { __mlJobLens?: boolean }).__mlJobLens;
    replies = {};
    thrown = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
      const reply = replies[message.type];
      if (reply instanceof Error) throw reply;
      return reply;
    }) as never);
    ctx = new ContentScriptContext('content');
    const onError = (e: ErrorEvent) => thrown.push(String(e.error ?? e.message));
    window.addEventListener('error', onError);
    ctx.onInvalidated(() => window.removeEventListener('error', onError));
  });
  afterEach(() => {
    ctx.abort();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  /** The panel's text once it shows a save outcome (saved or a problem). */
  async function panelOutcome(): Promise<string> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const text = document.querySelector('ml-job-lens')?.shadowRoot?.textContent ?? '';
      if (/Saved · seen|Not saved/.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`no save outcome in the panel; it shows: ${JSON.stringify(text.slice(0, 200))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const MALFORMED_REPLIES: Array<[string, unknown]> = [
    ['undefined (no listener answered)', undefined],
    ['null', null],
    ['ok:true without counts', { ok: true }],
    ['ok as a string', { ok: 'true', created: true, timesSeen: 1, firstSeen: 0 }],
    ['an error that is not a string', { ok: false, error: { html: '<img src=x onerror=alert(1)>' } }],
    ['a thrown error (background gone)', new Error('Could not establish connection. Receiving end does not exist.')],
    ['a huge string', 'x'.repeat(100_000)],
  ];
  it.each(MALFORMED_REPLIES)('a malformed save reply (%s) shows a problem in the panel, never a crash', async (_name, reply) => {
    replies = { saveAnalysis: reply, lookupUrls: reply };
    startPageWatch(ctx, fakeBrowser as never);
    const text = await panelOutcome();
    expect(text).toMatch(/Not saved/);
    expect(text).not.toMatch(/Saved · seen/);
    expect(document.querySelectorAll('ml-job-lens')).toHaveLength(1);
    expect(thrown).toEqual([]);
  });

  it('a well-formed reply shows the sighting (the test above can tell the two apart)', async () => {
    replies = { saveAnalysis: { ok: true, created: true, timesSeen: 3, firstSeen: Date.UTC(2026, 0, 2) }, lookupUrls: { labels: {} } };
    startPageWatch(ctx, fakeBrowser as never);
    expect(await panelOutcome()).toMatch(/Saved · seen 3 times/);
  });

  it('answers getCurrent only from our own extension, and ignores malformed requests', async () => {
    replies = { saveAnalysis: { ok: true, created: true, timesSeen: 1, firstSeen: 0 }, lookupUrls: { labels: {} } };
    startPageWatch(ctx, fakeBrowser as never);
    await panelOutcome();
    const ask = async (message: unknown, sender: { id?: string }) => {
      const sendResponse = vi.fn();
      const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, sendResponse);
      return { sendResponse, results };
    };
    for (const sender of [{}, { id: 'another-extension' }, { id: '' }]) {
      const { sendResponse, results } = await ask({ type: 'getCurrent' }, sender);
      expect(sendResponse).not.toHaveBeenCalled();
      expect(results.every((r) => r === undefined)).toBe(true);
    }
    for (const message of [null, 'getCurrent', { type: 'getcurrent' }, { type: 'saveAnalysis', analysis: {} }, { type: 'lookupUrls', urls: 'x' }]) {
      const { sendResponse } = await ask(message, { id: EXT });
      expect(sendResponse).not.toHaveBeenCalled();
    }
    const { sendResponse } = await ask({ type: 'getCurrent' }, { id: EXT });
    expect(sendResponse).toHaveBeenCalledTimes(1);
    expect(sendResponse.mock.calls[0]![0]).toMatchObject({ analysis: { posting: { url: FIXTURE_URL } } });
  });
});
