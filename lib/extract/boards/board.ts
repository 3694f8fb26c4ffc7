// What a board adapter is, and the declarative-selector reader most adapters are.
// Selectors are data: an ordered list of alternatives per field, each with a
// comment naming the fixture that proves it (tests/fixtures/boards/<board>/ or a
// real page in the shared corpus).
import type { PostingFields } from '../fields';
import { cleanInline, elementToText } from '../text';

export interface BoardAdapter {
  /** Adapter id = file name = Posting.board. */
  readonly id: string;
  /** True for any page of this board (the adapter itself decides whether a posting is on it). */
  matches(url: URL): boolean;
  /** The fields this board's markup shows; null when it shows none. */
  extract(doc: Document, url: URL): PostingFields | null;
  /**
   * True when the URL is a single posting's page (never a list). There, a page
   * whose markup the selectors miss (a redesign, a company-styled ad) falls
   * back to the generic title + largest-text-block reading.
   */
  isPostingPage?(url: URL): boolean;
}

/** Ordered alternatives for each field; the first selector that yields text wins. */
export interface BoardSelectors {
  title: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
  /** Read as rich text (paragraphs and list items kept). */
  description: readonly string[];
  salary?: readonly string[];
  /** Elements whose datetime/content attribute (or text) is the posting date. */
  datePosted?: readonly string[];
}

/** First element matching any selector (in the order given) whose text is non-empty. */
export function firstMatch(root: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(selector));
    } catch {
      continue; // a selector the engine does not support must not break the board
    }
    const withText = found.find((el) => cleanInline(el.textContent) || el.getAttribute('content') || el.getAttribute('datetime'));
    if (withText) return withText;
  }
  return null;
}

/** One line of text from the first match: `content`/`datetime` attributes for meta/time, else text. */
export function firstText(root: ParentNode, selectors: readonly string[] | undefined): string | null {
  const el = firstMatch(root, selectors);
  if (!el) return null;
  return cleanInline(el.getAttribute('content') ?? elementToText(el)) || null;
}

export function firstDate(root: ParentNode, selectors: readonly string[] | undefined): string | null {
  const el = firstMatch(root, selectors);
  if (!el) return null;
  return cleanInline(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent) || null;
}

/** Reads every field through its selector list. */
export function readSelectors(doc: Document, selectors: BoardSelectors): PostingFields {
  return {
    title: firstText(doc, selectors.title),
    company: firstText(doc, selectors.company),
    location: firstText(doc, selectors.location),
    description: elementToText(firstMatch(doc, selectors.description)) || null,
    salaryText: firstText(doc, selectors.salary),
    datePosted: firstDate(doc, selectors.datePosted),
  };
}

/** The content of a <meta property|name=…>. */
export function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return cleanInline(el?.getAttribute('content')) || null;
}

/** Inline scripts' text, for boards that ship their state as `window.X = {…}`. */
export function inlineScripts(doc: Document, mustContain: string): string[] {
  return Array.from(doc.querySelectorAll('script:not([src])'))
    .map((s) => s.textContent ?? '')
    .filter((text) => text.includes(mustContain));
}
