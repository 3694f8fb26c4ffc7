// Built In (builtin.com and the city sites): job pages carry JSON-LD; these
// selectors are a fallback for the server-rendered job view.
import type { PostingFields } from '../fields';
import { isBuiltin } from '../canonical';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    'main h1', // tests/fixtures/boards/builtin/job (hand-made)
  ],
  company: [
    'main a[href*="/company/"]', // job (hand-made)
  ],
  location: [
    '[data-id="job-location"]', // unverified (public knowledge)
  ],
  description: [
    '#job-post-body', // job (hand-made)
    '.job-description', // TODO [2027-01-01]: Drop — older job view
  ],
  salary: [
    '[data-id="salary"]', // unverified (public knowledge)
  ],
};

export const builtin: BoardAdapter = {
  id: 'builtin',
  matches: isBuiltin,
  isPostingPage: (url: URL) => /\/job\/.+\/\d+/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    return readSelectors(doc, selectors);
  },
};
