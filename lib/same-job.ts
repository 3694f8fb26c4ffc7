// Two postings with the same fingerprint (same title at the same company) are the
// same job only if their texts mostly agree: one board may add an intro or
// boilerplate, but a different opening (another city, another team) reads differently.
const SHINGLE_WORDS = 3;
const MAX_WORDS = 4000;
/** Share of the shorter text's word triples found in the longer one. */
export const SAME_JOB_CONTAINMENT = 0.6;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/** How much of the shorter description the longer one contains, from 0 to 1. */
export function containment(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return large.size === 0 ? 1 : 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export function isSameJobText(a: string, b: string): boolean {
  return containment(a, b) >= SAME_JOB_CONTAINMENT;
}
