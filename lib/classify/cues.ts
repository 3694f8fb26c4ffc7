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
  /** Case-insensitive fallback for the rare text whose lower-casing changes its length. */
  reI: RegExp;
}

// One plain alternation per family. (Tried and measured slower: grouping the cues by
// first character behind lookaheads — V8 then gives up native code for the larger
// regex, 10x slower — and a word-start index with one sticky regex per cue, as in
// lib/trends/prefix-index.ts — nearly every word is a candidate, no faster.)
function built<T>(compiled: CompiledCues<T>): Built {
  if (compiled.lazy) return compiled.lazy;
  // \b before and no word character after: "RL" must not match inside "URL".
  const source = `\\b(?:${compiled.cues.map((c) => `(${c.pattern})`).join('|')})(?!\\w)`;
  compiled.lazy = { re: new RegExp(source, 'g'), reI: new RegExp(source, 'gi') };
  return compiled.lazy;
}

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
  const re = sameOffsets ? b.re : b.reI;
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

