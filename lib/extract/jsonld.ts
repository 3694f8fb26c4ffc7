// schema.org JobPosting from <script type="application/ld+json">, read the way
// Readability reads article JSON-LD: every script, each parsed on its own inside
// try/catch, arrays and @graph accepted, @type checked, every field typeof-checked.
import type { PostingFields } from './fields';
import { isObject, parseLooseJson, str, walkObjects, type JsonObject } from './json';
import { cleanInline, htmlToText } from './text';

export interface JsonLdPosting extends PostingFields {
  /** The posting's own url/identifier, used to pick the right one when a page carries several. */
  url: string | null;
  identifier: string | null;
}

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
    for (const node of walkObjects(data)) {
      if (!hasType(node, 'JobPosting')) continue;
      try {
        const posting = jobPostingFromNode(node);
        if (posting.title || posting.description) postings.push(posting);
      } catch {
        // A field shaped in a way we did not foresee: skip this node, keep the rest.
      }
    }
  }
  return postings;
}

/**
 * The posting the page is about: one whose url/identifier matches the page, or
 * whose title is the one the page shows (`shownTitle`, from the board's markup;
 * pages with "similar jobs" carry several), else the most complete one.
 */
export function readJsonLdPosting(doc: Document, pageUrl?: URL, shownTitle?: string | null): JsonLdPosting | null {
  const postings = readJsonLdPostings(doc);
  if (postings.length <= 1) return postings[0] ?? null;
  const shown = cleanInline(shownTitle).toLowerCase();
  const titled = shown ? postings.filter((p) => p.title?.toLowerCase() === shown) : [];
  if (titled.length === 1) return titled[0]!;
  if (pageUrl) {
    const path = pageUrl.pathname.replace(/\/+$/, '');
    const matching = postings.find((p) => {
      if (p.url) {
        try { if (new URL(p.url, pageUrl).pathname.replace(/\/+$/, '') === path && path) return true; } catch { /* bad url */ }
      }
      return !!p.identifier && p.identifier.length >= 4 && pageUrl.href.includes(p.identifier);
    });
    if (matching) return matching;
  }
  return postings.reduce((best, p) => ((p.description?.length ?? 0) > (best.description?.length ?? 0) ? p : best));
}

/** `@type` may be a string or an array, with or without a schema.org prefix. */
export function hasType(node: JsonObject, type: string): boolean {
  const raw = node['@type'] ?? node.type;
  const types = Array.isArray(raw) ? raw : [raw];
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/:#]/, '').toLowerCase() === type.toLowerCase());
}

export function jobPostingFromNode(node: JsonObject): JsonLdPosting {
  return {
    title: cleanInline(htmlToText(str(node.title) ?? str(node.name))) || null,
    company: organizationName(node.hiringOrganization),
    location: locationText(node),
    description: htmlToText(str(node.description)) || null,
    salaryText: salaryText(node.baseSalary),
    datePosted: str(node.datePosted),
    url: str(node.url),
    identifier: identifierText(node.identifier),
  };
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

function locationText(node: JsonObject): string | null {
  const places = (Array.isArray(node.jobLocation) ? node.jobLocation : [node.jobLocation]).slice(0, 20);
  const located = joinUnique(places.map(placeText), '; ');
  const remote = String(node.jobLocationType ?? '').toUpperCase().includes('TELECOMMUTE');
  if (!remote) return located;
  const requirements = (Array.isArray(node.applicantLocationRequirements)
    ? node.applicantLocationRequirements : [node.applicantLocationRequirements]).slice(0, 20);
  const where = joinUnique(requirements.map((r) => (isObject(r) ? str(r.name) : str(r))));
  const remoteText = where ? `Remote (${where})` : 'Remote';
  return located ? `${located}; ${remoteText}` : remoteText;
}

/** MonetaryAmount → "USD 150000–200000 per YEAR"; a plain string is kept as written. */
export function salaryText(value: unknown): string | null {
  const amount = first(value);
  if (typeof amount === 'string' || typeof amount === 'number') return cleanInline(String(amount)) || null;
  if (!isObject(amount)) return null;
  const currency = str(amount.currency) ?? str(amount.salaryCurrency);
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
