// LinkedIn job views: the guest (logged-out) /jobs/view page and the logged-in
// job view / search detail pane. No JSON-LD on guest pages, so selectors do the work.
import type { PostingFields } from '../fields';
import { isLinkedIn } from '../canonical';
import { cleanInline } from '../text';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    'h1.top-card-layout__title', // linkedin-1, linkedin-3 (guest)
    '.topcard__title', // linkedin-1 (guest, older class)
    '.job-details-jobs-unified-top-card__job-title', // tests/fixtures/boards/linkedin/logged-in (hand-made)
    '.jobs-unified-top-card__job-title', // TODO [2027-01-01]: Drop — pre-2023 logged-in top card
  ],
  company: [
    'a.topcard__org-name-link', // linkedin-1, linkedin-3
    '.topcard__flavor-row .topcard__flavor:not(.topcard__flavor--bullet)', // linkedin-1 (company without link)
    '.job-details-jobs-unified-top-card__company-name', // logged-in (hand-made)
    '.jobs-unified-top-card__company-name', // TODO [2027-01-01]: Drop
  ],
  location: [
    '.topcard__flavor-row span.topcard__flavor.topcard__flavor--bullet', // linkedin-1, linkedin-3 (not the applicant count, which lacks .topcard__flavor)
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text', // logged-in (hand-made)
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text', // unverified (public knowledge: 2025 logged-in top card)
    '.jobs-unified-top-card__bullet', // TODO [2027-01-01]: Drop
  ],
  description: [
    '.show-more-less-html__markup', // linkedin-1, linkedin-3
    '.description__text', // linkedin-1 (wrapper)
    '#job-details', // logged-in (hand-made)
    '.jobs-description__content', // logged-in (hand-made, wrapper)
  ],
  salary: [
    '.compensation__salary', // linkedin-3 ("$300,000.00/yr - $425,000.00/yr")
    '.salary.compensation__salary-range', // TODO [2027-01-01]: Drop — older guest markup
  ],
  datePosted: [], // guest pages show only relative times ("1 week ago"): not a date
};

/** Logged-in pages show pay as one of several preference pills ("Remote", "Full-time", "$150K/yr - $200K/yr"). */
const PREFERENCE_PILLS = '.job-details-fit-level-preferences button, .job-details-preferences-and-skills__pill'; // logged-in (hand-made)
const MONEY = /[$€£¥₹]\s?\d|\d\s?(?:USD|EUR|GBP|CAD|AUD|INR)\b/;

function salaryPill(doc: Document): string | null {
  return Array.from(doc.querySelectorAll(PREFERENCE_PILLS)).map((el) => cleanInline(el.textContent)).find((t) => MONEY.test(t)) ?? null;
}

export const linkedin: BoardAdapter = {
  id: 'linkedin',
  matches: isLinkedIn,
  // The guest job view, and the fragment the guest pages load it from (/jobs-guest/jobs/api/jobPosting/<id>).
  isPostingPage: (url: URL) => /^\/jobs\/view\/.|^\/jobs-guest\/jobs\/api\/jobPosting\/\d/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    return { ...fields, salaryText: fields.salaryText ?? salaryPill(doc) };
  },
};
