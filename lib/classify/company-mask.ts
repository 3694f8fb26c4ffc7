// The hiring company's own name is not evidence of anything the job asks for: an
// Anthropic or OpenAI posting names its employer everywhere, and that is neither
// "integrating LLM APIs" nor a skill signal. The name's letters become x/X and its
// digits 0 before the cue scans run: the same length, so every offset still points
// into the original text, and the same shape, so "About Acme" still reads as a heading.
const MIN_NAME = 3;
const MAX_NAME = 80;
/** Legal suffixes a posting usually drops when it names itself. */
const SUFFIX = /[\s,]+(?:inc\.?|llc|ltd\.?|limited|corp\.?|corporation|gmbh|plc|co\.?|pbc)$/i;

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII, the usual neighbour, without the regex: its letters and digits are its only \p{L} and \p{N}.
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(ch);
}

function maskWord(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) {
    // An ASCII name (most are): its capitals, small letters and digits are A-Z, a-z and 0-9.
    let out = '';
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      out += c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? '0' : word[i];
    }
    return out;
  }
  return word.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, '0');
}

/** The description with whole-word mentions of the company's name masked, or the same string. */
export function maskCompany(description: string, company: string | null | undefined): string {
  const name = company?.replace(SUFFIX, '').trim() ?? '';
  if (name.length < MIN_NAME || name.length > MAX_NAME) return description;
  // A plain search (no regex to compile for every posting), whole words only.
  let at = description.indexOf(name);
  if (at < 0) return description;
  const mask = maskWord(name);
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    const end = at + name.length;
    if (!isWordChar(description[at - 1]) && !isWordChar(description[end])) {
      parts.push(description.slice(from, at), mask);
      from = end;
    }
    at = description.indexOf(name, end);
  }
  if (from === 0) return description;
  parts.push(description.slice(from));
  return parts.join('');
}
