// Glassdoor job listing (/job-listing/…?jl=…) and the detail pane of /Job/ search pages.
import type { PostingFields } from '../fields';
import { isGlassdoor } from '../canonical';
import { readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    '[data-test="job-title"]', // tests/fixtures/boards/glassdoor/listing (hand-made)
    '[class*="JobDetails_jobTitle"]', // unverified (public knowledge: a layout variant)
  ],
  company: [
    '[data-test="employer-name"]', // listing (hand-made)
    '[class*="EmployerProfile_employerName"]', // listing (hand-made, variant)
    '[class*="EmployerProfile_compactEmployerName"]', // unverified (other scrapers' selectors, 2024 layout)
  ],
  location: [
    '[data-test="location"]', // listing (hand-made)
    '[data-test="emp-location"]', // TODO [2027-01-01]: Drop — 2021 layout
  ],
  description: [
    '[class*="JobDetails_jobDescription"]', // listing (hand-made)
    '.jobDescriptionContent', // TODO [2027-01-01]: Drop — 2021 layout
    '#JobDescriptionContainer', // TODO [2027-01-01]: Drop — 2019 layout
  ],
  salary: [
    '[data-test="detailSalary"]', // listing (hand-made)
    '[class*="SalaryEstimate_salaryRange"]', // unverified (public knowledge: a layout variant)
  ],
};

export const glassdoor: BoardAdapter = {
  id: 'glassdoor',
  matches: isGlassdoor,
  extract(doc: Document): PostingFields | null {
    const fields = readSelectors(doc, selectors);
    return { ...fields, company: withoutRating(fields.company) };
  },
};

/**
 * The employer name is followed by its rating ("Acme Corp4.1★", "Acme Corp 4.1", "Acme Corp ★"):
 * only a d.d figure and/or a star are cut, so a name's own last digit stays ("Studio 9").
 */
export function withoutRating(company: string | null | undefined): string | null {
  return company?.replace(/\s*(?:\d\.\d\s*★?|★)\s*$/u, '').trim() || null;
}
