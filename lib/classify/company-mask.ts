// The hiring company's own name is not evidence of anything the job asks for: an
// Anthropic or OpenAI posting names its employer everywhere, and that is neither
// "integrating LLM APIs" nor a skill signal. The name's letters become x/X and its
// digits 0 before the cue scans run: the same length, so every offset still points
// into the original text, and the same shape, so "About Acme" still reads as a heading.
const MIN_NAME = 3;
const MAX_NAME = 80;
/** Legal suffixes a posting usually drops when it names itself. */
const SUFFIX = /[\s,]+(?:inc\.?|llc|ltd\.?|limited|corp\.?|corporation|gmbh|plc|co\.?|pbc)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The description with whole-word mentions of the company's name masked, or the same string. */
export function maskCompany(description: string, company: string | null | undefined): string {
  const name = company?.replace(SUFFIX, '').trim() ?? '';
  if (name.length < MIN_NAME || name.length > MAX_NAME) return description;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return description.replace(re, (m) => m.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, '0'));
}
