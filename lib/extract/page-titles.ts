// The titles a page shows for itself, and whether a posting's title is one of
// them: how a layer that found several postings (embedded "similar jobs", a
// JSON-LD list) tells the page's own posting from the others.
import { cleanInline } from './text';

/** Letters and digits only, lower case, single-spaced: titles compare across punctuation and markup. */
function squash(text: string | null | undefined): string {
  return cleanInline(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The board's shown title (when an adapter read one), <title>, og:title and the first <h1>, squashed. */
export function pageTitles(doc: Document, shownTitle?: string | null): string[] {
  const titles = [
    shownTitle,
    doc.querySelector('title')?.textContent,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.querySelector('h1')?.textContent,
  ];
  return titles.map(squash).filter(Boolean);
}

/** Words after a job title that make a page a list of such jobs ("Machine Learning Engineer jobs at Acme"). */
const LIST_OF = /^(?:jobs|openings|positions|vacancies|roles|opportunities|careers|stellen|stellenangebote|emplois|offres|empleos|vagas|vacatures|lavori|oferty)\b/;

/**
 * True when `title` is one of the page's titles, or a whole-word part of one ("Apply for X at Acme"),
 * but not when the page names a list of such jobs.
 */
export function titleAgrees(title: string | null | undefined, titles: readonly string[]): boolean {
  const squashed = squash(title);
  if (!squashed) return false;
  return titles.some((t) => {
    const padded = ` ${t} `;
    for (let at = padded.indexOf(` ${squashed} `); at >= 0; at = padded.indexOf(` ${squashed} `, at + 1)) {
      if (!LIST_OF.test(padded.slice(at + squashed.length + 2))) return true;
    }
    return false;
  });
}
