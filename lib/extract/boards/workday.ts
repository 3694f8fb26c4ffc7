// Workday (*.myworkdayjobs.com): a client-rendered app. The posting arrives as
// CXS JSON (GET /wday/cxs/<tenant>/<site>/job/…), parsed by parseWorkdayCxs;
// the rendered DOM is read through Workday's data-automation-id attributes.
import type { Posting } from '../../model';
import type { PostingFields } from '../fields';
import { canonicalUrl, isWorkday } from '../canonical';
import { isObject, str } from '../json';
import { cleanInline, elementToText, htmlToText } from '../text';
import { firstText, readSelectors, metaContent, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    '[data-automation-id="jobPostingHeader"]', // tests/fixtures/boards/workday/rendered (hand-made)
  ],
  location: [
    '[data-automation-id="locations"] dd', // rendered (hand-made)
    '[data-automation-id="locations"]', // rendered (hand-made, label+value)
  ],
  description: [
    '[data-automation-id="jobPostingDescription"]', // rendered (hand-made)
  ],
  datePosted: [
    '[data-automation-id="postedOn"] dd', // rendered (hand-made; relative text like "Posted Today")
  ],
};

/** Every location the posting lists, one per line in the DOM: joined with "; ". */
function locations(doc: Document): string | null {
  const all = Array.from(doc.querySelectorAll('[data-automation-id="locations"] dd'))
    .map((el) => cleanInline(elementToText(el))).filter(Boolean);
  return all.length ? [...new Set(all)].join('; ') : firstText(doc, selectors.location);
}

export const workday: BoardAdapter = {
  id: 'workday',
  matches: isWorkday,
  isPostingPage: (url: URL) => /\/job\/[^/]+\/[^/]+/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    return {
      ...fields,
      location: locations(doc),
      company: metaContent(doc, 'og:site_name'),
      // "Posted 8 Days Ago" is not a date.
      datePosted: fields.datePosted && /\d{4}-\d{2}-\d{2}/.test(fields.datePosted) ? fields.datePosted : null,
    };
  },
};

/**
 * A Workday CXS job-detail response (workday-1.json) → Posting. Pure: the
 * caller fetches the JSON; pageUrl is the posting page (or the API URL, which
 * canonicalises to the same page).
 */
export function parseWorkdayCxs(json: unknown, pageUrl: URL): Posting | null {
  if (!isObject(json) || !isObject(json.jobPostingInfo)) return null;
  const info = json.jobPostingInfo;
  const title = cleanInline(str(info.title));
  const description = htmlToText(str(info.jobDescription));
  if (!title || !description) return null;
  const organization = isObject(json.hiringOrganization) ? json.hiringOrganization : {};
  const additional = Array.isArray(info.additionalLocations) ? info.additionalLocations.map(str) : [];
  const allLocations = [str(info.location), ...additional].filter((l): l is string => !!l);
  let url = canonicalUrl(pageUrl);
  const external = str(info.externalUrl);
  if (external) {
    try { url = canonicalUrl(new URL(external)); } catch { /* keep the page URL */ }
  }
  return {
    url,
    board: 'workday',
    title,
    // Workday names the legal entity, often behind a ledger code ("IL00 Mellanox Technologies, Ltd.").
    company: cleanInline(str(organization.name)).replace(/^[A-Z]{2,4}\d{2,4}\s+/, '') || null,
    location: allLocations.length ? [...new Set(allLocations)].join('; ') : null,
    description,
    salaryText: null,
    // startDate is the posting's start date; postedOn is relative ("Posted 8 Days Ago").
    datePosted: str(info.startDate),
  };
}
