// Framework data embedded in the page: Next.js __NEXT_DATA__, Redux/Apollo
// state assigned to window. Boards render their posting from it, so it is more
// stable than class names. Board-specific shapes live in the adapters (Ashby,
// SEEK); this layer only recognises a job-shaped object anywhere in the state.
import { longestDescription, type PostingFields } from './fields';
import { isObject, parseLooseJson, readAssignedJson, str, walkObjects, type JsonObject } from './json';
import { pageTitles, titleAgrees } from './page-titles';
import { richTextToText } from './rich-text';
import { cleanInline, htmlToText } from './text';

/** JSON <script> elements by id. */
const STATE_SCRIPT_IDS = ['__NEXT_DATA__'];
/** `window.<name> = {…}` assignments in inline scripts. */
const STATE_GLOBALS = ['__INITIAL_STATE__', '__PRELOADED_STATE__', '__APOLLO_STATE__', '__appData', '__NEXT_DATA__', '__remixContext', '__NUXT__'];

const TITLE_KEYS = ['title', 'jobTitle', 'positionTitle'];
const DESCRIPTION_KEYS = ['descriptionHtml', 'jobDescription', 'description', 'descriptionPlain', 'content', 'body'];
/** Shorter strings are snippets from a list, not a posting's description. */
const MIN_DESCRIPTION_CHARS = 200;

function readStates(doc: Document): unknown[] {
  const states: unknown[] = [];
  for (const id of STATE_SCRIPT_IDS) {
    const script = doc.getElementById(id);
    if (script) states.push(parseLooseJson(script.textContent));
  }
  const inline = Array.from(doc.querySelectorAll('script:not([src])'));
  for (const script of inline) {
    const text = script.textContent ?? '';
    if (text.length < 50 || (script.getAttribute('type') ?? '').includes('ld+json')) continue;
    for (const name of STATE_GLOBALS) {
      if (text.includes(name) && script.id !== name) states.push(readAssignedJson(text, name));
    }
  }
  return states.filter((s) => s !== undefined);
}

function firstString(node: JsonObject, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = str(node[key]);
    if (value) return value;
  }
  return null;
}

/** A name from a string or an object with name/label. */
function named(value: unknown): string | null {
  if (isObject(value)) return str(value.name) ?? str(value.label) ?? str(value.displayName);
  return typeof value === 'string' ? str(value) : null;
}

function dateOf(value: unknown): string | null {
  if (isObject(value)) return str(value.dateTimeUtc) ?? str(value.date) ?? str(value.value);
  return str(value);
}

/** The description as HTML or text, or a CMS rich-text document flattened to text. */
function descriptionOf(node: JsonObject): string | null {
  const text = firstString(node, DESCRIPTION_KEYS);
  if (text) return text;
  for (const key of DESCRIPTION_KEYS) {
    const flattened = richTextToText(node[key]);
    if (flattened) return flattened;
  }
  return null;
}

function jobFromNode(node: JsonObject): PostingFields | null {
  const title = firstString(node, TITLE_KEYS);
  const description = descriptionOf(node);
  if (!title || title.length > 300 || !description || description.length < MIN_DESCRIPTION_CHARS) return null;
  const company = named(node.companyName) ?? named(node.company_name) ?? named(node.company) ?? named(node.hiringOrganization)
    ?? named(node.organization) ?? named(node.employer) ?? named(node.advertiser);
  const locationList = Array.isArray(node.locationNames) ? node.locationNames.map(named).filter(Boolean).join('; ') : null;
  const location = str(node.locationName) ?? (locationList || null) ?? named(node.location) ?? named(node.job_post_location) ?? named(node.jobLocation);
  const salary = str(node.salaryText) ?? named(node.salary) ?? str(node.compensation) ?? str(node.compensationTierSummary);
  return {
    title: cleanInline(htmlToText(title)) || null,
    company: company ? cleanInline(company) : null,
    location: location ? cleanInline(location) : null,
    description: htmlToText(description) || null,
    salaryText: salary ? cleanInline(salary) : null,
    datePosted: dateOf(node.datePosted) ?? dateOf(node.postedAt) ?? dateOf(node.publishedAt) ?? dateOf(node.listedAt),
  };
}

/** What the page itself shows, to check an embedded job against: state often also holds "similar jobs". */
export interface PageContext {
  /** The title the board's markup shows, when an adapter read one. */
  shownTitle?: string | null;
  url?: URL | null;
}

interface Candidate {
  job: PostingFields;
  ids: string[];
}

/** Ids and URLs a job object names itself by, to compare with the page URL. */
const ID_KEYS = ['id', 'jobId', 'jobPostingId', 'postingId', 'requisitionId', 'uuid', 'shortcode', 'url', 'jobUrl', 'absoluteUrl', 'absolute_url', 'applyUrl'];

function idsOf(node: JsonObject): string[] {
  return ID_KEYS.map((key) => str(node[key])).filter((id): id is string => !!id);
}

/** True when one of the job's ids (4+ characters, with a digit) or its URL's path appears in the page URL. */
function idAgrees(ids: readonly string[], url: URL | null | undefined): boolean {
  if (!url) return false;
  let href = url.href.toLowerCase();
  try { href = decodeURIComponent(href); } catch { /* a stray %: compare as written */ }
  return ids.some((raw) => {
    let id = raw.toLowerCase();
    try { id = new URL(raw, url).pathname.replace(/\/+$/, '') || id; } catch { /* not a URL: the id itself */ }
    if (id.length < 4 || !/\d/.test(id)) return false;
    const at = href.indexOf(id);
    const after = href[at + id.length] ?? '';
    const before = href[at - 1] ?? '';
    return at !== -1 && !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after);
  });
}

function longest(candidates: readonly Candidate[]): PostingFields | null {
  const best = longestDescription(candidates.map((c) => c.job));
  return best?.description ? best : null;
}

/**
 * The job-shaped object in the page's embedded state that the page is about: one
 * whose id or URL is in the page URL, else one whose title the page shows (longest
 * description first). State also carries recommended and similar jobs, so when the
 * page shows a title and no job agrees with it, none is taken and the board's
 * markup speaks; only a page showing no title at all takes the longest job.
 */
export function readEmbeddedPosting(doc: Document, page: PageContext = {}): PostingFields | null {
  const candidates: Candidate[] = [];
  for (const state of readStates(doc)) {
    for (const node of walkObjects(state)) {
      const job = jobFromNode(node);
      if (job) candidates.push({ job, ids: idsOf(node) });
    }
  }
  if (candidates.length === 0) return null;
  const byId = candidates.filter((c) => idAgrees(c.ids, page.url));
  if (byId.length) return longest(byId);
  const titles = pageTitles(doc, page.shownTitle);
  if (titles.length === 0) return longest(candidates);
  return longest(candidates.filter((c) => titleAgrees(c.job.title, titles)));
}
