// STUB (issue 8 replaces it): extract(doc, url) → the posting on the page, or null.
import type { Posting } from '../model';

export interface ExtractOptions {
  /** Use the generic heuristic (title + largest text block) when nothing else matches. */
  generic?: boolean;
}

export function extract(_doc: Document, _url: URL, _options: ExtractOptions = {}): Posting | null {
  return null;
}
