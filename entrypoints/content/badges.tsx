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

async function lookup(urls: string[]): Promise<Record<string, Labels>> {
  if (urls.length === 0) return {};
  try {
    const reply = LookupReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'lookupUrls', urls }));
    return reply.success ? reply.data.labels : {};
  } catch {
    return {}; // background asleep or reloading: the cards simply stay unbadged this round
  }
}

export async function badgeCards(cards: JobCard[]): Promise<void> {
  const known = await lookup(cards.map((c) => c.url).slice(0, 500));
  for (const card of cards) {
    const labels = known[card.url] ?? null;
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
