// Where the words of a text start, each with its first four characters: the one walk
// over a description that every cue family shares (work, scope, modality and the skill
// signals look up their cues at these starts; see cues.ts and lib/trends/match.ts),
// instead of each family walking every character again.
//
// Each distinct four-character key gets a small number (a slot) from one table shared
// by all families, so a family finds its cues for a word by an array read
// (PrefixIndex.candidatesAt), not a hash lookup per word and family.

export interface WordStarts {
  /** How many words. */
  count: number;
  /** The offset of each word's first character, ascending. */
  at: Int32Array;
  /** Its first four characters from there, case folded and packed (prefix-index.ts `keyOf`). */
  key: Int32Array;
  /** The key's slot in the shared table, or -1 when the table was full. */
  slot: Int32Array;
  /** The table's generation the slots belong to. */
  generation: number;
}

/** Letters and digits (ASCII and Latin-1/Latin Extended): what a word is made of. */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** isWordChar for the codes below 0x250 (beyond, never a word character): one load per character. */
const WORD_CHAR = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;

/** A character code folded for keys: ASCII lower-cased, anything beyond ASCII as 127. */
export function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  return code > 127 ? 127 : code;
}

/** `fold` of the codes below 0x250 (word characters start keys; the rest are read through foldCode). */
const FOLD = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) FOLD[c] = fold(c);

function foldCode(code: number): number {
  return code < 128 ? FOLD[code]! : 127;
}

// The key table: open addressing over 2^15 cells. Real postings hold a few thousand
// distinct keys; when adversarial text fills half the table, it starts over (a new
// generation: every family forgets what it resolved, and cached word starts are stale).
const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;
const MAX_SLOTS = TABLE_SIZE >> 1;
// Each cell holds key + 1 (0: empty) and its slot side by side: one cache line per probe.
const cells = new Int32Array(TABLE_SIZE * 2);
let slots = 0;
let generation = 0;

/** The generation of the slots now handed out: a family's resolved candidates are kept per generation. */
export function slotGeneration(): number {
  return generation;
}

function slotFor(key: number): number {
  let cell = Math.imul(key, 0x9e3779b1) >>> (32 - TABLE_BITS);
  for (;;) {
    const k = cells[cell * 2]!;
    if (k === key + 1) return cells[cell * 2 + 1]!;
    if (k === 0) break;
    cell = (cell + 1) & (TABLE_SIZE - 1);
  }
  if (slots === MAX_SLOTS) return -1;
  cells[cell * 2] = key + 1;
  cells[cell * 2 + 1] = slots;
  return slots++;
}

function startOver(): void {
  cells.fill(0);
  slots = 0;
  generation++;
  lastA = lastB = lastShort = null;
  startsA = startsB = startsShort = null;
}

// Where words start, found first on their own: a store at every character and a count
// that grows at a start, without a branch on it (a word starts every five or six
// characters, too irregularly for the processor to guess). Keys and slots come after.
let scratch = new Int32Array(1024);
/** Texts longer than this find their starts in a buffer of their own, not kept. */
const MAX_SCRATCH_TEXT = 50_000;

function computeWordStarts(text: string): WordStarts {
  const n = text.length;
  // At most one start in two characters, and one more store past the last.
  const room = (n >> 1) + 2;
  let starts = scratch;
  if (room > starts.length) {
    starts = new Int32Array(room);
    if (n <= MAX_SCRATCH_TEXT) scratch = starts;
  }
  let count = 0;
  let prevWord = 0;
  let i = 0;
  // Two characters a round: a fifth faster than one.
  for (; i + 1 < n; i += 2) {
    const code0 = text.charCodeAt(i);
    const code1 = text.charCodeAt(i + 1);
    const word0 = code0 < 0x250 ? WORD_CHAR[code0]! : 0;
    const word1 = code1 < 0x250 ? WORD_CHAR[code1]! : 0;
    starts[count] = i;
    count += word0 & (prevWord ^ 1);
    starts[count] = i + 1;
    count += word1 & (word0 ^ 1);
    prevWord = word1;
  }
  if (i < n) {
    const code = text.charCodeAt(i);
    starts[count] = i;
    count += (code < 0x250 ? WORD_CHAR[code]! : 0) & (prevWord ^ 1);
  }
  // The three arrays share one buffer: a typed array's memory is dear to allocate.
  const buffer = new Int32Array(count * 3);
  const at = buffer.subarray(0, count);
  const key = buffer.subarray(count, count * 2);
  const slot = buffer.subarray(count * 2);
  at.set(starts.subarray(0, count));
  let startedOver = false;
  for (let w = 0; w < count; w++) {
    const i = at[w]!;
    const k = i + 3 < n
      ? (FOLD[text.charCodeAt(i)]! << 21) | (foldCode(text.charCodeAt(i + 1)) << 14) | (foldCode(text.charCodeAt(i + 2)) << 7) | foldCode(text.charCodeAt(i + 3))
      : keyAt(text, i);
    const s = slotFor(k);
    // The table is full: start over, and this text's slots with it (its earlier ones are gone).
    // A text with more distinct keys than the table holds leaves the rest without a slot.
    if (s < 0 && !startedOver) { startOver(); startedOver = true; w = -1; continue; }
    key[w] = k;
    slot[w] = s;
  }
  return { count, at, key, slot, generation };
}

// A description is walked by four families, the masked one (company-mask.ts) by two of
// them, with the title in between: keep the last two long texts, and apart from them
// the last short one (the title, walked by four families too).
let lastA: string | null = null;
let startsA: WordStarts | null = null;
let lastB: string | null = null;
let startsB: WordStarts | null = null;
let lastShort: string | null = null;
let startsShort: WordStarts | null = null;

/** The word starts of `text` (case does not matter: keys are folded). */
export function wordStarts(text: string): WordStarts {
  if (text.length < 300) {
    if (text !== lastShort || startsShort!.generation !== generation) {
      startsShort = computeWordStarts(text);
      lastShort = text;
    }
    return startsShort!;
  }
  if (text === lastA && startsA!.generation === generation) return startsA!;
  if (text === lastB && startsB!.generation === generation) return startsB!;
  const s = computeWordStarts(text);
  lastB = lastA; startsB = startsA;
  lastA = text; startsA = s;
  return s;
}

/**
 * Makes `wordStarts(variant)` cheap for a variant of `text` that changed only a few
 * characters in place (company-mask.ts: the company's name masked, same length): the
 * word starts of `text` are reused, and only the keys of words near a changed
 * character are read again. Does nothing when a change would move a word start.
 */
export function deriveWordStarts(variant: string, text: string): void {
  if (variant === text || variant.length !== text.length || variant.length < 300) return;
  const base = wordStarts(text);
  const { count, at } = base; // the starts stay; only keys and slots are copied to change
  const copy = new Int32Array(count * 2);
  copy.set(base.key.subarray(0, count));
  copy.set(base.slot.subarray(0, count), count);
  const key = copy.subarray(0, count);
  const slot = copy.subarray(count);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    // Most of the text is unchanged: skip equal blocks at once (a string compare is a memcmp),
    // and in a block that changed, the equal small blocks around the change.
    if ((i & (SMALL_BLOCK - 1)) === 0) {
      if ((i & (BLOCK - 1)) === 0 && sameBlock(variant, text, i, BLOCK)) { i += BLOCK - 1; continue; }
      if (sameBlock(variant, text, i, SMALL_BLOCK)) { i += SMALL_BLOCK - 1; continue; }
    }
    const a = variant.charCodeAt(i);
    const b = text.charCodeAt(i);
    if (a === b) continue;
    if (isWordCode(a) !== isWordCode(b)) return;
    // The words whose first four characters include i start at i-3 to i.
    while (w < count && at[w]! < i - 3) w++;
    for (let v = w; v < count && at[v]! <= i; v++) {
      const k = keyAt(variant, at[v]!);
      const s = slotFor(k);
      if (s < 0) return;
      key[v] = k;
      slot[v] = s;
    }
  }
  if (base.generation !== generation) return; // a slot above started the table over
  lastB = text; startsB = base;
  lastA = variant; startsA = { count, at, key, slot, generation };
}

/** The blocks of characters deriveWordStarts compares at once. */
const BLOCK = 256;
const SMALL_BLOCK = 32;

/** Whether `a` and `b` (of one length) agree on the `size` characters from `i` (fewer at the end). */
function sameBlock(a: string, b: string, i: number, size: number): boolean {
  const end = Math.min(i + size, a.length);
  return a.slice(i, end) === b.slice(i, end);
}

function isWordCode(code: number): boolean {
  return code < 0x250 && WORD_CHAR[code] === 1;
}

/** The packed, folded key of the four characters from `i` (as a word start would get). */
export function keyAt(text: string, i: number): number {
  const n = text.length;
  const c1 = i + 1 < n ? fold(text.charCodeAt(i + 1)) : 0;
  const c2 = i + 2 < n ? fold(text.charCodeAt(i + 2)) : 0;
  const c3 = i + 3 < n ? fold(text.charCodeAt(i + 3)) : 0;
  return (fold(text.charCodeAt(i)) << 21) | (c1 << 14) | (c2 << 7) | c3;
}

/** The index of the first word starting at or after `offset`. */
export function firstWordAtOrAfter(s: WordStarts, offset: number): number {
  let lo = 0;
  let hi = s.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.at[mid]! < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
