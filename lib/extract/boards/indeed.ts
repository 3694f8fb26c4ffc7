// Indeed job view (/viewjob?jk=… and the right-hand pane of /jobs?vjk=…).
import type { PostingFields } from '../fields';
import { isIndeed } from '../canonical';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]', // tests/fixtures/boards/indeed/viewjob (hand-made)
    '.jobsearch-JobInfoHeader-title', // viewjob (hand-made); also the 2019 h3 form
    '.jobsearch-JobInfoHeader-title-container h1', // viewjob (hand-made)
    '#vjs-jobtitle', // TODO [2027-01-01]: Drop — 2018 search-page job pane (unverified)
    '[data-tn-component="jobHeader"] .jobtitle', // TODO [2027-01-01]: Drop — 2018 /viewjob (unverified)
  ],
  company: [
    '[data-testid="inlineHeader-companyName"]', // viewjob (hand-made)
    '[data-company-name="true"]', // viewjob (hand-made)
    '.jobsearch-InlineCompanyRating > div:first-child', // TODO [2027-01-01]: Drop — 2020 layout
    '#vjs-cn', // TODO [2027-01-01]: Drop — 2018 job pane (unverified)
    '[data-tn-component="jobHeader"] .company', // TODO [2027-01-01]: Drop — 2018 /viewjob (unverified)
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]', // viewjob (hand-made)
    '[data-testid="job-location"]', // viewjob (hand-made, variant)
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', // viewjob (hand-made, variant)
    '.jobsearch-JobInfoHeader-subtitle > div:last-child', // TODO [2027-01-01]: Drop — 2020 layout
    '#vjs-loc', // TODO [2027-01-01]: Drop — 2018 job pane (unverified)
    '[data-tn-component="jobHeader"] .location', // TODO [2027-01-01]: Drop — 2018 /viewjob (unverified)
  ],
  description: [
    '#jobDescriptionText', // viewjob (hand-made)
    '.jobsearch-jobDescriptionText', // viewjob (hand-made, class form)
    '#vjs-desc', // TODO [2027-01-01]: Drop — 2018 job pane (unverified)
    '#job_summary', // TODO [2027-01-01]: Drop — 2018 /viewjob (unverified)
  ],
  salary: [
    '#salaryInfoAndJobType > span:first-child', // viewjob (hand-made)
    '[data-testid="jobsearch-OtherJobDetailsContainer"] [data-testid*="salary"]', // viewjob (hand-made, variant)
    '.jobsearch-JobMetadataHeader-item', // TODO [2027-01-01]: Drop — 2020 layout (salary or job type; figures only are kept)
  ],
};

export const indeed: BoardAdapter = {
  id: 'indeed',
  matches: isIndeed,
  isPostingPage: (url: URL) => /^\/(m\/)?viewjob/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    // The header carries a visually hidden " - job post" for screen readers.
    return { ...fields, title: fields.title?.replace(/\s*-\s*job post$/i, '') ?? null };
  },
};
