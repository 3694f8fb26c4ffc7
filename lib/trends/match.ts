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
import { isBoilerplate, sectionAt, sections, type Section } from '../classify/sections';
import { CATALOGUE, SIGNAL_ORDER } from './catalogue';
import { PrefixIndex } from './prefix-index';
import { SKILL_CUES, type SkillCue } from './skill-cues';

export interface SignalContext { work: WorkResult; scope: ScopeResult; level: LevelResult; salary: Salary }

/** Evidence kept per signal: enough to show why, not every mention. */
const MAX_EVIDENCE = 3;
/** How far a cue's window reaches on each side, within its sentence. */
const WINDOW = 160;
/** How much of the window's start `before` / `notBefore` look at (they test the words just before a hit). */
const NEAR_BEFORE = 120;

// Every cue as a sticky regex, found through an index of how it can start: a text is
// walked once, and at each word start only the few cues that can begin there are tried.
interface CompiledCue { cue: SkillCue; re: RegExp }

const WORD_AFTER = '(?![A-Za-z0-9\\u00c0-\\u024f])';

const INDEX = new PrefixIndex<CompiledCue>();
for (const cue of SKILL_CUES) {
  INDEX.add(cue.pattern, { cue, re: new RegExp(`(?:${cue.pattern})${WORD_AFTER}`, cue.caseSensitive ? 'y' : 'iy') });
}

// "X is not required", "no X needed", "without X": the posting does not ask for it.
const NEGATED_BEFORE = /\b(?:no|not|without|never|don['’]?t need|do not need|isn['’]?t|aren['’]?t|neither|nor)\s+(?:[\w/&+.-]+\s+){0,3}$/i;
const NEGATED_AFTER = /^[^.\n;]{0,50}?\b(?:(?:is|are)\s+)?(?:not\s+(?:required|necessary|needed|a requirement|expected)|isn['’]?t\s+(?:required|necessary|needed))/i;

/** A sentence ends at a line break, or at . ! ? ; followed by a space and a capital or a bullet ("e.g. " does not end one). */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63 && c !== 59) return false;
  const next = text.charCodeAt(i + 1);
  if (next !== 32 && next !== 9) return Number.isNaN(next);
  const after = text.charCodeAt(i + 2);
  return (after >= 65 && after <= 90) || after === 42 || after === 45 || after === 8226 || after === 35;
}

/** The text of the hit's sentence before and after it, each at most WINDOW characters. */
function windowAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  const floor = Math.max(0, start - WINDOW);
  while (from > floor && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  const ceil = Math.min(text.length, end + WINDOW);
  while (to < ceil && !isSentenceEnd(text, to)) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

// "Meet the team", "About the team": the team's work is the job's work, not company blurb.
const TEAM_HEADING = /\b(?:team|role|position|job|work you)\b/i;
const describesTheJob = (sec: Section) => sec.kind === 'about' && sec.heading !== null && TEAM_HEADING.test(sec.heading);

interface Found { weight: number; evidence: Evidence[]; cues: Set<SkillCue> }

function scan(text: string, field: Field, secs: readonly Section[] | null, found: Map<string, Found>): void {
  // Within one signal, hits do not overlap: "model deployment" is one mention, not two.
  // Cues starting at the same offset are all tried (a weak and a strong reading of a word).
  const lastEnd = new Map<string, number>();
  const lastStart = new Map<string, number>();
  let tries = 0;
  INDEX.scan(text, ({ cue, re }, start) => {
    if (++tries > 20_000) return;
    const f = found.get(cue.signal);
    // Enough said: the signal is shown and its evidence list is full (or this cue already counted).
    if (f && f.evidence.length >= MAX_EVIDENCE && (f.weight >= 1 || f.cues.has(cue))) return;
    if (start < (lastEnd.get(cue.signal) ?? -1) && start !== lastStart.get(cue.signal)) return;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) return;
    const end = start + m[0].length;
    if (secs) {
      const sec = sectionAt(secs, start);
      if (sec && isBoilerplate(sec.kind) && !describesTheJob(sec)) return;
    }
    const { before, after } = windowAround(text, start, end);
    // End-anchored checks only need the last words before the hit: short strings keep them cheap.
    const justBefore = before.length > NEAR_BEFORE ? before.slice(-NEAR_BEFORE) : before;
    if (NEGATED_BEFORE.test(justBefore.length > 48 ? justBefore.slice(-48) : justBefore) || NEGATED_AFTER.test(after)) return;
    if (cue.before && !cue.before.test(justBefore)) return;
    if (cue.notBefore?.test(justBefore)) return;
    if (cue.after && !cue.after.test(after)) return;
    if (cue.notAfter?.test(after)) return;
    if (cue.near || cue.notNear) {
      const sentence = before + m[0] + after;
      if (cue.near && !(field === 'title' && cue.titleWeight !== undefined) && !cue.near.test(sentence)) return;
      if (cue.notNear?.test(sentence)) return;
    }
    lastEnd.set(cue.signal, Math.max(end, lastEnd.get(cue.signal) ?? -1));
    lastStart.set(cue.signal, start);
    let g = f;
    if (!g) found.set(cue.signal, (g = { weight: 0, evidence: [], cues: new Set() }));
    // Each cue counts once: ten mentions of "statistics" are one piece of evidence.
    if (!g.cues.has(cue)) { g.cues.add(cue); g.weight += field === 'title' ? Math.max(cue.weight, cue.titleWeight ?? 0) : cue.weight; }
    if (g.evidence.length < MAX_EVIDENCE) g.evidence.push(evidenceAt(field, text, start, end));
  });
}

function skillSignals(input: ClassifyInput): Map<string, Found> {
  const found = new Map<string, Found>();
  const secs = sections(input.description);
  scan(input.title, 'title', null, found);
  scan(input.description, 'description', secs, found);
  return found;
}

// Any ML posting: the title or the text names machine learning, AI or data science.
// Acronyms are matched in capitals only ("AI", not "ai" in another language's words).
const ML_ACRONYM = /(?<![\p{L}\p{N}])(?:ML|AI|LLMs?|MLOps|NLP|GenAI|CV)(?![\p{L}\p{N}])/u;
const ML_WORDS = /(?<![\p{L}\p{N}])(?:machine[- ]learning|artificial intelligence|deep learning|data scien\w+|computer vision|generative|neural networks?|large language models?)(?![\p{L}\p{N}])/iu;

function mlMention(text: string): RegExpExecArray | null {
  const a = ML_ACRONYM.exec(text);
  const w = ML_WORDS.exec(text);
  return a && w ? (a.index <= w.index ? a : w) : a ?? w;
}

function contextSignals(input: ClassifyInput, ctx: SignalContext): Array<[string, Evidence[]]> {
  const out: Array<[string, Evidence[]]> = [];
  const ml = mlMention(input.title);
  const mlText = ml ? null : mlMention(input.description);
  if (ml) out.push(['ml-demand', [evidenceAt('title', input.title, ml.index, ml.index + ml[0].length)]]);
  else if (mlText) out.push(['ml-demand', [evidenceAt('description', input.description, mlText.index, mlText.index + mlText[0].length)]]);
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
