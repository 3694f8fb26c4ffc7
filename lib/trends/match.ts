// matchSignals: which trend signals of the catalogue a posting shows, with the
// phrases that show them. Skill signals come from the posting's own text (title,
// responsibilities, requirements; never the company blurb, benefits or EEO text);
// context signals follow from the classifier's axes and the parsed salary.
//
// The text is walked once (lib/trends/prefix-index.ts): at each word start only the
// cues that can begin there are tried; each hit is then checked in its own sentence.
import type { Evidence, LevelResult, Salary, ScopeResult, SignalMatch, WorkResult } from '../model';
import type { ClassifyInput } from '../classify/input';
import { evidenceAt, type Field } from '../classify/evidence';
import { contentRanges, isBoilerplate, sections, type Section } from '../classify/sections';
import { CATALOGUE, SIGNAL_ORDER } from './catalogue';
import { lowerCased } from '../classify/lower-case';
import { KEY_LENGTH, keysOf, literalStartsOf, PrefixIndex, restAgrees } from '../classify/prefix-index';
import { firstWordAtOrAfter, keyAt, wordStarts } from '../classify/word-starts';
import { CUE_KEYS, CUE_STARTS } from './skill-cue-keys';
import { SKILL_CUES, type SkillCue } from './skill-cues';

export interface SignalContext { work: WorkResult; scope: ScopeResult; level: LevelResult; salary: Salary }

/** Evidence kept per signal: enough to show why, not every mention. */
const MAX_EVIDENCE = 3;
/** How far a cue's window reaches on each side, within its sentence. */
const WINDOW = 160;
/** Longer texts are matched case-insensitively as they are, not lower-cased first. */
const MAX_LOWERED = 100_000;
/** How much of the window's start `before` / `notBefore` look at (they test the words just before a hit). */
const NEAR_BEFORE = 120;

// Every cue as a sticky regex, found through an index of how it can start: a text is
// walked once, and at each word start only the few cues that can begin there are tried.
interface CompiledCue {
  cue: SkillCue;
  re: RegExp;
  /** The pattern lower-cased, without the i flag, for lower-cased text (see caselessLower); null when case matters. */
  lower: RegExp | null;
  /** The signal's index in SIGNALS: per-scan state lives in arrays, not maps keyed by name. */
  sig: number;
  /** The literal starts of `lower`, read when first needed (prefix-index.ts literalStarts). */
  starts?: readonly string[] | null;
}

/** The literal starts of a cue's regex for lower-cased text; null for a cue without one. */
function startsOf(item: CompiledCue): readonly string[] | null {
  if (item.starts === undefined) {
    const { pattern } = item.cue;
    item.starts = item.lower !== null ? literalStartsOf(CUE_STARTS, pattern, pattern.toLowerCase()) : null;
  }
  return item.starts;
}

const WORD_AFTER = '(?![A-Za-z0-9\\u00c0-\\u024f])';

// Most cues are case-insensitive: a regex without the i flag on the lower-cased text finds
// the same matches and compiles in about half the time (paid on every page load).

/** Whether lower-casing a pattern keeps its meaning: ASCII only, no escape such as \\W or \\S (which would become \\w, \\s). */
function lowerable(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c > 127) return false;
    if (c === 92) { // a backslash: the escaped character must not be a capital
      const e = source.charCodeAt(++i);
      if (e >= 65 && e <= 90) return false;
    }
  }
  return true;
}

/**
 * `text` lower-cased, when a cue (lowerable, matched with the i flag, which compares
 * only ASCII and Latin-1 letters here) matches the lower-cased text without the flag
 * exactly where it matches `text` with it: every character beyond Latin-1 is caseless
 * (punctuation, symbols; astral characters never match a cue either way). Else null.
 */
// Beyond Latin-1, the characters postings use are mostly punctuation and symbols, all
// caseless: General Punctuation, currency, arrows to control pictures, box drawing to
// miscellaneous symbols (not U+2460-24FF: circled letters have case), CJK space,
// surrogates, variation selector 16, BOM. Any other character is checked one by one.
const OUTSIDE_CASELESS = /[^\x00-\xff\u2000-\u206f\u20a0-\u20cf\u2190-\u245f\u2500-\u2bff\u3000\ud800-\udfff\ufe0f\ufeff]/;

function caselessLower(text: string): string | null {
  const lower = lowerCased(text);
  if (lower.length !== text.length) return null;
  if (!OUTSIDE_CASELESS.test(text)) return lower;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100 || (c >= 0xd800 && c <= 0xdfff)) continue;
    if (lower.charCodeAt(i) !== c) return null;
    const ch = text[i]!;
    if (ch.toUpperCase() !== ch) return null;
  }
  return lower;
}

// The content script loads this module on every page: the cues' start keys are stored
// (skill-cue-keys.ts), not derived at each load (~10 ms); a cue missing there (edited
// since the keys were written) is derived here, so the index is the same either way.
const INDEX = new PrefixIndex<CompiledCue>();
const SIGNALS: string[] = [];
for (const cue of SKILL_CUES) {
  let sig = SIGNALS.indexOf(cue.signal);
  if (sig < 0) sig = SIGNALS.push(cue.signal) - 1;
  const source = `(?:${cue.pattern})${WORD_AFTER}`;
  const item: CompiledCue = {
    cue,
    re: new RegExp(source, cue.caseSensitive ? 'y' : 'iy'),
    lower: cue.caseSensitive || !lowerable(source) ? null : new RegExp(source.toLowerCase(), 'y'),
    sig,
  };
  INDEX.addKeys(keysOf(CUE_KEYS, cue.pattern), item);
}

// "X is not required", "no X needed", "without X": the posting does not ask for it.
// "We don't fine-tune", "won't be building agents"; "not just building models" negates nothing.
const NEGATED_BEFORE = /\b(?:no|not|without|never|(?:do|does|did|wo|is|are|ca|should)n['’]?t)(?!\s+(?:just|only|merely|simply)\b)\s+(?:[\w/&+.-]+\s+){0,3}$/i;
const NEGATED_AFTER = /^[^.\n;]{0,50}?\b(?:(?:is|are)\s+)?(?:not\s+(?:required|necessary|needed|a requirement|expected)|isn['’]?t\s+(?:required|necessary|needed))/i;

/** 1 at the characters that may end a sentence (isSentenceEnd): \n . ! ? ; */
const SENTENCE_MARK = new Uint8Array(128);
for (const c of '\n.!?;') SENTENCE_MARK[c.charCodeAt(0)] = 1;

/** A sentence ends at a line break, or at . ! ? ; followed by a space and a capital or a bullet ("e.g. " does not end one). */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Nearly every character is none of \n . ! ? ; — a table says so without a branch the
  // processor mispredicts at each space.
  if (!(c < 128) || SENTENCE_MARK[c] === 0) return false;
  if (c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63 && c !== 59) return false;
  const next = text.charCodeAt(i + 1);
  if (next !== 32 && next !== 9) return Number.isNaN(next);
  const after = text.charCodeAt(i + 2);
  return (after >= 65 && after <= 90) || after === 42 || after === 45 || after === 8226 || after === 35;
}

/** Where the hit's sentence starts, at most WINDOW characters before the hit. */
function sentenceStart(text: string, start: number): number {
  let from = start;
  const floor = Math.max(0, start - WINDOW);
  while (from > floor && !isSentenceEnd(text, from - 1)) from--;
  return from;
}

/** Where the hit's sentence ends, at most WINDOW characters after the hit. */
function sentenceEnd(text: string, end: number): number {
  let to = end;
  const ceil = Math.min(text.length, end + WINDOW);
  while (to < ceil && !isSentenceEnd(text, to)) to++;
  return to;
}

// "Meet the team", "About the team": the team's work is the job's work, not company blurb.
const TEAM_HEADING = /\b(?:team|role|position|job|work you)\b/i;
const describesTheJob = (sec: Section) => sec.kind === 'about' && sec.heading !== null && TEAM_HEADING.test(sec.heading);

/** The sections that describe the job: not boilerplate, unless a team blurb ("About the team"). */
const aboutTheJob = (sec: Section): boolean => !isBoilerplate(sec.kind) || describesTheJob(sec);

interface Found { weight: number; evidence: Evidence[]; cues: Set<SkillCue> }

// Per signal, for the scan under way (see scan): kept between scans, as a typed array
// costs more to allocate than to clear.
const lastEnd = new Int32Array(SIGNALS.length);
const lastStart = new Int32Array(SIGNALS.length);
const atStartWeight = new Float64Array(SIGNALS.length);

function scan(text: string, field: Field, secs: readonly Section[] | null, found: Array<Found | undefined>): void {
  // A huge text is not worth a lower-cased copy (the regexes are compiled by then anyway).
  const lowered = text.length <= MAX_LOWERED ? caselessLower(text) : null;
  // Within one signal, hits do not overlap: "model deployment" is one mention, not two.
  // Cues starting at the same offset are all tried (a weak and a strong reading of a word).
  lastEnd.fill(-1);
  lastStart.fill(-1);
  // What the hits starting at lastStart added: two readings of one phrase are one piece of evidence.
  atStartWeight.fill(0);
  let tries = 0;
  const words = wordStarts(text);
  const memo = INDEX.memoFor(words);
  const { slot } = words;
  // Only the words of the sections that speak about the job are read (a hit must also start there).
  for (const [from, to] of secs ? contentRanges(secs, aboutTheJob) : [[0, text.length] as const]) {
    for (let w = firstWordAtOrAfter(words, from); w < words.count && words.at[w]! < to; w++) {
      const candidates = (memo !== null ? memo[slot[w]!] : undefined) ?? INDEX.candidatesAt(words, w);
      if (candidates.length === 0) continue;
      // Most tries fail, most of them right after the word's first characters: a cue
      // whose literal starts do not go on as the lower-cased text does is not tried.
      const rests = lowered !== null ? INDEX.restsAt(words, w, startsOf) : null;
      const at = words.at[w]!;
      let next = -1; // the key of what follows the word's first characters, read when first needed
      for (let i = 0; i < candidates.length; i++) {
        if (++tries > 20_000) return;
        const rest = rests !== null ? rests[i]! : null;
        if (rest !== null) {
          if (next < 0) next = keyAt(lowered!, at + KEY_LENGTH);
          if (!restAgrees(next, rest)) continue;
        }
        tryCue(candidates[i]!, at);
      }
    }
  }

  function tryCue({ cue, re, lower, sig }: CompiledCue, start: number): void {
    // A title-only cue (weight 0 elsewhere) adds nothing outside the title: not worth a regex run.
    if (cue.weight === 0 && field !== 'title') return;
    const f = found[sig];
    // Enough said: the signal is shown and its evidence list is full (or this cue already counted).
    if (f && f.evidence.length >= MAX_EVIDENCE && (f.weight >= 1 || f.cues.has(cue))) return;
    if (start < lastEnd[sig]! && start !== lastStart[sig]) return;
    const r = lower !== null && lowered !== null ? lower : re;
    r.lastIndex = start;
    if (!r.test(r === lower ? lowered! : text)) return;
    const end = r.lastIndex; // a sticky regex that matched ends there
    // The text of the hit's sentence before and after it, each at most WINDOW characters.
    const from = sentenceStart(text, start);
    const to = sentenceEnd(text, end);
    const before = text.slice(from, start);
    const after = text.slice(end, to);
    // End-anchored checks only need the last words before the hit: short strings keep them cheap.
    const justBefore = before.length > NEAR_BEFORE ? before.slice(-NEAR_BEFORE) : before;
    if (NEGATED_BEFORE.test(justBefore.length > 48 ? justBefore.slice(-48) : justBefore) || NEGATED_AFTER.test(after)) return;
    if (cue.before && !cue.before.test(justBefore)) return;
    if (cue.notBefore?.test(justBefore)) return;
    if (cue.after && !cue.after.test(after)) return;
    if (cue.notAfter?.test(after)) return;
    if (cue.near || cue.notNear) {
      // One slice, not before + hit + after: a joined string is copied flat for the regex.
      const sentence = text.slice(from, to);
      if (cue.near && !(field === 'title' && cue.titleWeight !== undefined) && !cue.near.test(sentence)) return;
      if (cue.notNear?.test(sentence)) return;
    }
    const sameStart = start === lastStart[sig];
    lastEnd[sig] = Math.max(end, lastEnd[sig]!);
    lastStart[sig] = start;
    if (!sameStart) atStartWeight[sig] = 0;
    let g = f;
    if (!g) found[sig] = g = { weight: 0, evidence: [], cues: new Set() };
    // Each cue counts once: ten mentions of "statistics" are one piece of evidence.
    if (!g.cues.has(cue)) {
      g.cues.add(cue);
      const w = field === 'title' ? Math.max(cue.weight, cue.titleWeight ?? 0) : cue.weight;
      // Two cues reading the same phrase ("research and develop … algorithms") count as the stronger one.
      g.weight += Math.max(0, w - atStartWeight[sig]!);
      atStartWeight[sig] = Math.max(atStartWeight[sig]!, w);
    }
    const last = g.evidence[g.evidence.length - 1];
    if (sameStart && last !== undefined && last.start === start && last.field === field) {
      // Two readings of one phrase are one piece of evidence: the longer reading.
      if (end > last.end) g.evidence[g.evidence.length - 1] = evidenceAt(field, text, start, end);
    } else if (g.evidence.length < MAX_EVIDENCE) g.evidence.push(evidenceAt(field, text, start, end));
  }
}

function skillSignals(input: ClassifyInput): Map<string, Found> {
  const found: Array<Found | undefined> = new Array(SIGNALS.length);
  const secs = sections(input.description);
  scan(input.title, 'title', null, found);
  scan(input.description, 'description', secs, found);
  const out = new Map<string, Found>();
  for (let i = 0; i < found.length; i++) if (found[i]) out.set(SIGNALS[i]!, found[i]!);
  return out;
}

// Any ML posting: the title or the text names machine learning, AI or data science.
// Acronyms are matched in capitals only ("AI", not "ai" in another language's words).
// The acronyms are found without a regex over \p{L}: such a class costs about a
// millisecond to compile, on every page load, and almost every neighbour is ASCII.
// Same result as /(?<![\p{L}\p{N}])(?:ML|AI|LLMs?|MLOps|NLP|GenAI|CV)(?![\p{L}\p{N}])/u.
const ACRONYM_AT = /ML|AI|LLM|NLP|GenAI|CV/g;
/** The alternatives in the order the regex above tries them (LLMs? is greedy). */
const ACRONYMS = ['ML', 'AI', 'LLMs', 'LLM', 'MLOps', 'NLP', 'GenAI', 'CV'] as const;
// The words likewise: the same result as
//   /(?<![\p{L}\p{N}])(?:machine[- ]learning|artificial intelligence|deep learning|reinforcement learning|natural language processing|data scien\w+|computer vision|generative|neural networks?|large language models?)(?![\p{L}\p{N}])/iu
// with the letter/number checks done by isLetterOrNumber (below, after the greedy
// match, the shorter readings the regex would backtrack to: "networks?", "models?", "\w+").
const ML_WORDS = /machine[- ]learning|artificial intelligence|deep learning|reinforcement learning|natural language processing|data scien\w+|computer vision|generative|neural networks?|large language models?/giu;

let letterOrNumber: RegExp | null = null;
let letterOrNumberI: RegExp | null = null;
/**
 * Whether a code point is a letter or a number (\p{L} or \p{N}); -1 (no character) is
 * not. `caseless`: as [\p{L}\p{N}] reads under the i flag (U+0345 folds to a letter).
 */
function isLetterOrNumber(cp: number, caseless = false): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  if (cp < 0) return false;
  const re = caseless ? (letterOrNumberI ??= /[\p{L}\p{N}]/iu) : (letterOrNumber ??= /[\p{L}\p{N}]/u);
  return re.test(String.fromCodePoint(cp));
}

/** The lengths the regex may end a match of `word` with, longest first (the order it backtracks in). */
function wordEnds(word: string): number[] {
  const n = word.length;
  const first = word.charCodeAt(0) | 32;
  // Only "data scien\w+" starts with "da"; of the words that start with n or l, only "neural networks?" and
  // "large language models?" may end in an optional s.
  if (first === 100 && (word.charCodeAt(1) | 32) === 97) {
    const ends: number[] = [];
    for (let e = n; e > 10; e--) ends.push(e); // \w+: any shorter run of at least one
    return ends;
  }
  const last = word.charCodeAt(n - 1);
  if ((first === 110 || first === 108) && ((last | 32) === 115 || last === 0x17f)) return [n, n - 1]; // s?
  return [n];
}

function wordMention(text: string): Mention | null {
  ML_WORDS.lastIndex = 0;
  for (let m = ML_WORDS.exec(text); m; m = ML_WORDS.exec(text)) {
    const at = m.index;
    ML_WORDS.lastIndex = at + 1;
    if (isLetterOrNumber(codePointBefore(text, at), true)) continue;
    for (const length of wordEnds(m[0])) {
      const end = at + length;
      if (end >= text.length || !isLetterOrNumber(text.codePointAt(end)!, true)) return { index: at, length };
    }
  }
  return null;
}

/** The code point that ends just before `i` (a surrogate pair read as one), or -1 at the start. */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

interface Mention { index: number; length: number }

function acronymMention(text: string): Mention | null {
  ACRONYM_AT.lastIndex = 0;
  for (let m = ACRONYM_AT.exec(text); m; m = ACRONYM_AT.exec(text)) {
    const at = m.index;
    ACRONYM_AT.lastIndex = at + 1;
    if (isLetterOrNumber(codePointBefore(text, at))) continue;
    for (const word of ACRONYMS) {
      if (!text.startsWith(word, at)) continue;
      const end = at + word.length;
      if (end >= text.length || !isLetterOrNumber(text.codePointAt(end)!)) return { index: at, length: word.length };
    }
  }
  return null;
}

function mlMention(text: string): Mention | null {
  const a = acronymMention(text);
  const w = wordMention(text);
  return a && w ? (a.index <= w.index ? a : w) : a ?? w;
}

function contextSignals(input: ClassifyInput, ctx: SignalContext): Array<[string, Evidence[]]> {
  const out: Array<[string, Evidence[]]> = [];
  const ml = mlMention(input.title);
  const mlText = ml ? null : mlMention(input.description);
  if (ml) out.push(['ml-demand', [evidenceAt('title', input.title, ml.index, ml.index + ml.length)]]);
  else if (mlText) out.push(['ml-demand', [evidenceAt('description', input.description, mlText.index, mlText.index + mlText.length)]]);
  if (ctx.level.label === 'entry') out.push(['entry-market', ctx.level.evidence]);
  if (ctx.level.label === 'senior') out.push(['senior-market', ctx.level.evidence]);
  if (ctx.salary) out.push(['salary', ctx.salary.evidence]);
  if (ctx.work.label === 'ops') out.push(['ops-shift', ctx.work.evidence]);
  if (ctx.work.label === 'building') out.push(['building-shift', ctx.work.evidence]);
  return out;
}

export function matchSignals(input: ClassifyInput, ctx: SignalContext): SignalMatch[] {
  const byId = new Map<string, Evidence[]>();
  for (const [id, f] of skillSignals(input)) if (f.weight >= 1) byId.set(id, f.evidence);
  // Domain specialism is the scope axis's call: LABELS.md says when a domain is asked for.
  if (ctx.scope.label === 'specialist') byId.set('domain-expertise', ctx.scope.evidence.slice(0, MAX_EVIDENCE));
  for (const [id, evidence] of contextSignals(input, ctx)) byId.set(id, evidence);
  const out: SignalMatch[] = [];
  for (const s of CATALOGUE) {
    const evidence = byId.get(s.id);
    if (evidence) out.push({ id: s.id, direction: s.direction, evidence });
  }
  // Catalogue order: skills first (as TRENDS.md lists them), then the market context.
  return out.sort((a, b) => (SIGNAL_ORDER.get(a.id) ?? 0) - (SIGNAL_ORDER.get(b.id) ?? 0));
}
