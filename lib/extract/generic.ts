// Last resort for pages no layer understands (only when the user asks): the
// page title and the largest block of paragraph text — a tiny Readability.
import type { PostingFields } from './fields';
import { metaContent } from './boards/board';
import { cleanInline, elementToText } from './text';

const MIN_DESCRIPTION_CHARS = 200;
/** Containers whose text is never the posting. */
const BOILERPLATE = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]';

function title(doc: Document): string | null {
  const h1 = Array.from(doc.querySelectorAll('h1')).map((el) => cleanInline(el.textContent)).find((t) => t.length > 2 && t.length < 200);
  if (h1) return h1;
  const og = metaContent(doc, 'og:title');
  if (og) return og;
  const pageTitle = cleanInline(doc.querySelector('title')?.textContent);
  // "Job title | Site" / "Job title - Site": keep the first part.
  return pageTitle.split(/\s+[|–—-]\s+/)[0] || null;
}

/** Length of the text directly inside an element (its own text nodes, not its children's). */
function ownTextLength(el: Element): number {
  let length = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) length += cleanInline(node.nodeValue).length;
  }
  return length;
}

/**
 * The element holding the most paragraph text. Each p/li/pre/td credits its
 * parent fully and its grandparent half; a div/section whose own text nodes
 * carry prose (<br>-separated descriptions) credits itself the same way.
 */
export function largestTextBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const credit = (el: Element | null, amount: number) => {
    if (el && el.tagName.toLowerCase() !== 'body' && el.tagName.toLowerCase() !== 'html') scores.set(el, (scores.get(el) ?? 0) + amount);
  };
  for (const el of Array.from(doc.querySelectorAll('p, li, pre, td, div, section, article'))) {
    const tag = el.tagName.toLowerCase();
    const isParagraph = tag === 'p' || tag === 'li' || tag === 'pre' || tag === 'td';
    const length = isParagraph ? cleanInline(el.textContent).length : ownTextLength(el);
    if (length < 20 || el.closest(BOILERPLATE)) continue;
    const holder = isParagraph ? el.parentElement : el;
    credit(holder, length);
    credit(holder?.parentElement ?? null, length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) { best = el; bestScore = score; }
  return best;
}

export function readGenericPosting(doc: Document): PostingFields | null {
  const block = largestTextBlock(doc);
  const description = elementToText(block);
  if (description.length < MIN_DESCRIPTION_CHARS) return null;
  return {
    title: title(doc),
    company: metaContent(doc, 'og:site_name'),
    description,
  };
}
