// Workable (apply.workable.com): client-rendered; JSON-LD carries the posting,
// the rendered DOM marks its parts with data-ui attributes.
import type { PostingFields } from '../fields';
import { isWorkable } from '../canonical';
import { cleanInline, elementToText } from '../text';
import { firstText, type BoardAdapter } from './board';

const TITLE = [
  '[data-ui="job-title"]', // tests/fixtures/boards/workable/posting (hand-made)
  'main h1', // posting (hand-made)
];
const LOCATION = [
  '[data-ui="job-location"]', // posting (hand-made)
];
const SALARY = [
  '[data-ui="job-salary"]', // posting (hand-made)
];
/** Description, requirements and benefits are separate sections; all are the description. */
const DESCRIPTION_SECTIONS = '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]'; // posting (hand-made)

/** Workable page titles read "Job title - Company". */
function companyFromTitle(doc: Document): string | null {
  const title = cleanInline(doc.querySelector('title')?.textContent);
  const at = title.lastIndexOf(' - ');
  return at > 0 ? title.slice(at + 3).trim() || null : null;
}

export const workable: BoardAdapter = {
  id: 'workable',
  matches: isWorkable,
  isPostingPage: (url: URL) => /\/j\/[0-9A-Za-z]+/.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    const description = Array.from(doc.querySelectorAll(DESCRIPTION_SECTIONS)).map(elementToText).filter(Boolean).join('\n\n');
    return {
      title: firstText(doc, TITLE),
      company: companyFromTitle(doc),
      location: firstText(doc, LOCATION),
      description: description || null,
      salaryText: firstText(doc, SALARY),
    };
  },
};
