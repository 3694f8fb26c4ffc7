// extract(doc, url) → the posting on the page, or null. Layers, most stable first,
// merged field by field (an earlier layer's value wins, later layers fill gaps):
//   1. schema.org JobPosting: JSON-LD, then microdata
//   2. framework data embedded in the page (__NEXT_DATA__, window state)
//   3. the board adapter whose matches(url) is true (lib/extract/boards/)
//   4. the generic heuristic: with options.generic, or on a board's single-posting
//      page (by URL) whose markup the adapter no longer recognises
// extractAll(doc, url) is for pages that list several JSON-LD postings (the CLI);
// on any page about one posting it gives what extract() gives.
// Pure: takes a Document and a URL, reads no globals, never throws on bad markup.
import type { Posting } from '../model';
import { PostingSchema } from '../model';
import { embedsApplicationForm } from './application-embed';
import { adapterFor } from './boards';
import type { BoardAdapter } from './boards/board';
import { canonicalUrl } from './canonical';
import { readEmbeddedPosting } from './embedded';
import { hasAnyField, mergeFields, type PostingFields } from './fields';
import { readGenericPosting } from './generic';
import { postingNamedByPage, readJsonLdPosting, readJsonLdPostings, type JsonLdPosting } from './jsonld';
import { readMicrodataPosting } from './microdata';
import { pageTitles } from './page-titles';
import { cleanInline } from './text';

export interface ExtractOptions {
  /** Use the generic heuristic (title + largest text block) when nothing else matches. */
  generic?: boolean;
}

/** Below this a "description" is a loading placeholder or a snippet, not a posting. */
const MIN_DESCRIPTION_CHARS = 30;

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

export function extract(doc: Document, url: URL, options: ExtractOptions = {}): Posting | null {
  const adapter = adapterFor(url);
  const fromBoard = adapter ? safely(() => adapter.extract(doc, url)) : null;
  const structured = safely(() => readJsonLdPosting(doc, url, fromBoard?.title));
  const microdata = safely(() => readMicrodataPosting(doc));
  const embedded = safely(() => readEmbeddedPosting(doc, { shownTitle: fromBoard?.title, url }));
  const layers: Array<PostingFields | null> = [structured, microdata, embedded, fromBoard];
  let merged = mergeFields(layers);
  const fuller = fullerDescription(merged.description, fromBoard?.description);
  if (fuller) merged = { ...merged, description: fuller };
  // The board a page is on names it, whichever layer supplied the fields.
  let board = adapter?.id
    ?? (hasAnyField(structured) || hasAnyField(microdata) ? 'jsonld' : hasAnyField(embedded) ? 'embedded' : null);

  // On a board's single-posting page, or a careers page embedding one job's application
  // form, the generic reading is a safe fallback (the page is a posting); elsewhere only
  // when the user asks for it.
  const onPostingPage = !!adapter?.isPostingPage?.(url) || safely(() => embedsApplicationForm(doc, url)) === true;
  if (!isPosting(merged) && (options.generic || onPostingPage)) {
    merged = mergeFields([...layers, safely(() => readGenericPosting(doc))]);
    board ??= 'generic';
  }
  if (!isPosting(merged) || !board) return null;
  return toPosting(merged, board, safely(() => canonicalUrl(url, doc)) ?? url.href);
}

/**
 * Every posting on the page: on a page listing several JSON-LD postings (none of
 * them named by the URL, the board's markup or the page's title) one each, with
 * its own URL when it states one; on any other page, what extract() finds.
 */
export function extractAll(doc: Document, url: URL, options: ExtractOptions = {}): Posting[] {
  const postings = safely(() => readJsonLdPostings(doc)) ?? [];
  const adapter = adapterFor(url);
  if (postings.length < 2 || adapter?.isPostingPage?.(url) || isAboutOne(doc, url, postings, adapter)) {
    const posting = extract(doc, url, options);
    return posting ? [posting] : [];
  }
  const pageAt = safely(() => canonicalUrl(url, doc)) ?? url.href;
  const listed: Posting[] = [];
  for (const fields of postings) {
    if (!isPosting(fields)) continue;
    const posting = toPosting(fields, adapter?.id ?? 'jsonld', ownUrl(fields, url) ?? pageAt);
    if (posting) listed.push(posting);
  }
  return listed;
}

/** True when the URL, the board's shown title or the page's own title picks one of the postings. */
function isAboutOne(doc: Document, url: URL, postings: readonly JsonLdPosting[], adapter: BoardAdapter | null): boolean {
  const shownTitle = safely(() => adapter?.extract(doc, url)?.title);
  return !!safely(() => postingNamedByPage(postings, url, shownTitle, pageTitles(doc, shownTitle)));
}

/** The posting's own canonical URL (url, else sameAs/mainEntityOfPage), when it states a valid one. */
function ownUrl(posting: JsonLdPosting, base: URL): string | null {
  for (const candidate of [posting.url, ...posting.aliases]) {
    if (!candidate) continue;
    const own = safely(() => new URL(candidate, base));
    if (own && /^https?:$/.test(own.protocol)) return safely(() => canonicalUrl(own)) ?? own.href;
  }
  return null;
}

function toPosting(merged: PostingFields, board: string, url: string): Posting | null {
  const posting: Posting = {
    url,
    board,
    title: cleanInline(merged.title).slice(0, 1000),
    company: limit(merged.company, 1000),
    location: limit(merged.location, 2000),
    description: merged.description!.slice(0, 2_000_000),
    salaryText: salaryOrNull(merged.salaryText),
    datePosted: limit(merged.datePosted, 100),
  };
  return PostingSchema.safeParse(posting).success ? posting : null;
}

/**
 * JSON-LD wins, with one exception: when the board's own markup shows the same
 * description plus more (Greenhouse's page adds the company intro and the pay
 * section its JSON-LD leaves out), the fuller text is kept.
 */
function fullerDescription(structured: string | null | undefined, board: string | null | undefined): string | null {
  if (!structured || !board || board.length <= structured.length * 1.1) return null;
  const squash = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  const opening = squash(structured.slice(0, 300)).slice(0, 120);
  return opening.length >= 40 && squash(board).includes(opening) ? board : null;
}

function isPosting(fields: PostingFields): boolean {
  return !!cleanInline(fields.title) && (fields.description?.trim().length ?? 0) >= MIN_DESCRIPTION_CHARS;
}

function limit(value: string | null | undefined, max: number): string | null {
  const clean = cleanInline(value);
  return clean ? clean.slice(0, max) : null;
}

/** A salary field always states a figure; anything else ("Full-time") came from a shared slot. */
function salaryOrNull(value: string | null | undefined): string | null {
  const clean = limit(value, 1000);
  return clean && /\d/.test(clean) ? clean : null;
}

export { canonicalUrl } from './canonical';
export { parseWorkdayCxs } from './boards';
