// Lever (jobs.lever.co): server-rendered; the description is split over several
// `.section.page-centered` blocks (intro, lists, closing), so they are joined.
import type { PostingFields } from '../fields';
import { isLever } from '../canonical';
import { cleanInline, elementToText } from '../text';
import { firstText, type BoardAdapter, type BoardSelectors } from './board';

const selectors: Omit<BoardSelectors, 'description'> = {
  title: [
    '.posting-headline h2', // tests/fixtures/boards/lever/posting (hand-made)
    '[data-qa="posting-name"]', // unverified (public knowledge: a layout variant)
  ],
  location: [
    '.posting-categories .location', // posting (hand-made)
    '.posting-category.location', // posting (hand-made, variant)
  ],
  salary: [
    '[data-qa="salary-range"] div', // posting (hand-made)
    '.posting-categories .compensation', // unverified (public knowledge: a layout variant)
  ],
};

/** The description blocks, in page order: everything in `.content` except the apply section. */
const DESCRIPTION_BLOCKS = '.content .section.page-centered, [data-qa="job-description"]'; // posting (hand-made)

function description(doc: Document): string | null {
  const blocks = Array.from(doc.querySelectorAll(DESCRIPTION_BLOCKS))
    .filter((el) => !el.matches('.last-section-apply, [data-qa="salary-range"], [data-qa="ai-disclaimer"]') && !el.querySelector('.postings-btn, .template-btn-submit'))
    .filter((el, i, all) => !all.some((other, j) => j !== i && other.contains(el) && other !== el));
  const text = blocks.map(elementToText).filter(Boolean).join('\n\n');
  return text || null;
}

/** Lever titles read "Company - Job title"; the logo alt is "Company logo". */
function company(doc: Document): string | null {
  const alt = cleanInline(doc.querySelector('.main-header-logo img')?.getAttribute('alt')).replace(/\s+logo$/i, '');
  if (alt) return alt;
  const title = cleanInline(doc.querySelector('title')?.textContent);
  return title.includes(' - ') ? title.slice(0, title.indexOf(' - ')).trim() || null : null;
}

export const lever: BoardAdapter = {
  id: 'lever',
  matches: isLever,
  isPostingPage: (url: URL) => /^\/[^/]+\/[0-9a-f-]{36}/i.test(url.pathname),
  extract(doc: Document): PostingFields | null {
    return {
      title: firstText(doc, selectors.title),
      company: company(doc),
      location: firstText(doc, selectors.location),
      description: description(doc),
      salaryText: firstText(doc, selectors.salary),
    };
  },
};
