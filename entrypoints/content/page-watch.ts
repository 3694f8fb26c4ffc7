// Keeps the annotation in step with the page: analyse on load, on SPA navigation
// and when the posting's DOM is replaced; never show a previous posting's labels.
import type { WxtBrowser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findJobCards } from '../../lib/extract/cards';
import { type CurrentReply, parseRequest, SaveReplySchema } from '../../lib/messages';
import type { Analysis } from '../../lib/model';
import { analyze } from '../../lib/pipeline';
import { badgeCards, rememberSaved } from './badges';
import { type MountedPanel, mountPanel } from './panel-ui';

const SETTLE_MS = 250;
/** How long after an SPA navigation the previous posting's text still counts as stale DOM. */
const STALE_MS = 3000;

export function startPageWatch(ctx: ContentScriptContext, browser: WxtBrowser): void {
  let panel: MountedPanel | null = null;
  let current: Analysis | null = null;
  /** Set when the user asked to analyse a page we do not know. */
  let generic = false;
  let lastHref = location.href;
  /** The previous posting's text, until STALE_MS after a navigation. */
  let stale: { url: string; description: string; until: number } | null = null;
  let timer: number | undefined;
  let running: Promise<void> = Promise.resolve();

  const clear = () => { panel?.remove(); panel = null; current = null; };

  async function refresh(): Promise<void> {
    if (ctx.isInvalid) return;
    let analysis: Analysis | null = null;
    try {
      const pageUrl = new URL(location.href);
      analysis = analyze(document, pageUrl, { generic });
      const cards = findJobCards(document, pageUrl);
      if (cards.length > 0) await badgeCards(cards);
    } catch (error) {
      console.warn('ML Job Lens could not read this page:', error);
    }
    // After an SPA navigation the old posting's DOM can linger for a moment: the
    // same text under a new URL is the old posting, not the new one. (Text, not the
    // fingerprint: two openings with one title at one company share a fingerprint.)
    if (stale && Date.now() > stale.until) stale = null;
    // The same canonical URL is the same posting (only tracking parameters changed).
    if (analysis && stale && analysis.posting.url !== stale.url && analysis.posting.description === stale.description) analysis = null;
    if (!analysis) { clear(); return; }
    stale = null;
    if (current && current.posting.url === analysis.posting.url && current.fingerprint === analysis.fingerprint) return;
    clear();
    current = analysis;
    const mounted = await mountPanel(ctx, analysis);
    if (current !== analysis) { mounted.remove(); return; } // a newer posting won the race
    panel = mounted;
    await save(analysis, mounted);
  }

  async function save(analysis: Analysis, mounted: MountedPanel): Promise<void> {
    try {
      const reply = SaveReplySchema.parse(await browser.runtime.sendMessage({ type: 'saveAnalysis', analysis }));
      mounted.update(reply.ok ? { seen: reply, problem: null } : { problem: reply.error });
      if (reply.ok) {
        const { work, scope, level } = analysis.classification;
        rememberSaved(analysis.posting.url, { work: work.label, scope: scope.label, level: level.label });
      }
    } catch {
      mounted.update({ problem: 'Not saved: ML Job Lens was updated or reloaded. Reload this page to save it.' });
    }
  }

  /** Runs refreshes one after another, never two at once. */
  const enqueue = () => { running = running.then(refresh, refresh); return running; };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => { timer = undefined; void enqueue(); }, SETTLE_MS);
  };

  const onNavigate = (href = location.href) => {
    if (href === lastHref) return;
    lastHref = href;
    stale = current ? { url: current.posting.url, description: current.posting.description, until: Date.now() + STALE_MS } : null;
    clear(); // drop the previous posting's labels at once
    schedule();
  };

  // The Navigation API fires before location.href changes: use the event's URL.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => onNavigate(event.newUrl.href));
  ctx.addEventListener(window, 'popstate', () => onNavigate());
  // Where there is no Navigation API, WXT polls only once a second; look more often.
  ctx.setInterval(() => onNavigate(), 200);
  const observer = new MutationObserver((records) => {
    // Our own elements changing is no reason to look again.
    if (records.every(isOwnChange)) return;
    if (location.href !== lastHref) onNavigate(); else schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => { observer.disconnect(); clear(); });

  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: CurrentReply) => void) => {
    if (ctx.isInvalid || sender.id !== browser.runtime.id) return undefined;
    const request = parseRequest(message);
    if (request?.type === 'getCurrent') { sendResponse({ analysis: current }); return undefined; }
    if (request?.type === 'analyzePage') {
      generic = true;
      void enqueue().then(() => sendResponse({ analysis: current }));
      return true;
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  void enqueue();
}

const OURS = 'ml-job-lens, ml-job-lens-badge';

function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(OURS);
}

/** A mutation made by us: inside our elements, or adding/removing only them. */
function isOwnChange(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && n.matches(OURS));
}
