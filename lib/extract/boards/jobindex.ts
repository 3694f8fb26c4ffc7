// Jobindex.dk job ads (/jobannonce/<id>/…): server-rendered, no JobPosting JSON-LD.
import type { PostingFields } from '../fields';
import { isJobindex } from '../canonical';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    '.jobtext-jobad__header h1', // jobindex-1
    '.jobtext-jobad h1', // jobindex-1
  ],
  company: [
    '.jobtext-jobad__company', // jobindex-1
    '.vp-card__name', // jobindex-1 (sidebar)
    '.col-xl-4 > p:first-child > b:first-child', // hosted-ad (hand-made; employer-styled h-ads name the company in a side column)
  ],
  location: [
    '.jobtext-jobad__place', // jobindex-1 ("2880 Bagsværd")
  ],
  description: [
    '.jobtext-jobad__body', // jobindex-1
  ],
  datePosted: [
    '.jobtext-sidebar-card time[datetime]', // jobindex-1 ("Published: 2024-10-18")
  ],
};

export const jobindex: BoardAdapter = {
  id: 'jobindex',
  matches: isJobindex,
  isPostingPage: (url: URL) => /^\/(jobannonce|vis-job)\/[a-z]?\d+/i.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    return readSelectors(doc, selectors);
  },
};
