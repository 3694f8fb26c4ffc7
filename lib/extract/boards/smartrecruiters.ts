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
    // The sections also hold a link disclaimer and the apply button: the description inside them first.
    '.job-sections [itemprop="description"]', // unverified (a saved posting page; its markup is in boards.test.ts)
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
    // <spl-job-location formattedAddress="…"> is the web component that shows the location. Browsers
    // ignore the attribute's case; a server-side DOM (the command line) may not.
    const element = doc.querySelector('spl-job-location');
    const formatted = cleanInline(element?.getAttribute('formattedaddress') ?? element?.getAttribute('formattedAddress'));
    return { ...fields, location: formatted || fields.location };
  },
};
