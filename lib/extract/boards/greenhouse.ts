// Greenhouse: the classic boards.greenhouse.io page (#app_body) and the newer
// job-boards.greenhouse.io layout. Both carry JSON-LD; selectors fill gaps
// (the classic page's JSON-LD location is coarser than its header).
import type { PostingFields } from '../fields';
import { isGreenhouse } from '../canonical';
import { cleanInline } from '../text';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    'h1.app-title', // greenhouse-1 (classic)
    '.job__title h1', // tests/fixtures/boards/greenhouse/job-boards (hand-made)
    'h1.section-header', // job-boards (hand-made)
  ],
  company: [
    '#header .company-name', // greenhouse-1 ("at Anthropic")
    '.company-name', // greenhouse-1
  ],
  location: [
    '#header .location', // greenhouse-1
    '.job__location', // job-boards (hand-made)
  ],
  description: [
    'div#content', // greenhouse-1 (a careers site embedding the form may call its own <main> #content)
    '.job__description', // job-boards (hand-made)
    '.job-description', // unverified (a saved careers page with gh_jid; its markup is in boards.test.ts)
  ],
  salary: [
    '.pay-range', // job-boards (hand-made): pay transparency block
  ],
};

/** "Job Application for X at Company" → Company. */
function companyFromTitle(doc: Document): string | null {
  const title = cleanInline(doc.querySelector('title')?.textContent);
  return /\bat\s+(.+)$/.exec(title)?.[1] ?? null;
}

export const greenhouse: BoardAdapter = {
  id: 'greenhouse',
  matches: isGreenhouse,
  isPostingPage: (url: URL) => /\/jobs\/\d+/.test(url.pathname) || url.searchParams.has('gh_jid'),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    const company = fields.company?.replace(/^at\s+/i, '') || companyFromTitle(doc);
    return { ...fields, company };
  },
};
