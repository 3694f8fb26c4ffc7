// Wellfound (formerly AngelList Talent): a Next.js app with JSON-LD on job pages;
// the embedded-data layer reads __NEXT_DATA__. Selectors are a last resort.
import type { PostingFields } from '../fields';
import { isWellfound } from '../canonical';
import { cleanInline } from '../text';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    'main h1', // tests/fixtures/boards/wellfound/job (hand-made)
    'h1', // job (hand-made)
  ],
  company: [
    'main a[href^="/company/"]', // unverified (public knowledge: a layout variant)
  ],
  location: [
    '[data-test="JobDetail-location"]', // unverified (public knowledge)
  ],
  description: [
    '[data-test="JobDescription"]', // unverified (public knowledge)
    '#job-description', // unverified (public knowledge: a layout variant)
  ],
  salary: [
    '[data-test="JobDetail-compensation"]', // unverified (public knowledge)
  ],
};

/** Page titles read "Job title at Company • Location | Wellfound". */
function companyFromTitle(doc: Document): string | null {
  const title = cleanInline(doc.querySelector('title')?.textContent);
  return /\sat\s+(.+?)\s*(?:[•|]|$)/.exec(title)?.[1] ?? null;
}

export const wellfound: BoardAdapter = {
  id: 'wellfound',
  matches: isWellfound,
  isPostingPage: (url: URL) => /\/jobs\/\d+/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    return { ...fields, company: fields.company || companyFromTitle(doc) };
  },
};
