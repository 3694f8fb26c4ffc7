// Case-insensitive matching without the i flag. A case-insensitive regex compiles about
// twice as slowly as a case-sensitive one, and the content script compiles every regex
// it uses again on each page load; so the larger patterns are written in lower case,
// compiled without the flag, and run on lower-cased text.

// A description (and its copy with the company's name masked) is lower-cased for
// several readers in turn: the cue scans, the skill signals, the level's word checks.
let lastA: string | null = null;
let lowerA = '';
let lastB: string | null = null;
let lowerB = '';

/** `text.toLowerCase()`, remembered for the last two long texts (short ones are cheap to redo). */
export function lowerCased(text: string): string {
  if (text.length < 500) return text.toLowerCase();
  if (text === lastA) return lowerA;
  if (text !== lastB) { lowerB = text.toLowerCase(); lastB = text; }
  // The one just used comes first.
  const t = lastA; const l = lowerA;
  lastA = lastB; lowerA = lowerB;
  lastB = t; lowerB = l;
  return lowerA;
}

/**
 * `text` lower-cased, when a regex written in lower case (ASCII and Latin-1 letters)
 * matches it without the i flag exactly where it matches `text` with the flag: the
 * same length (so the same offsets), and no Kelvin sign, the one character that
 * lower-cases to an ASCII letter the flag does not equate with it. Else null.
 */
export function lowerForMatch(text: string): string | null {
  if (text.includes('\u212a')) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/**
 * lowerCased(text) when each of its slices is lowerForMatch of the same slice of `text`,
 * so that many windows of a text are lower-cased at once: the same length, no Kelvin
 * sign, and no capital sigma (the one letter whose lower case depends on what follows).
 * Else null. (A slice that cuts a surrogate pair may differ in that half, which no
 * pattern written in ASCII tells apart.)
 */
export function lowerForSlices(text: string): string | null {
  const lower = lowerCased(text);
  return lower.length === text.length && !text.includes('\u212a') && !text.includes('\u03a3') ? lower : null;
}

// A case-insensitive regex costs V8 2-3x more to compile than the same regex without
// /i. A /i regex whose pattern spells only lower-case ASCII letters and uncased
// characters finds on a text exactly what its twin without /i finds on the text
// lower-cased — as long as lower-casing keeps every offset and turns no other character
// into ASCII: of all UTF-16 code units only U+0130 (İ, which grows) and U+212A (the
// Kelvin sign, which becomes "k") do either. (Without the u flag, /i never matches an
// ASCII letter to anything but its two cases, and \w and \b are ASCII-only.)

/** The twin of a /i regex, for lower-cased text (see `foldCase`); other flags kept. */
export function lowerTwin(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('i', ''));
}

/** `lowerForMatch(text)`, remembered for the last text: a heading or sentence is often read by several regexes in turn. */
export function foldCase(text: string): string | null {
  if (text !== lastFoldIn) {
    lastFoldOut = lowerForMatch(text);
    lastFoldIn = text;
  }
  return lastFoldOut;
}
let lastFoldIn: string | null = null;
let lastFoldOut: string | null = null;

const caseless = new Map<RegExp, RegExp>();

/** `re` with the i flag: for the rare text lowerForMatch cannot lower-case. */
export function anyCase(re: RegExp): RegExp {
  let r = caseless.get(re);
  if (!r) caseless.set(re, (r = new RegExp(re.source, `${re.flags}i`)));
  return r;
}

/** `re` (lower case, no i flag) on `s`, as the same regex with the i flag would test it; `lower` is lowerForMatch(s). */
export function testLower(re: RegExp, s: string, lower: string | null = lowerForMatch(s)): boolean {
  return lower !== null ? re.test(lower) : anyCase(re).test(s);
}
