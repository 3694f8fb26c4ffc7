// Keyword cues: many small patterns per family, found in one walk over the text. At
// each word start only the cues that can begin with its first characters are tried
// (an index from up to four leading characters to cues, prefix-index.ts),
// each as an anchored (sticky) regex, in the family's order: the first cue that matches
// there wins and the walk goes on after it. That is what one alternation of the cues
// would find (leftmost, the first alternative at a position, no overlaps) at a fraction
// of the cost: V8 tries an alternation of a hundred cues at every character.
import { CUE_KEYS, CUE_STARTS } from './cue-keys';
import { lowerCased } from './lower-case';
import { KEY_LENGTH, keysOf, literalStartsOf, PrefixIndex, restAgrees } from './prefix-index';
import { firstWordAtOrAfter, isWordChar, keyAt, wordStarts, type WordStarts } from './word-starts';

export interface Cue<T> {
  /** A stable name, for tests and debugging. */
  id: string;
  /** Regex source, non-capturing groups only, starting with a word character; a match must end at a word's end. */
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
  /** The family's name; a named family's start keys are stored in cue-keys.ts. */
  name: string | null;
  cues: ReadonlyArray<Cue<T>>;
  /** The index and regexes, built on first use (see `built`). */
  lazy: Built | null;
}

const families: Array<CompiledCues<unknown>> = [];

/** Patterns are written in lower case and matched without regard to case. Compiled on first use. */
export function compileCues<T>(cues: ReadonlyArray<Cue<T>>, name: string | null = null): CompiledCues<T> {
  const family: CompiledCues<T> = { name, cues, lazy: null };
  families.push(family as CompiledCues<unknown>);
  return family;
}

/** Every family compiled so far (for the test that keeps cue-keys.ts up to date). */
export function compiledFamilies(): ReadonlyArray<CompiledCues<unknown>> {
  return families;
}

interface Built {
  /** From a word's first characters to the numbers of the cues that may start there. */
  index: PrefixIndex<number>;
  /** Per cue, sticky and case-sensitive, run on the lower-cased text: faster than /i in V8. */
  res: RegExp[];
  /** Per cue, case-insensitive, for the rare text whose lower-casing changes its length; built when first needed. */
  resI: Array<RegExp | null>;
  /** A cue's literal starts (prefix-index.ts literalStarts), read when first needed: most tries fail, and fail there. */
  startsOf: (cue: number) => readonly string[] | null;
}

function built<T>(compiled: CompiledCues<T>): Built {
  if (compiled.lazy) return compiled.lazy;
  const index = new PrefixIndex<number>(byNumber);
  compiled.cues.forEach((c, i) => {
    // Stored keys when there are (deriving them costs ms on every page load), else derived.
    const keys = keysOf(CUE_KEYS, c.pattern);
    // The walk stops only at word starts (word-starts.ts): a cue must begin with a letter or digit.
    const bad = keys.find((k) => !isWordChar(k.charCodeAt(0)));
    if (bad !== undefined) throw new Error(`cue ${c.id} can start with a non-word character: "${bad}"`);
    index.addKeys(keys, i);
  });
  // No letter or digit after the cue: "RL" must not match inside "URLs", nor R inside "règle".
  const res = compiled.cues.map((c) => new RegExp(`(?:${c.pattern})(?![\\w\\u00c0-\\u024f])`, 'y'));
  const starts: Array<readonly string[] | null | undefined> = [];
  const startsOf = (c: number): readonly string[] | null => {
    let found = starts[c];
    if (found === undefined) starts[c] = found = literalStartsOf(CUE_STARTS, compiled.cues[c]!.pattern);
    return found;
  };
  compiled.lazy = { index, res, resI: compiled.cues.map(() => null), startsOf };
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

/**
 * Only this much of a text is read for cues: real postings are far shorter (the
 * longest in the corpus is a few tens of thousands of characters), and a bound
 * keeps a 1 MB or adversarial description from costing more than a few ms.
 */
export const MAX_SCAN_CHARS = 100_000;

/**
 * Every cue hit in `text`, left to right, non-overlapping. With `ranges`, only those
 * spans are read (sorted, disjoint, starting at line starts): the classifiers skip
 * boilerplate this way instead of scanning it and dropping its hits.
 */
export function scanCues<T>(
  compiled: CompiledCues<T>, text: string, ranges?: ReadonlyArray<readonly [number, number]>, limit = 2000,
): CueHit<T>[] {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  // The same description is scanned by several families in a row: lower-cased once.
  const lower = lowerCased(scanned);
  const sameOffsets = lower.length === scanned.length;
  return scanAlternation(compiled, built(compiled), wordStarts(scanned), sameOffsets ? lower : scanned, sameOffsets, ranges, limit);
}

function scanAlternation<T>(
  compiled: CompiledCues<T>, b: Built, words: WordStarts, whole: string, sameOffsets: boolean,
  ranges: ReadonlyArray<readonly [number, number]> | undefined, limit: number,
): CueHit<T>[] {
  const { cues } = compiled;
  const { index, res } = b;
  const hits: CueHit<T>[] = [];
  const memo = index.memoFor(words);
  const { slot } = words;
  for (const [from, to] of ranges ?? [[0, whole.length] as const]) {
    const end = Math.min(to, whole.length);
    for (let w = firstWordAtOrAfter(words, from); w < words.count; w++) {
      const at = words.at[w]!;
      if (at >= end) break;
      // The cues that may start here, in the family's order.
      const candidates = (memo !== null ? memo[slot[w]!] : undefined) ?? index.candidatesAt(words, w);
      if (candidates.length === 0) continue;
      // Most tries fail, most of them right after the word's first characters: a cue
      // whose literal starts do not go on as the (lower-cased) text does is not tried.
      const rests = sameOffsets ? index.restsAt(words, w, b.startsOf) : null;
      let next = -1; // the key of what follows the word's first characters, read when first needed
      for (let i = 0; i < candidates.length; i++) {
        const c = candidates[i]!;
        const rest = rests !== null ? rests[i]! : null;
        if (rest !== null) {
          if (next < 0) next = keyAt(whole, at + KEY_LENGTH);
          if (!restAgrees(next, rest)) continue;
        }
        const re = sameOffsets ? res[c]! : (b.resI[c] ??= new RegExp(res[c]!.source, 'iy'));
        re.lastIndex = at;
        // A match must stay within its range (ranges end at line ends). A sticky regex that
        // matched ends at its lastIndex: no match array to make.
        if (!re.test(whole) || re.lastIndex > end) continue;
        const stop = re.lastIndex;
        hits.push({ cue: cues[c]!, start: at, end: stop });
        if (hits.length >= limit) return hits;
        // No overlaps: the walk goes on after the match.
        while (w + 1 < words.count && words.at[w + 1]! < stop) w++;
        break;
      }
    }
  }
  return hits;
}

const byNumber = (x: number, y: number): number => x - y;
