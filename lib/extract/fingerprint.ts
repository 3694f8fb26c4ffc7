// A stable text fingerprint: the same job seen on two URLs (the company's ATS
// and LinkedIn, say) or reposted later gets the same 16-hex-digit value.
//
// Decision: the fingerprint hashes the normalised TITLE and COMPANY only, and
// the description only when the company is unknown. Boards do not agree on the
// description: LinkedIn prepends the company blurb that Greenhouse's JSON-LD
// leaves out, list snippets are truncated, Indeed appends boilerplate — so any
// "first N words" of it splits one job into several fingerprints (the real
// Anthropic page on Greenhouse and on LinkedIn differ from the first word).
// The cost: two different openings with the same title at the same company
// (e.g. one per city) share a fingerprint; callers that must tell them apart
// still have the canonical URL. With no company, the first DESCRIPTION_WORDS
// words of the description stand in for it, so unrelated "Data Scientist"
// postings from unnamed employers do not collide.
import type { Posting } from '../model';

const DESCRIPTION_WORDS = 40;

/** Gender/diversity tags that boards add to titles inconsistently: "(m/w/d)", "(all genders)", "(H/F)". */
const TITLE_TAGS = /\((?:[mwfdxhk](?:\s*\/\s*[mwfdxhk]){1,3}|all genders?|gn\*?|w\/m\/d|m\/f\/x)\)|\b[mwfdxh]\/[mwfdxh](?:\/[mwfdxh])?\b/gi;

/** Legal-form suffixes that one board shows and another drops. */
const COMPANY_SUFFIXES = /\b(?:inc|incorporated|pbc|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|sa|s\.a|bv|b\.v|nv|a\/s|as|aps|ab|oy|pty|co|corp|corporation|company|srl|spa|kk)\b\.?$/i;

/** Lower case, accents dropped, punctuation to spaces, whitespace collapsed. */
export function normalizeForFingerprint(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function normalizeTitle(title: string): string {
  return normalizeForFingerprint(title.replace(TITLE_TAGS, ' '));
}

export function normalizeCompany(company: string): string {
  let name = company.replace(/\([^)]*\)/g, ' ').trim();
  for (let i = 0; i < 3; i += 1) {
    const stripped = name.replace(/[\s,]+$/, '').replace(COMPANY_SUFFIXES, '').replace(/[\s,.]+$/, '').trim();
    if (stripped === name || !stripped) break;
    name = stripped;
  }
  return normalizeForFingerprint(name);
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64-bit, over the UTF-8 bytes of the text; 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

export function fingerprint(posting: Pick<Posting, 'title' | 'company' | 'description'>): string {
  const title = normalizeTitle(posting.title);
  const company = posting.company ? normalizeCompany(posting.company) : '';
  const identity = company
    ? company
    : normalizeForFingerprint(posting.description).split(' ').slice(0, DESCRIPTION_WORDS).join(' ');
  return fnv1a64(`${title}\u0000${identity}`);
}
