// Badges on the job cards of a list page (LinkedIn, Indeed search results).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Badge } from '../../components/Badge';
import panelCss from '../../components/panel.css?inline';
import { classifyLevel } from '../../lib/classify/level';
import type { JobCard } from '../../lib/extract/cards';
import { type Labels, LookupReplySchema } from '../../lib/messages';
import type { LevelLabel } from '../../lib/model';

const TAG = 'ml-job-lens-badge';

/** The level a card's title alone makes clear, or null. */
export function levelFromTitle(title: string): LevelLabel | null {
  const result = classifyLevel({ title, description: '' }, null);
  return result.evidence.some((e) => e.field === 'title') ? result.label : null;
}

/** The saved labels of these URLs, or null when the background gave no usable answer. */
async function lookup(urls: string[]): Promise<Record<string, Labels> | null> {
  try {
    const reply = LookupReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'lookupUrls', urls }));
    return reply.success ? reply.data.labels : null;
  } catch {
    return null; // background asleep or reloading: asked again on the next change
  }
}

/** What this page already learned from the history, so a busy list page does not ask again on every change. */
const answered = new Map<string, Labels | null>();

/** Records a posting this tab has just saved, so its card shows it at once. */
export function rememberSaved(url: string, labels: Labels): void {
  answered.set(url, labels);
}

export async function badgeCards(cards: JobCard[]): Promise<void> {
  const unknown = [...new Set(cards.map((c) => c.url))].filter((url) => !answered.has(url)).slice(0, 500);
  if (unknown.length > 0) {
    const found = await lookup(unknown);
    if (found) for (const url of unknown) answered.set(url, found[url] ?? null);
  }
  for (const card of cards) {
    const labels = answered.get(card.url) ?? null;
    const level = levelFromTitle(card.title);
    if (!labels && !level) continue;
    let badge = Array.from(card.element.querySelectorAll<HTMLElement>(TAG)).find((b) => b.getAttribute('data-url') === card.url) as HTMLElement | undefined;
    for (const stale of Array.from(card.element.querySelectorAll<HTMLElement>(TAG))) if (stale !== badge) stale.remove();
    if (!badge) {
      badge = document.createElement(TAG);
      const shadow = badge.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = panelCss;
      shadow.append(style, document.createElement('span'));
      card.element.append(badge);
    }
    badge.dataset.url = card.url;
    badge.dataset.level = labels?.level ?? level ?? '';
    if (labels) { badge.dataset.work = labels.work; badge.dataset.scope = labels.scope; }
    const root = badge.shadowRoot?.lastElementChild;
    if (root) render(<Badge level={level} known={labels} />, root);
  }
}
