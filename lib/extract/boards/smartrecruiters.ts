// SmartRecruiters (jobs.smartrecruiters.com): server-rendered with schema.org
// microdata (handled by lib/extract/microdata.ts); these selectors fill gaps.
import type { PostingFields } from '../fields';
import { isSmartRecruiters } from '../canonical';
import { cleanInline } from '../text';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    'h1.job-title', // tests/fixtures/boards/smartrecruiters/posting (hand-made)
    '[itemprop="title"]', // posting (hand-made)
  ],
  company: [
    '[itemprop="hiringOrganization"] [itemprop="name"]', // posting (hand-made)
  ],
  location: [
    '[itemprop="jobLocation"] [itemprop="address"]', // posting (hand-made)
    '.job-details .job-detail', // posting (hand-made, variant)
  ],
  description: [
    '.job-sections', // posting (hand-made)
    '[itemprop="description"]', // posting (hand-made)
  ],
  datePosted: [
    'meta[itemprop="datePosted"]', // posting (hand-made)
  ],
};

export const smartrecruiters: BoardAdapter = {
  id: 'smartrecruiters',
  matches: isSmartRecruiters,
  isPostingPage: (url: URL) => /^\/[^/]+\/\d{6,}/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    // <spl-job-location formattedaddress="…"> is the web component that shows the location.
    const formatted = cleanInline(doc.querySelector('spl-job-location')?.getAttribute('formattedaddress'));
    return { ...fields, location: formatted || fields.location };
  },
};
