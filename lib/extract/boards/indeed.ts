// Indeed job view (/viewjob?jk=… and the right-hand pane of /jobs?vjk=…).
import type { PostingFields } from '../fields';
import { isIndeed } from '../canonical';
import { cleanInline } from '../text';
import { firstMatch, readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]', // tests/fixtures/boards/indeed/viewjob (hand-made)
    '.jobsearch-JobInfoHeader-title', // viewjob (hand-made); also the 2019 h3 form
    '.jobsearch-JobInfoHeader-title-container h1', // unverified (public knowledge: a layout variant)
    '#vjs-jobtitle', // TODO [2027-01-01]: Drop — 2018 search-page job pane (unverified)
    '[data-tn-component="jobHeader"] .jobtitle', // TODO [2027-01-01]: Drop — 2018 /viewjob (unverified)
  ],
  company: [
    '[data-testid="inlineHeader-companyName"]', // viewjob (hand-made)
    '[data-company-name="true"]', // unverified (public knowledge: a layout variant)
    '.jobsearch-InlineCompanyRating > div:first-child', // TODO [2027-01-01]: Drop — 2020 layout
    '#vjs-cn', // TODO [2027-01-01]: Drop — 2018 job pane (unverified)
    '[data-tn-component="jobHeader"] .company', // TODO [2027-01-01]: Drop — 2018 /viewjob (unverified)
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]', // viewjob (hand-made)
    '[data-testid="job-location"]', // unverified (public knowledge: a layout variant)
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', // unverified (public knowledge: a layout variant)
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
    '[data-testid="jobsearch-OtherJobDetailsContainer"] [data-testid*="salary"]', // unverified (public knowledge: a layout variant)
    '.jobsearch-JobMetadataHeader-item', // TODO [2027-01-01]: Drop — 2020 layout (salary or job type; figures only are kept)
  ],
};

export const indeed: BoardAdapter = {
  id: 'indeed',
  matches: isIndeed,
  isPostingPage: (url: URL) => /^\/(m\/)?viewjob/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    return { ...fields, title: titleWithoutSuffix(doc) ?? fields.title ?? null };
  },
};

/**
 * The header is <h1><span>Title</span><span> - job post</span></h1>: the second
 * span is a visually hidden, localised suffix, so the first span is the title.
 */
function titleWithoutSuffix(doc: Document): string | null {
  const header = firstMatch(doc, selectors.title);
  const first = header?.children[0];
  if (!header || !first || header.children.length < 2 || first.tagName.toLowerCase() !== 'span') return null;
  return cleanInline(first.textContent) || null;
}
