// Job cards on list pages (LinkedIn and Indeed search results): where each card
// is, its title, company, and the canonical URL of the job it links to, so the
// content script can badge cards the user has already analysed.
import { adapterFor } from './boards';
import { isIndeed, isLinkedIn } from './canonical';
import { cleanInline } from './text';

export interface JobCard {
  element: Element;
  title: string;
  company: string | null;
  /** Canonical URL (lib/extract/canonical.ts) of the job the card shows. */
  url: string;
}

/** Cards past this many are ignored (a list page shows 10–60). */
const MAX_CARDS = 500;

function text(root: Element, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    const value = cleanInline(el?.textContent) || cleanInline(el?.getAttribute('title'));
    if (value) return value;
  }
  return null;
}

// LinkedIn ---------------------------------------------------------------------

const LINKEDIN_CARDS = [
  'ul.jobs-search__results-list > li', // linkedin-4, linkedin-6 (guest search)
  'div.job-search-card', // linkedin-4 (the card inside each li; alone in seeMoreJobPostings fragments)
  '.job-card-container', // tests/fixtures/boards/linkedin/logged-in-list (hand-made)
  'li.jobs-search-results__list-item', // logged-in-list (hand-made, outer item)
  'li[data-occludable-job-id]', // logged-in-list (hand-made, newer outer item)
  'li.job-result-card', // TODO [2027-01-01]: Drop — 2019–2021 guest search (unverified)
];
const LINKEDIN_TITLE = [
  '.base-search-card__title', // linkedin-4, linkedin-6
  '.job-card-list__title strong', // logged-in-list (hand-made; the link also holds a visually-hidden copy)
  '.job-card-list__title', // logged-in-list (hand-made)
  '.artdeco-entity-lockup__title strong', // unverified (public knowledge: 2025 logged-in card)
  'a.job-card-container__link', // logged-in-list (hand-made)
  '.result-card__title', // TODO [2027-01-01]: Drop — 2019–2021 guest search (unverified)
];
const LINKEDIN_COMPANY = [
  '.base-search-card__subtitle', // linkedin-4, linkedin-6
  '.job-card-container__primary-description', // TODO [2027-01-01]: Drop — 2023 logged-in card
  '.artdeco-entity-lockup__subtitle', // logged-in-list (hand-made)
  '.job-card-container__company-name', // TODO [2027-01-01]: Drop — 2022 logged-in card
  '.result-card__subtitle', // TODO [2027-01-01]: Drop — 2019–2021 guest search (unverified)
];

function linkedInJobId(card: Element): string | null {
  const holders = [card, ...Array.from(card.querySelectorAll('[data-job-id], [data-entity-urn], [data-occludable-job-id]'))];
  for (const el of holders) {
    const id = el.getAttribute('data-job-id') ?? el.getAttribute('data-occludable-job-id')
      ?? /jobPosting:(\d+)/.exec(el.getAttribute('data-entity-urn') ?? '')?.[1]
      ?? (el === card && el.classList.contains('job-result-card') ? el.getAttribute('data-id') : null);
    if (id && /^\d{5,}$/.test(id)) return id;
  }
  const href = card.querySelector('a[href*="/jobs/view/"]')?.getAttribute('href');
  return href ? /\/jobs\/view\/(?:[^/?]*-)?(\d{5,})/.exec(href)?.[1] ?? null : null;
}

function linkedInCards(doc: Document): JobCard[] {
  const seen = new Set<string>();
  const cards: JobCard[] = [];
  for (const selector of LINKEDIN_CARDS) {
    for (const element of Array.from(doc.querySelectorAll(selector))) {
      // A logged-in <li> wraps a .job-card-container: keep the outermost card only once.
      const id = linkedInJobId(element);
      const title = text(element, LINKEDIN_TITLE);
      if (!id || !title || seen.has(id)) continue;
      seen.add(id);
      cards.push({ element, title, company: text(element, LINKEDIN_COMPANY), url: `https://www.linkedin.com/jobs/view/${id}/` });
    }
  }
  return cards;
}

// Indeed -----------------------------------------------------------------------

/** The card around an element carrying data-jk, from the most to the least specific layout. */
const INDEED_CARD_CONTAINERS = [
  'div.job_seen_beacon', // tests/fixtures/boards/indeed/list-2024 (hand-made)
  '.jobsearch-SerpJobCard', // indeed-2 (2018)
  '.result', // indeed-2 (2018)
  'li', // list-2024 (hand-made; li wraps the beacon)
].join(', ');
const INDEED_TITLE = [
  'h2.jobTitle span[title]', // list-2024 (hand-made)
  'h2.jobTitle', // list-2024 (hand-made)
  'a[data-tn-element="jobTitle"]', // indeed-2 (title attribute, without the <b> highlight split)
  '.jobtitle', // indeed-2
];
const INDEED_COMPANY = [
  '[data-testid="company-name"]', // list-2024 (hand-made)
  '.companyName', // TODO [2027-01-01]: Drop — 2022 layout
  '.company', // indeed-2
];

function indeedCards(doc: Document, url: URL): JobCard[] {
  const seen = new Set<string>();
  const cards: JobCard[] = [];
  for (const carrier of Array.from(doc.querySelectorAll('[data-jk]'))) {
    const jk = carrier.getAttribute('data-jk')?.toLowerCase();
    if (!jk || !/^[0-9a-f]{8,}$/.test(jk) || seen.has(jk)) continue;
    const element = carrier.closest('div.job_seen_beacon, .jobsearch-SerpJobCard, .result') ?? carrier.closest(INDEED_CARD_CONTAINERS) ?? carrier;
    const title = text(element, INDEED_TITLE) ?? cleanInline(carrier.textContent);
    if (!title) continue;
    seen.add(jk);
    cards.push({ element, title, company: text(element, INDEED_COMPANY), url: `https://${url.hostname.toLowerCase()}/viewjob?jk=${jk}` });
  }
  return cards;
}

/** Every job card on a LinkedIn or Indeed list page, in page order; [] elsewhere. */
export function findJobCards(doc: Document, url: URL): JobCard[] {
  try {
    if (isLinkedIn(url)) return linkedInCards(doc).slice(0, MAX_CARDS);
    if (isIndeed(url)) return indeedCards(doc, url).slice(0, MAX_CARDS);
  } catch {
    // Unexpected markup: no badges rather than a broken page.
  }
  return [];
}

/**
 * A list page shows several job cards (it may also show one posting in a side
 * pane). A single posting's page is never one, even with "similar jobs" cards.
 */
export function isListPage(doc: Document, url: URL): boolean {
  if (adapterFor(url)?.isPostingPage?.(url)) return false;
  return findJobCards(doc, url).length >= 2;
}

