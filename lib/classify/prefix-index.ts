// A fast index from the first characters of a word to the regexes that can match
// there. Scanning a posting with one big alternation of every cue costs a fraction
// of a millisecond; instead the words' starts are found once (word-starts.ts), and at
// each only the few cues whose pattern can begin with those characters are tried
// (sticky regexes, so each try is anchored and cheap).
//
// The index keys are derived from each regex source by enumerating the strings of
// up to KEY_LENGTH characters it can start with (a key stops early at \w, '.' or a
// negated class). Supported syntax: literals, escapes, character classes, (?:…) groups,
// alternation, quantifiers and lookarounds. A pattern that could start with something
// unbounded is refused at load time.
import { fold, keyAt, slotGeneration, type WordStarts } from './word-starts';

export const KEY_LENGTH = 4;
/** Enumeration guard: a pattern with more starts than this is refused (too vague). */
const MAX_KEYS = 4000;

type Atom =
  | { kind: 'chars'; chars: string[]; min: number; max: number }
  | { kind: 'group'; alts: Atom[][]; min: number; max: number }
  | { kind: 'empty' }
  /** Any of very many characters (\w, ., a negated class): fine after the key, refused within it. */
  | { kind: 'wild'; min: number; max: number };

class Parser {
  private i = 0;
  /** `exact`: an escape that is not a plain character (\\s, \\n, \\x41 …) is wild, not read as a few characters. */
  constructor(private readonly src: string, private readonly exact = false) {}

  parse(): Atom[][] {
    const alts = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected '${this.src[this.i]}' at ${this.i} in ${this.src}`);
    return alts;
  }

  private alternation(): Atom[][] {
    const alts: Atom[][] = [this.sequence()];
    while (this.src[this.i] === '|') { this.i++; alts.push(this.sequence()); }
    return alts;
  }

  private sequence(): Atom[] {
    const seq: Atom[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      seq.push(this.quantified(atom));
    }
    return seq;
  }

  private quantified(atom: Atom): Atom {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`bad quantifier in ${this.src}`);
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length;
    } else return atom;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    if (atom.kind === 'empty') return atom;
    return { ...atom, min, max };
  }

  private atom(): Atom {
    const c = this.src[this.i]!;
    if (c === '(') {
      if (this.src.startsWith('(?:', this.i)) this.i += 3;
      else if (/^\(\?<?[=!]/.test(this.src.slice(this.i, this.i + 4))) {
        // Lookaround: zero-width, does not change what a match starts with.
        this.i += this.src[this.i + 2] === '<' ? 4 : 3;
        this.alternation();
        this.expect(')');
        return { kind: 'empty' };
      } else throw new Error(`capturing group in cue ${this.src}`);
      const alts = this.alternation();
      this.expect(')');
      return { kind: 'group', alts, min: 1, max: 1 };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') { this.i++; return { kind: 'wild', min: 1, max: 1 }; }
    if (c === '^' || c === '$') throw new Error(`anchor in cue ${this.src}`);
    this.i++;
    return { kind: 'chars', chars: [c], min: 1, max: 1 };
  }

  private escape(): Atom {
    const c = this.src[this.i + 1];
    this.i += 2;
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if (c === 'd') return { kind: 'chars', chars: [...'0123456789'], min: 1, max: 1 };
    if (c === 's' && !this.exact) return { kind: 'chars', chars: [' ', '\t', '\n', '\u00a0'], min: 1, max: 1 };
    if (c === 'u') {
      const hex = this.src.slice(this.i, this.i + 4);
      this.i += 4;
      return { kind: 'chars', chars: [String.fromCharCode(parseInt(hex, 16))], min: 1, max: 1 };
    }
    if (c === undefined) throw new Error(`trailing backslash in ${this.src}`);
    if (/[wWDSpP]/.test(c) || (this.exact && /[0-9a-zA-Z]/.test(c))) {
      if (c === 'p' || c === 'P') this.i = this.src.indexOf('}', this.i) + 1;
      return { kind: 'wild', min: 1, max: 1 };
    }
    return { kind: 'chars', chars: [c], min: 1, max: 1 };
  }

  private charClass(): Atom {
    this.i++;
    if (this.src[this.i] === '^') {
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { kind: 'wild', min: 1, max: 1 };
    }
    const chars: string[] = [];
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Error(`unclosed class in ${this.src}`);
      let c = this.src[this.i]!;
      if (c === '\\') {
        const e = this.src[this.i + 1]!;
        this.i += 2;
        if (e === 'd') { chars.push(...'0123456789'); continue; }
        if (e === 's' && !this.exact) { chars.push(' ', '\t', '\n'); continue; }
        if (e === 'u') {
          chars.push(String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 4), 16)));
          this.i += 4;
          // A range from an escaped character ("\u00c0-\u024f"): too many characters to list.
          if (this.exact && this.src[this.i] === '-' && this.src[this.i + 1] !== ']') return this.wildClass();
          continue;
        }
        if (/[wWDSpP]/.test(e) || (this.exact && /[0-9a-zA-Z]/.test(e))) return this.wildClass();
        c = e;
      } else this.i++;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        const to = this.src[this.i + 1]!;
        if (this.exact && to === '\\') return this.wildClass();
        this.i += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
      } else chars.push(c);
    }
    this.i++;
    return { kind: 'chars', chars, min: 1, max: 1 };
  }

  /** The rest of a class (up to its ']') read as any of very many characters. */
  private wildClass(): Atom {
    while (this.src[this.i] !== ']') this.i++;
    this.i++;
    return { kind: 'wild', min: 1, max: 1 };
  }

  private expect(c: string): void {
    if (this.src[this.i] !== c) throw new Error(`expected '${c}' at ${this.i} in ${this.src}`);
    this.i++;
  }
}

/** Every lower-cased string of up to `n` characters that `source` can start a match with. */
export function startKeys(source: string, n = KEY_LENGTH): string[] {
  const alts = new Parser(source).parse();
  const out = new Set<string>();
  const extendSeq = (prefix: string, seq: Atom[], k: number, done: (p: string) => void): void => {
    if (out.size > MAX_KEYS) throw new Error(`too many starts in ${source}`);
    if (prefix.length >= n || k === seq.length) { done(prefix); return; }
    const atom = seq[k]!;
    if (atom.kind === 'empty') { extendSeq(prefix, seq, k + 1, done); return; }
    if (atom.kind === 'wild') {
      // The key stops here (a shorter key still finds the position); a cue must not start with it.
      if (prefix === '') throw new Error(`a cue must start with spelled-out characters (not \\w, '.', a negated class): ${source}`);
      done(prefix);
      return;
    }
    const once = (p: string, next: (q: string) => void) => {
      if (atom.kind === 'chars') for (const c of atom.chars) next(p + c.toLowerCase());
      else for (const alt of atom.alts) extendSeq(p, alt, 0, next);
    };
    const repeat = (p: string, count: number) => {
      if (p.length >= n) { done(p); return; }
      if (count >= atom.min) extendSeq(p, seq, k + 1, done);
      if (count < atom.max) once(p, (q) => (q.length === p.length && count >= atom.min ? undefined : repeat(q, count + 1)));
    };
    repeat(prefix, 0);
  };
  for (const alt of alts) extendSeq('', alt, 0, (p) => { out.add(p.slice(0, n)); });
  if (out.has('')) throw new Error(`cue can match the empty string: ${source}`);
  return [...out];
}

/** A class of more characters than this ends a literal start (as \\w does): listing them would not pay. */
const MAX_BRANCH = 3;

/**
 * The strings, exactly as written (no case folding), one of which every match of
 * `source` (compiled without the i flag) starts with: each as far as the pattern spells
 * it out, at most `n` characters. A class of a few characters branches; \\s, \\w, '.', a
 * larger class or any other escape ends a start there. Null when a match may start with
 * no such string, or there would be more than `max` of them (the pattern is too vague
 * to be worth checking this way). None begins with another.
 */
export function literalStarts(source: string, n = 8, max = 128): string[] | null {
  let alts: Atom[][];
  try {
    alts = new Parser(source, true).parse();
  } catch {
    return null;
  }
  const out = new Set<string>();
  let ok = true;
  // A start ends here, whatever follows (the end of the pattern, or where it stops being literal).
  const finish = (p: string): void => {
    if (p === '') ok = false;
    else out.add(p);
    if (out.size > max) ok = false;
  };
  const extend = (prefix: string, seq: Atom[], k: number, next: (p: string) => void): void => {
    if (!ok) return;
    if (prefix.length >= n) { finish(prefix); return; }
    if (k === seq.length) { next(prefix); return; }
    const atom = seq[k]!;
    if (atom.kind === 'empty') { extend(prefix, seq, k + 1, next); return; }
    if (atom.kind === 'wild' || (atom.kind === 'chars' && atom.chars.length > MAX_BRANCH)) { finish(prefix); return; }
    const once = (p: string, then: (q: string) => void): void => {
      if (atom.kind === 'chars') for (const c of atom.chars) then(p + c);
      else for (const alt of atom.alts) extend(p, alt, 0, then);
    };
    const repeat = (p: string, count: number): void => {
      if (!ok) return;
      if (p.length >= n) { finish(p); return; }
      if (count >= atom.min) extend(p, seq, k + 1, next);
      if (count < atom.max) once(p, (q) => (q.length === p.length && count >= atom.min ? undefined : repeat(q, count + 1)));
    };
    repeat(prefix, 0);
  };
  for (const alt of alts) extend('', alt, 0, finish);
  if (!ok) return null;
  // A start that another one begins is implied by it: "model" makes "models" say nothing more.
  const all = [...out];
  return all.filter((s) => !all.some((t) => t.length < s.length && s.startsWith(t)));
}

/**
 * A short name for a pattern in the stored start-key tables (cue-keys.ts,
 * skill-cue-keys.ts): FNV-1a over its characters, in base 36. An edited pattern gets
 * another name, finds nothing stored, and has its keys derived at load instead.
 */
export function patternId(pattern: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < pattern.length; i++) h = Math.imul(h ^ pattern.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The stored start keys of `pattern` in `table`, else derived (`startKeys`). */
export function keysOf(table: Readonly<Record<string, readonly string[]>>, pattern: string): readonly string[] {
  const id = patternId(pattern);
  return Object.prototype.hasOwnProperty.call(table, id) ? table[id]! : startKeys(pattern);
}

/**
 * The stored literal starts of `pattern` in `table` (those of `source`, the regex run,
 * such as the pattern lower-cased), else derived (`literalStarts`: a few ms in all on
 * each page load, which the stored tables save).
 */
export function literalStartsOf(
  table: Readonly<Record<string, readonly string[] | null>>, pattern: string, source = pattern,
): readonly string[] | null {
  const id = patternId(pattern);
  return Object.prototype.hasOwnProperty.call(table, id) ? table[id]! : literalStarts(source);
}

export class PrefixIndex<T> {
  /**
   * `order`: how the items found at one word are sorted (a cue family's order, where the
   * first cue that matches wins); without it, longer keys' items come first, each list
   * in the order added.
   */
  constructor(private readonly order?: (a: T, b: T) => number) {}

  private readonly lists: T[][] = [];
  private bySlot: Array<readonly T[] | undefined> = [];
  private restsBySlot: Array<ReadonlyArray<readonly number[] | null> | undefined> = [];
  private generation = -1;

  /** One map per key length (index 1..4), so "ml" and "ml o" never share a bucket. */
  private readonly byLength: Array<Map<number, T[]>> = [new Map(), new Map(), new Map(), new Map(), new Map()];

  /** For each pair of first characters, a bit per key length that exists: most words are skipped here. */
  private readonly pairMask = new Uint8Array(128 * 128);

  /** Lists `item` under each of its pattern's start keys (`startKeys`, or stored: deriving them costs ms at load). */
  addKeys(keys: readonly string[], item: T): void {
    for (const key of keys) {
      const c0 = fold(key.charCodeAt(0));
      if (key.length === 1) for (let c1 = 0; c1 < 128; c1++) this.pairMask[(c0 << 7) | c1]! |= 2;
      else this.pairMask[(c0 << 7) | fold(key.charCodeAt(1))]! |= 1 << key.length;
      const map = this.byLength[key.length]!;
      // Up to four folded characters packed into one small integer, as a word start's key is.
      const k = keyAt(key, 0);
      const list = map.get(k);
      if (list) { if (!list.includes(item)) list.push(item); } else map.set(k, [item]);
    }
  }

  /**
   * The lists of items whose pattern may start with the (folded, packed) four characters
   * `key`, written to `out`; returns how many (0 to 4: one per key length that matches,
   * so an item listed under two lengths comes twice). Each list is in the order its
   * items were added.
   */
  private listsFor(key: number, out: T[][]): number {
    const mask = this.pairMask[key >>> 14]!;
    if (mask === 0) return 0;
    const [, m1, m2, m3, m4] = this.byLength as [unknown, Map<number, T[]>, Map<number, T[]>, Map<number, T[]>, Map<number, T[]>];
    let lists = 0;
    let items: T[] | undefined;
    if (mask & 16 && (items = m4.get(key)) !== undefined) out[lists++] = items;
    if (mask & 8 && (items = m3.get(key & ~0x7f)) !== undefined) out[lists++] = items;
    if (mask & 4 && (items = m2.get(key & ~0x3fff)) !== undefined) out[lists++] = items;
    if (mask & 2 && (items = m1.get(key & ~0x1fffff)) !== undefined) out[lists++] = items;
    return lists;
  }

  /** Every item whose pattern may start with the packed key, deduplicated, in this index's order. */
  candidates(key: number): readonly T[] {
    const n = this.listsFor(key, this.lists);
    if (n === 0) return NONE;
    if (n === 1 && !this.order) return this.lists[0]!;
    const out: T[] = [];
    for (let l = 0; l < n; l++) for (const item of this.lists[l]!) if (!out.includes(item)) out.push(item);
    return this.order ? out.sort(this.order) : out;
  }

  /**
   * The per-slot memory of `candidates` for these word starts, for a scan's inner loop to
   * read directly (`memo[words.slot[w]] ?? candidatesAt(words, w)`); null when the word
   * starts belong to an older generation of the key table.
   */
  memoFor(words: WordStarts): ReadonlyArray<readonly T[] | undefined> | null {
    const generation = words.generation;
    if (generation !== slotGeneration()) return null;
    if (generation !== this.generation) this.startOver(generation);
    return this.bySlot;
  }

  private startOver(generation: number): void {
    this.bySlot = [];
    this.restsBySlot = [];
    this.generation = generation;
  }

  /**
   * Beside `candidatesAt(words, w)`, one entry per candidate: what must follow the
   * word's first KEY_LENGTH characters in the text for it to match there (`restAgrees`),
   * from the rests of its literal starts (`startsOf`, from literalStarts) that agree with
   * the word's key (none: it cannot match here); or null when its starts tell nothing
   * the key does not (try it). Remembered per key slot; null when the word has no slot
   * (try every candidate). `startsOf` must be the same function at every call on this index.
   */
  restsAt(words: WordStarts, w: number, startsOf: (item: T) => readonly string[] | null): ReadonlyArray<readonly number[] | null> | null {
    const slot = words.slot[w]!;
    if (slot < 0 || words.generation !== slotGeneration()) return null;
    if (words.generation !== this.generation) this.startOver(words.generation);
    let found = this.restsBySlot[slot];
    if (found === undefined) {
      const key = words.key[w]!;
      found = this.candidatesAt(words, w).map((item) => restsAgreeing(startsOf(item), key));
      remember(this.restsBySlot, slot, found);
    }
    return found;
  }

  /** `candidates` of the word `w` of `words`, remembered per key slot (word-starts.ts). */
  candidatesAt(words: WordStarts, w: number): readonly T[] {
    const generation = words.generation;
    if (generation !== slotGeneration()) return this.candidates(words.key[w]!);
    if (generation !== this.generation) this.startOver(generation);
    const slot = words.slot[w]!;
    if (slot < 0) return this.candidates(words.key[w]!);
    let found = this.bySlot[slot];
    if (found === undefined) remember(this.bySlot, slot, found = this.candidates(words.key[w]!));
    return found;
  }
}

const NONE: readonly never[] = [];

/**
 * `list[slot] = value`, the gap before it filled: V8 turns an array written far past
 * its end into a dictionary, where every read of the scans' inner loops is a hash lookup.
 */
function remember<V>(list: Array<V | undefined>, slot: number, value: V): void {
  while (list.length < slot) list.push(undefined);
  list[slot] = value;
}

/**
 * What follows the key in the starts that agree with a word's packed, folded key (a
 * character beyond ASCII folds to 127, which agrees with anything): up to KEY_LENGTH
 * more characters, packed and folded as a key is, each with the mask of its length,
 * side by side; null when `starts` is null or one is no longer than the key (it tells
 * nothing more).
 */
function restsAgreeing(starts: readonly string[] | null, key: number): number[] | null {
  if (starts === null) return null;
  const rests: number[] = [];
  // Only the starts whose first character is the word's can agree (an adversarial text
  // has thousands of distinct words, each read against every start of its cues).
  const first = key >>> 21;
  for (const s of first === 127 ? starts : (byFirstCharacter(starts)[first] ?? NONE)) {
    let agrees = true;
    for (let j = 0; j < KEY_LENGTH && j < s.length && agrees; j++) {
      const k = (key >>> (21 - 7 * j)) & 127;
      agrees = k === 127 || fold(s.charCodeAt(j)) === k;
    }
    if (!agrees) continue;
    if (s.length <= KEY_LENGTH) return null;
    const rest = s.slice(KEY_LENGTH, 2 * KEY_LENGTH);
    const packed = keyAt(rest, 0);
    const mask = ~0 << (7 * (KEY_LENGTH - rest.length));
    let seen = false;
    for (let i = 0; i < rests.length && !seen; i += 2) seen = rests[i] === packed && rests[i + 1] === mask;
    if (!seen) rests.push(packed, mask);
  }
  return rests;
}

const startsByFirst = new WeakMap<readonly string[], ReadonlyArray<readonly string[] | undefined>>();

/** A cue's literal starts by the folded code of their first character. */
function byFirstCharacter(starts: readonly string[]): ReadonlyArray<readonly string[] | undefined> {
  let found = startsByFirst.get(starts);
  if (found === undefined) {
    const byFirst: string[][] = [];
    for (const s of starts) (byFirst[fold(s.charCodeAt(0))] ??= []).push(s);
    startsByFirst.set(starts, found = byFirst);
  }
  return found;
}

/**
 * Whether one of `rests` (restsAt) agrees with `next`, the packed, folded key of the
 * characters that follow the word's first KEY_LENGTH (keyAt(text, start + KEY_LENGTH)).
 */
export function restAgrees(next: number, rests: readonly number[]): boolean {
  for (let i = 0; i < rests.length; i += 2) if ((next & rests[i + 1]!) === rests[i]!) return true;
  return false;
}
