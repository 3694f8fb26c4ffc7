// A fast index from the first characters of a word to the regexes that can match
// there. Scanning a posting with one big alternation of every cue costs a fraction
// of a millisecond; instead the text is walked once, word start by word start, and
// only the few cues whose pattern can begin with those characters are tried
// (sticky regexes, so each try is anchored and cheap).
//
// The index keys are derived from each regex source by enumerating the strings of
// up to KEY_LENGTH characters it can start with. Supported syntax: literals, escapes,
// character classes, (?:…) groups, alternation and quantifiers. A pattern that could
// start with something unbounded (\w, ., a negated class) is refused at load time.

export const KEY_LENGTH = 4;
/** Enumeration guard: a pattern with more starts than this is refused (too vague). */
const MAX_KEYS = 4000;

type Atom =
  | { kind: 'chars'; chars: string[]; min: number; max: number }
  | { kind: 'group'; alts: Atom[][]; min: number; max: number }
  | { kind: 'empty' };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

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
    if (c === '.') throw new Error(`'.' cannot be indexed in ${this.src}`);
    if (c === '^' || c === '$') throw new Error(`anchor in cue ${this.src}`);
    this.i++;
    return { kind: 'chars', chars: [c], min: 1, max: 1 };
  }

  private escape(): Atom {
    const c = this.src[this.i + 1];
    this.i += 2;
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    if (c === 'd') return { kind: 'chars', chars: [...'0123456789'], min: 1, max: 1 };
    if (c === 's') return { kind: 'chars', chars: [' ', '\t', '\n', '\u00a0'], min: 1, max: 1 };
    if (c === 'u') {
      const hex = this.src.slice(this.i, this.i + 4);
      this.i += 4;
      return { kind: 'chars', chars: [String.fromCharCode(parseInt(hex, 16))], min: 1, max: 1 };
    }
    if (c === undefined || /[wWDSpP]/.test(c)) throw new Error(`\\${c} cannot be indexed in ${this.src}`);
    return { kind: 'chars', chars: [c], min: 1, max: 1 };
  }

  private charClass(): Atom {
    this.i++;
    if (this.src[this.i] === '^') throw new Error(`negated class cannot be indexed in ${this.src}`);
    const chars: string[] = [];
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Error(`unclosed class in ${this.src}`);
      let c = this.src[this.i]!;
      if (c === '\\') {
        const e = this.src[this.i + 1]!;
        this.i += 2;
        if (e === 'd') { chars.push(...'0123456789'); continue; }
        if (e === 's') { chars.push(' ', '\t', '\n'); continue; }
        if (e === 'u') { chars.push(String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 4), 16))); this.i += 4; continue; }
        if (/[wWDSpP]/.test(e)) throw new Error(`\\${e} in class cannot be indexed in ${this.src}`);
        c = e;
      } else this.i++;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        const to = this.src[this.i + 1]!;
        this.i += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
      } else chars.push(c);
    }
    this.i++;
    return { kind: 'chars', chars, min: 1, max: 1 };
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

/** A character code folded for keys: ASCII lower-cased, anything beyond Latin-1 as 255. */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  return code > 255 ? 255 : code;
}

function keyOf(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) k = k * 256 + fold(s.charCodeAt(i));
  // Length is part of the key: "ml" and "ml\0\0" must differ.
  return k * 8 + s.length;
}

/** Letters and digits (ASCII and Latin-1/Latin Extended): what a word is made of. */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

export class PrefixIndex<T> {
  private readonly byKey = new Map<number, T[]>();
  private readonly lengths = new Set<number>();

  add(source: string, item: T): void {
    for (const key of startKeys(source)) {
      this.lengths.add(key.length);
      const k = keyOf(key);
      const list = this.byKey.get(k);
      if (list) { if (!list.includes(item)) list.push(item); } else this.byKey.set(k, [item]);
    }
  }

  /** Calls `visit` with every item whose pattern may start at a word start of `text`, in text order. */
  scan(text: string, visit: (item: T, at: number) => void): void {
    const lengths = [...this.lengths].sort((a, b) => b - a);
    let prevWord = false;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const word = isWordChar(code);
      if (word && !prevWord) {
        let k = 0;
        let len = 0;
        const keys: number[] = [];
        for (; len < KEY_LENGTH && at + len < text.length; len++) {
          k = k * 256 + fold(text.charCodeAt(at + len));
          keys.push(k * 8 + len + 1);
        }
        for (const l of lengths) {
          if (l > keys.length) continue;
          const items = this.byKey.get(keys[l - 1]!);
          if (items) for (const item of items) visit(item, at);
        }
      }
      prevWord = word;
    }
  }
}
