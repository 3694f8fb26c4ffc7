// matchSignals: which trend signals of the catalogue a posting shows, with the
// phrases that show them. Skill signals come from the posting's own text (title,
// responsibilities, requirements; never the company blurb, benefits or EEO text);
// context signals follow from the classifier's axes and the parsed salary.
//
// All skill cues are compiled into two regexes at load (case-insensitive and
// case-sensitive), so a description is scanned twice whatever the number of cues;
// each hit is then checked against its small window of text.
import type { Evidence, LevelResult, Salary, ScopeResult, SignalMatch, WorkResult } from '../model';
import type { ClassifyInput } from '../classify/input';
import { evidenceAt, type Field } from '../classify/evidence';
import { isBoilerplate, sectionAt, sections, type Section } from '../classify/sections';
import { CATALOGUE, SIGNAL_ORDER } from './catalogue';
import { SKILL_CUES, type SkillCue } from './skill-cues';

export interface SignalContext { work: WorkResult; scope: ScopeResult; level: LevelResult; salary: Salary }

/** Evidence kept per signal: enough to show why, not every mention. */
const MAX_EVIDENCE = 3;
/** How far a cue's window reaches on each side, within its sentence. */
const WINDOW = 160;

interface Compiled { re: RegExp; cues: SkillCue[] }

function compile(cues: SkillCue[], flags: string): Compiled {
  const body = cues.map((c) => `(${c.pattern})`).join('|');
  // Letters or digits must not touch a cue: "RAG" is not in "drag", "ops" not in "devops".
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags), cues };
}

/** One regex per layer and case mode (see SkillCue.layer): a text is scanned a few times, not once per cue. */
const COMPILED: readonly Compiled[] = [0, 1, 2].flatMap((layer) => [
  compile(SKILL_CUES.filter((c) => (c.layer ?? 0) === layer && !c.caseSensitive), 'giu'),
  compile(SKILL_CUES.filter((c) => (c.layer ?? 0) === layer && c.caseSensitive), 'gu'),
]).filter((c) => c.cues.length > 0);

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

interface Found { weight: number; evidence: Evidence[]; cues: Set<SkillCue> }

function scan(compiled: Compiled, text: string, field: Field, secs: readonly Section[] | null, found: Map<string, Found>): void {
  const { re, cues } = compiled;
  re.lastIndex = 0;
  let count = 0;
  for (let m = re.exec(text); m && count < 3000; m = re.exec(text), count++) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    let g = 1;
    while (m[g] === undefined && g < cues.length) g++;
    const cue = cues[g - 1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (secs) {
      const sec = sectionAt(secs, start);
      if (sec && isBoilerplate(sec.kind) && !cue.anySection) continue;
    }
    const { before, after } = windowAround(text, start, end);
    if (!cue.keepNegated && (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after))) continue;
    if (cue.before && !cue.before.test(before)) continue;
    if (cue.notBefore?.test(before)) continue;
    if (cue.after && !cue.after.test(after)) continue;
    if (cue.notAfter?.test(after)) continue;
    if (cue.near && !cue.near.test(before) && !cue.near.test(m[0]) && !cue.near.test(after)) continue;
    if (cue.notNear && (cue.notNear.test(before) || cue.notNear.test(after))) continue;
    let f = found.get(cue.signal);
    if (!f) found.set(cue.signal, (f = { weight: 0, evidence: [], cues: new Set() }));
    // Each cue counts once: ten mentions of "statistics" are one piece of evidence.
    if (!f.cues.has(cue)) { f.cues.add(cue); f.weight += field === 'title' ? Math.max(cue.weight, cue.titleWeight ?? 0) : cue.weight; }
    if (f.evidence.length < MAX_EVIDENCE) f.evidence.push(evidenceAt(field, text, start, end));
  }
}

function skillSignals(input: ClassifyInput): Map<string, Found> {
  const found = new Map<string, Found>();
  const secs = sections(input.description);
  for (const compiled of COMPILED) {
    scan(compiled, input.title, 'title', null, found);
    scan(compiled, input.description, 'description', secs, found);
  }
  return found;
}

// Any ML posting: the title or the text names machine learning, AI or data science.
const ML_POSTING = /(?<![\p{L}\p{N}])(?:machine[- ]learning|ML|AI|artificial intelligence|deep learning|data scien\w+|LLMs?|MLOps|NLP|computer vision|generative|GenAI|neural)(?![\p{L}\p{N}])/u;

function contextSignals(input: ClassifyInput, ctx: SignalContext): Array<[string, Evidence[]]> {
  const out: Array<[string, Evidence[]]> = [];
  const ml = ML_POSTING.exec(input.title);
  const mlText = ml ? null : ML_POSTING.exec(input.description);
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
