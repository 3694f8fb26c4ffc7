// schema.org JobPosting from <script type="application/ld+json">, read the way
// Readability reads article JSON-LD: every script, each parsed on its own inside
// try/catch, arrays and @graph accepted, @type checked, every field typeof-checked.
import { longestDescription, type PostingFields } from './fields';
import { isObject, parseLooseJson, str, walkObjects, type JsonObject } from './json';
import { pageTitles, titleAgrees } from './page-titles';
import { cleanInline, htmlToText } from './text';

export interface JsonLdPosting extends PostingFields {
  /** The posting's own url/identifier, used to pick the right one when a page carries several. */
  url: string | null;
  /** Other URLs the posting names itself by (sameAs, mainEntityOfPage), used the same way. */
  aliases: string[];
  identifier: string | null;
}

/** Replaces a bare `{"@id": …}` reference by the node of the same script that carries that @id. */
type Resolve = (value: unknown) => unknown;
const unresolved: Resolve = (value) => value;

/** Scripts past this many are ignored (real pages carry a handful). */
const MAX_SCRIPTS = 50;

/** Every JobPosting in the page's JSON-LD, in document order. Never throws. */
export function readJsonLdPostings(doc: Document): JsonLdPosting[] {
  const postings: JsonLdPosting[] = [];
  const scripts = Array.from(doc.querySelectorAll('script')).filter((s) =>
    (s.getAttribute('type') ?? '').toLowerCase().includes('ld+json'));
  for (const script of scripts.slice(0, MAX_SCRIPTS)) {
    const data = parseLooseJson(script.textContent);
    if (data === undefined) continue;
    const nodes = [...walkObjects(data)];
    const resolve = resolverFor(nodes);
    for (const node of nodes) {
      if (!hasType(node, 'JobPosting')) continue;
      try {
        const posting = jobPostingFromNode(node, resolve);
        if (posting.title || posting.description) postings.push(posting);
      } catch {
        // A field shaped in a way we did not foresee: skip this node, keep the rest.
      }
    }
  }
  return postings;
}

/**
 * Yoast and WP Job Manager put the Organization once in @graph and point at it
 * (`"hiringOrganization": {"@id": "…#org"}`): references resolve within the same script.
 */
function resolverFor(nodes: readonly JsonObject[]): Resolve {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  if (byId.size === 0) return unresolved;
  return (value) => {
    const reference = first(value);
    if (!isObject(reference) || typeof reference['@id'] !== 'string' || Object.keys(reference).length > 2) return value;
    return byId.get(reference['@id']) ?? value;
  };
}

/** True when the posting names the page: by url, sameAs or mainEntityOfPage (same path), or by an identifier in the URL. */
function namesPage(posting: JsonLdPosting, pageUrl: URL): boolean {
  const path = pageUrl.pathname.replace(/\/+$/, '');
  for (const candidate of [posting.url, ...posting.aliases]) {
    if (!candidate || !path) continue;
    try {
      const named = new URL(candidate, pageUrl);
      if (named.pathname.replace(/\/+$/, '') === path && (named.search === '' || named.search === pageUrl.search)) return true;
    } catch { /* bad url */ }
  }
  return !!posting.identifier && posting.identifier.length >= 4 && holdsToken(pageUrl.href, posting.identifier);
}

/** Whether `token` occurs in `text` as a whole token: "mle-12345" holds "12345", not "1234". */
function holdsToken(text: string, token: string): boolean {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + token.length);
    if (!isAlphanumeric(before) && !isAlphanumeric(after)) return true;
  }
  return false;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * The posting the page is about: one whose url/identifier matches the page, or
 * whose title is the one the page shows (`shownTitle`, from the board's markup;
 * pages with "similar jobs" carry several), else the most complete one.
 */
export function readJsonLdPosting(doc: Document, pageUrl?: URL, shownTitle?: string | null): JsonLdPosting | null {
  const postings = readJsonLdPostings(doc);
  if (postings.length <= 1) return postings[0] ?? null;
  return postingNamedByPage(postings, pageUrl, shownTitle, pageTitles(doc, shownTitle)) ?? longestDescription(postings)!;
}

/**
 * Among several postings, the one the page names: the board's shown title exactly,
 * else the page URL, else the page's own titles (`titles`, from page-titles.ts);
 * null when none does (a list page).
 */
export function postingNamedByPage(
  postings: readonly JsonLdPosting[], pageUrl?: URL, shownTitle?: string | null, titles: readonly string[] = [],
): JsonLdPosting | null {
  const shown = cleanInline(shownTitle).toLowerCase();
  const titled = shown ? postings.filter((p) => p.title?.toLowerCase() === shown) : [];
  if (titled.length === 1) return titled[0]!;
  const named = pageUrl ? postings.find((p) => namesPage(p, pageUrl)) : undefined;
  if (named) return named;
  const agreeing = postings.filter((p) => titleAgrees(p.title, titles));
  return longestDescription(agreeing) ?? null;
}

/** `@type` may be a string or an array, with or without a schema.org prefix. */
export function hasType(node: JsonObject, type: string): boolean {
  const raw = node['@type'] ?? node.type;
  const types = Array.isArray(raw) ? raw : [raw];
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/:#]/, '').toLowerCase() === type.toLowerCase());
}

export function jobPostingFromNode(node: JsonObject, resolve: Resolve = unresolved): JsonLdPosting {
  return {
    title: cleanInline(htmlToText(str(node.title) ?? str(node.name))) || null,
    company: organizationName(resolve(node.hiringOrganization)),
    location: locationText(node, resolve),
    description: descriptionWithParts(node),
    salaryText: salaryText(resolve(node.baseSalary), str(node.salaryCurrency)),
    datePosted: str(node.datePosted),
    url: str(node.url),
    aliases: aliasUrls(node),
    identifier: identifierText(node.identifier),
  };
}

// Parts of the job some sites keep beside `description` (Google's JobPosting guide asks for
// them): each added under its own heading, unless the description already holds its text.
const JOB_PARTS: ReadonlyArray<readonly [key: string, heading: string]> = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['educationRequirements', 'Education'],
  ['experienceRequirements', 'Experience'],
];

function descriptionWithParts(node: JsonObject): string | null {
  const description = htmlToText(str(node.description));
  const parts = [description];
  for (const [key, heading] of JOB_PARTS) {
    const text = partText(node[key]);
    if (text && !description.includes(text)) parts.push(`${heading}\n${text}`);
  }
  return parts.filter(Boolean).join('\n\n') || null;
}

/** A part's text: a string (often HTML), a list of them, or schema.org objects for experience and education. */
function partText(value: unknown): string {
  const items = (Array.isArray(value) ? value : [value]).slice(0, 20);
  return items.map((item) => {
    if (typeof item === 'string') return htmlToText(item);
    if (!isObject(item)) return '';
    // OccupationalExperienceRequirements: written out as a posting would say it, for the years reader.
    const months = Number(str(item.monthsOfExperience));
    if (Number.isFinite(months) && months > 0) {
      return months % 12 === 0 ? `${months / 12}+ years of experience` : `${months} months of experience`;
    }
    return htmlToText(str(item.description) ?? str(item.credentialCategory) ?? str(item.name));
  }).filter(Boolean).join('\n');
}

/** sameAs (a string or a list) and mainEntityOfPage (a URL, or a WebPage with @id/url). */
function aliasUrls(node: JsonObject): string[] {
  const sameAs = (Array.isArray(node.sameAs) ? node.sameAs : [node.sameAs]).slice(0, 20).map(str);
  const page = node.mainEntityOfPage;
  const mainPage = isObject(page) ? str(page['@id']) ?? str(page.url) : str(page);
  return [...sameAs, mainPage].filter((u): u is string => !!u);
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function organizationName(value: unknown): string | null {
  const org = first(value);
  if (typeof org === 'string') return cleanInline(htmlToText(org)) || null;
  if (isObject(org)) return cleanInline(htmlToText(str(org.name) ?? str(org.legalName))) || null;
  return null;
}

function identifierText(value: unknown): string | null {
  const id = first(value);
  if (isObject(id)) return str(id.value) ?? str(id['@value']) ?? str(id.name);
  return str(id);
}

/**
 * Parts joined with ", ", skipping any the text so far already says: as a whole
 * word ("Seattle" twice), or as a short code whose name is there ("CA" after "California").
 */
function joinUnique(parts: ReadonlyArray<string | null>, separator = ', '): string | null {
  const kept: string[] = [];
  for (const part of parts) {
    const clean = cleanInline(part);
    if (!clean) continue;
    const words = kept.join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const lower = clean.toLowerCase();
    const said = ` ${words.join(' ')} `.includes(` ${lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `);
    const abbreviated = clean.length <= 3 && words.some((w) => w.length > 3 && w.startsWith(lower));
    if (said || abbreviated) continue;
    kept.push(clean);
  }
  return kept.length ? kept.join(separator) : null;
}

function countryName(value: unknown): string | null {
  if (isObject(value)) return str(value.name);
  return str(value);
}

function placeText(place: unknown): string | null {
  if (typeof place === 'string') return cleanInline(place) || null;
  if (!isObject(place)) return null;
  const address = place.address;
  if (typeof address === 'string') return cleanInline(address) || null;
  if (isObject(address)) {
    return joinUnique([
      str(address.addressLocality), str(address.addressRegion), countryName(address.addressCountry),
    ]) ?? str(address.name);
  }
  return str(place.name);
}

function locationText(node: JsonObject, resolve: Resolve): string | null {
  const places = (Array.isArray(node.jobLocation) ? node.jobLocation : [node.jobLocation]).slice(0, 20);
  const located = joinUnique(places.map((place) => placeText(resolve(place))), '; ');
  const remote = String(node.jobLocationType ?? '').toUpperCase().includes('TELECOMMUTE');
  if (!remote) return located;
  const requirements = (Array.isArray(node.applicantLocationRequirements)
    ? node.applicantLocationRequirements : [node.applicantLocationRequirements]).slice(0, 20);
  const where = joinUnique(requirements.map((r) => (isObject(r) ? str(r.name) : str(r))));
  const remoteText = where ? `Remote (${where})` : 'Remote';
  return located ? `${located}; ${remoteText}` : remoteText;
}

/**
 * MonetaryAmount → "USD 150000–200000 per YEAR"; a plain string is kept as written.
 * `postingCurrency` is the JobPosting's own salaryCurrency, used when the amount names none.
 */
export function salaryText(value: unknown, postingCurrency: string | null = null): string | null {
  const amount = first(value);
  if (typeof amount === 'string' || typeof amount === 'number') {
    const written = cleanInline(String(amount));
    if (!written) return null;
    // A bare figure ("baseSalary": 120000) says its currency only through salaryCurrency.
    return postingCurrency && /^[\d.,\s–-]+$/.test(written) ? `${postingCurrency} ${written}` : written;
  }
  if (!isObject(amount)) return null;
  const currency = str(amount.currency) ?? str(amount.salaryCurrency) ?? postingCurrency;
  const quantity = first(amount.value);
  let min: string | null = null;
  let max: string | null = null;
  let unit: string | null = str(amount.unitText);
  if (isObject(quantity)) {
    min = str(quantity.minValue);
    max = str(quantity.maxValue);
    const single = str(quantity.value);
    if (!min && !max && single) min = single;
    unit = str(quantity.unitText) ?? unit;
  } else {
    min = str(quantity) ?? str(amount.minValue);
    max = str(amount.maxValue);
  }
  if (!min && !max) return null;
  const range = min && max && min !== max ? `${min}–${max}` : (min ?? max)!;
  return [currency, range, unit ? `per ${unit}` : null].filter(Boolean).join(' ');
}
