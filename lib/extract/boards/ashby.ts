// Ashby (jobs.ashbyhq.com): a client-rendered app. The server HTML carries the
// posting in `window.__appData`; the rendered DOM has ashby-* classes.
import { mergeFields, type PostingFields } from '../fields';
import { isAshby } from '../canonical';
import { isObject, readAssignedJson, str } from '../json';
import { cleanInline, htmlToText } from '../text';
import { inlineScripts, readSelectors, type BoardAdapter, type BoardSelectors } from './board';

const selectors: BoardSelectors = {
  title: [
    'h1.ashby-job-posting-heading', // tests/fixtures/boards/ashby/rendered (hand-made)
    '.ashby-job-posting-header h1', // rendered (hand-made, variant)
  ],
  location: [
    '.ashby-job-posting-left-pane [class*="_section"]:first-child p', // rendered (hand-made)
  ],
  description: [
    '.ashby-job-posting-right-pane [class*="_descriptionText"]', // rendered (hand-made)
    '#overview', // unverified (public knowledge: a layout variant)
  ],
};

/** `window.__appData.posting` (+ organization) from the server HTML. */
function fromAppData(doc: Document): PostingFields | null {
  for (const script of inlineScripts(doc, '__appData')) {
    const data = readAssignedJson(script, '__appData');
    if (!isObject(data) || !isObject(data.posting)) continue;
    const posting = data.posting;
    const organization = isObject(data.organization) ? data.organization : {};
    const compensation = isObject(posting.compensation) ? posting.compensation : posting;
    const secondary = Array.isArray(posting.secondaryLocations)
      ? posting.secondaryLocations.map((l) => (isObject(l) ? str(l.locationName) ?? str(l.location) : str(l)))
      : [];
    const locations = [str(posting.locationName) ?? str(posting.location), ...secondary].filter((l): l is string => !!l);
    return {
      title: cleanInline(str(posting.title)) || null,
      company: str(organization.name) ?? str(posting.organizationName),
      location: locations.length ? [...new Set(locations)].join('; ') : null,
      description: htmlToText(str(posting.descriptionHtml)) || str(posting.descriptionPlain),
      salaryText: str(compensation.scrapeableCompensationSalarySummary) ?? str(compensation.compensationTierSummary),
      datePosted: str(posting.publishedDate) ?? str(posting.publishedAt),
    };
  }
  return null;
}

/** Ashby page titles are "Job title @ Company" on some boards and "Company" on others: only the former is trusted. */
function companyFromTitle(doc: Document): string | null {
  const title = cleanInline(doc.querySelector('title')?.textContent);
  return /@\s*(.+)$/.exec(title)?.[1] ?? null;
}

export const ashby: BoardAdapter = {
  id: 'ashby',
  matches: isAshby,
  isPostingPage: (url: URL) => /^\/[^/]+\/[0-9a-f-]{36}/i.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    return mergeFields([fromAppData(doc), readSelectors(doc, selectors), { company: companyFromTitle(doc) }]);
  },
};
