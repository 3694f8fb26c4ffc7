// Keyword cues: many small patterns compiled into ONE alternation regex (on first
// use), so a text is scanned once per family, and each hit knows which cue it was.
// Patterns must use only non-capturing groups: the capture index identifies the cue.

export interface Cue<T> {
  /** A stable name, for tests and debugging. */
  id: string;
  /** Regex source, non-capturing groups only; word boundaries are added around it. */
  pattern: string;
  tag: T;
  weight: number;
}

export interface CueHit<T> {
  cue: Cue<T>;
  start: number;
  end: number;
}

export interface CompiledCues<T> {
  cues: ReadonlyArray<Cue<T>>;
  /** The regexes, built on first use (see `built`). */
  lazy: Built | null;
}

/** Patterns are written in lower case and matched without regard to case. Compiled on first use. */
export function compileCues<T>(cues: ReadonlyArray<Cue<T>>): CompiledCues<T> {
  return { cues, lazy: null };
}

interface Built {
  /** Case-sensitive, run on the lower-cased text: faster than /i in V8. */
  re: RegExp;
  /** Case-insensitive fallback for the rare text whose lower-casing changes its length; built when first needed. */
  reI: RegExp | null;
  source: string;
}

// One plain alternation per family. (Tried and measured slower: grouping the cues by
// first character behind lookaheads — V8 then gives up native code for the larger
// regex, 10x slower — and a word-start index with one sticky regex per cue, as in
// lib/trends/prefix-index.ts — nearly every word is a candidate, 10-40% slower, and
// listing each cue's starts costs milliseconds on first use.)
function built<T>(compiled: CompiledCues<T>): Built {
  if (compiled.lazy) return compiled.lazy;
  // \b before and no word character after: "RL" must not match inside "URL".
  const source = `\\b(?:${compiled.cues.map((c) => `(${c.pattern})`).join('|')})(?!\\w)`;
  compiled.lazy = { re: nativeFirst(new RegExp(source, 'g')), reI: null, source };
  return compiled.lazy;
}

/**
 * The first-use cost of a large regex. V8 runs a regex first in its bytecode
 * interpreter and compiles it to machine code from the second run on, unless the first
 * subject is long (1,000 characters or more): then it compiles to machine code at once.
 * For a family's alternation of dozens of cues the bytecode is the dear one: ~8 ms for
 * the body cues on a short text, then ~1.7 ms more for the machine code, against
 * ~1.8 ms in all when the first run is on a long subject. Every page load pays this
 * (a content script is a fresh JS world), so the first run is on a blank line of that
 * length, where nothing matches. The other classifiers' fixed regexes gain the same way
 * (3-4x less on first use): see `nativeFirstAll`.
 */
let blank = '';
export function nativeFirst(re: RegExp): RegExp {
  if (blank.length === 0) blank = ' '.repeat(1000);
  re.lastIndex = 0;
  re.exec(blank);
  re.lastIndex = 0;
  return re;
}

/** `nativeFirst` for each regex of a list: call it once, on a classifier's first use. */
export function nativeFirstAll(list: readonly RegExp[]): void {
  for (const re of list) nativeFirst(re);
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

/** `text` lower-cased, when the twins of /i regexes may read it in place of `text`; null when not. */
export function foldCase(text: string): string | null {
  // Several mentions in one sentence are judged on the same text: remember the last.
  if (text === lastFoldIn) return lastFoldOut;
  const low = text.toLowerCase();
  lastFoldIn = text;
  lastFoldOut = low.length === text.length && !text.includes('\u212a') ? low : null;
  return lastFoldOut;
}
let lastFoldIn: string | null = null;
let lastFoldOut: string | null = null;

/**
 * Only this much of a text is read for cues: real postings are far shorter (the
 * longest in the corpus is a few tens of thousands of characters), and a bound
 * keeps a 1 MB or adversarial description from costing more than a few ms.
 */
export const MAX_SCAN_CHARS = 100_000;

// The same description is scanned by several families in a row: lower-case it once.
let lastText: string | null = null;
let lastLower = '';
function lowered(text: string): string {
  if (text.length < 500) return text.toLowerCase(); // titles: cheap, and they must not evict the description
  if (text !== lastText) { lastLower = text.toLowerCase(); lastText = text; }
  return lastLower;
}

/**
 * Every cue hit in `text`, left to right, non-overlapping. With `ranges`, only those
 * spans are read (sorted, disjoint, starting at line starts): the classifiers skip
 * boilerplate this way instead of scanning it and dropping its hits.
 */
export function scanCues<T>(
  compiled: CompiledCues<T>, text: string, ranges?: ReadonlyArray<readonly [number, number]>, limit = 2000,
): CueHit<T>[] {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const lower = lowered(scanned);
  const sameOffsets = lower.length === scanned.length;
  return scanAlternation(compiled, built(compiled), sameOffsets ? lower : scanned, sameOffsets, ranges, limit);
}

function scanAlternation<T>(
  compiled: CompiledCues<T>, b: Built, whole: string, sameOffsets: boolean, ranges: ReadonlyArray<readonly [number, number]> | undefined, limit: number,
): CueHit<T>[] {
  const re = sameOffsets ? b.re : (b.reI ??= nativeFirst(new RegExp(b.source, 'gi')));
  const { cues } = compiled;
  const hits: CueHit<T>[] = [];
  for (const [from, to] of ranges ?? [[0, whole.length] as const]) {
    const end = Math.min(to, whole.length);
    if (from >= end) continue;
    const subject = from === 0 && end === whole.length ? whole : whole.slice(from, end);
    re.lastIndex = 0;
    for (let m = re.exec(subject); m && hits.length < limit; m = re.exec(subject)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      for (let g = 1; g <= cues.length; g++) {
        if (m[g] !== undefined) { hits.push({ cue: cues[g - 1]!, start: from + m.index, end: from + m.index + m[0].length }); break; }
      }
    }
  }
  return hits;
}

