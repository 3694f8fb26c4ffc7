// Level axis (LABELS.md): the title decides first (also the role's title where the
// body states it explicitly), then the required years, then leading or mentoring a
// team; where nothing indicates a level, `mid`.
import type { Evidence, LevelLabel, LevelResult, Years } from '../model';
import { evidenceAt, type Field } from './evidence';
import type { ClassifyInput } from './input';
import { anyCase, lowerCased, lowerForMatch } from './lower-case';
import { isBoilerplate, sectionAt, sections } from './sections';

/** Body text beyond this is not searched for a stated role (bounds the work). */
const MAX_SCAN = 50_000;
/** Real titles are short; a longer "title" is scraped junk, looked at only this far. */
const MAX_TITLE = 300;

const SENIOR_WORD =
  /\b(?:(?<!semi[- ]?)s[eêé]nior(?! (?:year|standing|high school|undergrad\w*|students?)\b)|snr|sr\b\.?|(?<!technical\s)staff|principal|(?<!to-)lead(?!\s+(?:the|a|an|our|and|cross|projects?|efforts?|initiatives?|development|design|generation|gen|scoring|management|optimi[sz]ation|discovery|identification|compounds?|series|molecules?)\b)|leader|manager|managing|head|director|vp|vice[- ]president|[se]vp|distinguished|fellow|chief|responsable|directeur|directrice|direktor(?:in)?|jef[ea]|gerente|(?:team|abteilungs|bereichs)?leiter(?:in)?|leitende[rn]?|responsabile)\b/g;
const ENTRY_WORD =
  /\b(?:interns?|internship|(?<!(?:ads?|product|media|job|item|content)\s)placement(?!\s+(?:engine|team|optimi\w*|algorithms?|science)\b)|year in industry|new[- ]grad(?:uate)?s?|graduates?|grad|j[uú]nior|jr\b\.?|entry[- ]level|(?<!data\s)entry|early[- ]career|apprentice(?:ship)?|trainee|freshers?|associate(?!\s+(?:professor|partner|dean))|stagiaire|alternan(?:ce|t)|werkstudent|working student|praktikant(?:in)?|praktikum|estagi[aá]ri[oa]|est[aá]gio|becari[oa]|pr[aá]cticas|co-op|student|residency|apprenti(?:e|ssage)?|tirocin(?:io|ante)|reci[ée]n (?:graduad[oa]|titulad[oa])|rec[ée]m[- ]formad[oa]|absolvent(?:in)?|berufseinsteiger(?:in)?|neolaureat[oa])\b|(?:^|[(\-–|]\s{0,3})stage\b|\bjeunes? dipl[ôo]m(?:[ée]e?s?)?(?!\w)|\bsta[zż](?:yst(?:a|ka))?(?![\wąćęłńóśźż])|\bm[łl]odsz[ya](?![\wąćęłńóśźż])|\bstagiair\w*|\bafstudeer\w*/g;
// "Pleno" (pt), "Semi Senior"/"SSr" (es), "Medior" (nl): mid in other languages.
const MID_WORD = /\b(?:intermediate|mid[- ]level|mid|middle|pleno|semi[- ]?senior|ssr|medior)\b/g;
// "Scientist I", "Engineer III - AI": a roman numeral after a word, not "I/O".
const ROMAN_LEVEL = /(?<=[A-Za-z)]\s{1,3})(I{1,3}|IV|V)(?![\w'])(?!\/O\b)/g;
// "Software Engineer 3", "Data & Applied Scientist 2", "Level 2" (not ids like "- 9289", nor "Engineer – 3D Perception").
const DIGIT_LEVEL =
  /\b(?:engineer|scientist|analyst|developer|researcher|specialist|sde|swe|mle|modeler|statistician|consultant|level|grade)\s{0,2}[-–]?\s{0,2}([1-6])(?!\w|[.,]\d)/g;

// A senior word the title only offers as an option: "(Senior)", "Engineer or Senior Engineer".
const OPTIONAL_PAREN = /\(\s*$/;
const OPTIONAL_PAREN_AFTER = /^\.?\s*\)/;
const ALTERNATIVE_BEFORE = /(?:\bor|\/|&|\band|\b(?:mid|middle|junior|intermediate)-)\s*$/i;
const ALTERNATIVE_AFTER = /^\.?\s*(?:\/|or\b|and\b|&)\s*(?:mid|junior|jr|intermediate|entry)/i;

// The role stated in the body: "Role: Senior ML Engineer", "we're seeking a Staff AI Engineer".
// A label at the start of a line ("**Role:** Senior ML Engineer"), not "In this role: you'll…".
const ROLE_LABEL =
  /(?:^|\n)[ \t*_#•·-]{0,6}(?:internal job title|job title|position title|role title|title|role|position)\s{0,2}\**\s{0,2}[:–-]\s{0,2}\**\s{0,2}([^\n]{3,80})/gi;
const ROLE_INTRO =
  /\b(?:seeking|looking for|hiring|searching for|recruiting|(?<!such |well |as far |as soon |as long |as much )as(?=\s+(?:an?|the)\s)|role as|join (?:us|our team) as|this is)\s+(?:an?\s+|the\s+|our\s+)?(?:(?:experienced|talented|highly motivated|motivated|passionate|skilled|exceptional|driven)\s+)?((?:senior|sr\b\.?|staff|principal|lead|junior|jr\b\.?|entry[- ]level|graduate|intern|mid[- ]level|intermediate)\b[^\n.,;:!?()]{0,60})/gi;
const ROLE_NOUN =
  /\b(?:engineers?|scientists?|developers?|researchers?|analysts?|architects?|modell?ers?|specialists?|consultants?|statisticians?|experts?|data-scientists?|team members?|positions?|roles?|opportunit(?:y|ies)|hires?|mles?|swes?|programmers?)\b/i;
// Several levels open at once: "entry level and senior level data scientists",
// "both mid & senior level", "Engineer II and Senior Engineer positions".
const LEVELS_OPEN =
  /\b(entry|junior|mid|intermediate)(?:[- ]level)?\s{0,2}(?:&|and|or|\/)\s{0,2}(?:senior|sr\.?)(?:(?:[- ]level)\b|\s+(?:levels?|positions?|roles?|openings?)\b)/gi;
const NUMBERED_AND_SENIOR_OPEN =
  /\b(?:engineer|scientist|developer|analyst)\s{1,3}(I{1,3}|[1-3])\s{1,3}(?:and|or|&|\/)\s{1,3}senior\b[^.]{0,80}?\bpositions?\b/gi;
const ENTRY_LEVEL_ROLE =
  /(?<!\bnot\s(?:an?\s)?)\bentry[- ]level\s+(?:position|role|candidate|team member|data scientist|engineer|opportunity|job|hire)s?\b/gi;

// Leading or mentoring people, not "lead the design" of a system.
const LEADERSHIP =
  /\b(?:lead(?:ing)?\s+(?:a\s+|the\s+|our\s+)?(?:small\s+)?team|(?:team|tech(?:nical)?)\s+lead(?:er)?\b|manag(?:e|ing)\s+(?:a\s+)?(?:team|people|direct reports)|people manage(?:r|ment)|direct reports|mentor(?:s|ing)?\s+(?:and\s+\w+\s+)?(?:junior|other|team|engineers|data|scientists|new|less|more junior|interns|colleagues|peers|members|others|and\b)|(?:provid|offer)\w*\s+mentorship|mentorship\s+(?:to|of|and\s+(?:guidance|leadership|coaching))|(?:supervision|leadership|coaching)\s+and\s+mentorship|coach(?:ing)?\s+(?:junior|other|engineers|data scientists|the team|team members)|(?<!(?:minimal|little|limited|without|under|close|direct|no|general|light|the|your)\s)supervis(?:e|es|ing|ion)\b|develop(?:ing)?\s+(?:others|junior|talent)|review(?:ing)?\s+(?:the\s+)?work\s+(?:of|across)|player[- ]?coach|(?:focus(?:ed)? on|passion for|commitment to|track record of)\s+mentor(?:ing|ship)|build(?:ing)?\s+(?:and\s+lead\s+)?(?:a|the)\s+team)/gi;

interface TitleLevel {
  label: LevelLabel;
  /** Entry levels give way to the years when 3 or more are required. */
  yieldsToYears: boolean;
  evidence: Evidence;
}

const RANK: Record<LevelLabel, number> = { entry: 0, mid: 1, senior: 2 };

function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < 50; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

/** The first of `matches(re, text)` that `accept` takes, without reading the text past it. */
function firstMatch(re: RegExp, text: string, accept: (m: RegExpExecArray) => boolean): RegExpExecArray | undefined {
  let listed = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && listed < 50; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (accept(m)) return m;
    listed++;
  }
  return undefined;
}

function isOptionalSenior(title: string, m: RegExpExecArray, seniorBefore: boolean): boolean {
  const before = title.slice(0, m.index);
  const after = title.slice(m.index + m[0].length);
  if (OPTIONAL_PAREN.test(before) && OPTIONAL_PAREN_AFTER.test(after)) return true;
  if (ALTERNATIVE_AFTER.test(after)) return true;
  // "Scientist or Senior Scientist": an alternative to a title without a senior word.
  return ALTERNATIVE_BEFORE.test(before) && !seniorBefore && /\w/.test(before);
}

/**
 * The level a title (or a role phrase from the body) states, or null when silent.
 * `offset` places the evidence within the field the title text came from.
 */
export function levelFromTitle(title: string, field: Field, fieldText: string, offset = 0): TitleLevel | null {
  const ev = (m: RegExpExecArray, group = 0) => {
    const text = m[group] ?? m[0];
    const start = offset + m.index + (group ? m[0].lastIndexOf(text) : 0);
    return evidenceAt(field, fieldText, start, start + text.length);
  };
  // The word patterns are written in lower case, without the i flag (lower-case.ts).
  const lower = lowerForMatch(title);
  const words = (re: RegExp) => (lower !== null ? matches(re, lower) : matches(anyCase(re), title));
  const seniors = words(SENIOR_WORD);
  let sawSenior = false;
  for (const m of seniors) {
    const optional = isOptionalSenior(title, m, sawSenior);
    sawSenior = true;
    if (!optional) return { label: 'senior', yieldsToYears: false, evidence: ev(m) };
  }
  const numbered: Array<{ level: number; m: RegExpExecArray; group: number }> = [];
  for (const m of matches(ROMAN_LEVEL, title)) {
    const roman = m[1] ?? '';
    numbered.push({ level: roman === 'IV' ? 4 : roman === 'V' ? 5 : roman.length, m, group: 1 });
  }
  for (const m of words(DIGIT_LEVEL)) numbered.push({ level: Number(m[1]), m, group: 0 });
  const candidates: TitleLevel[] = [];
  const entry = words(ENTRY_WORD)[0];
  if (entry) candidates.push({ label: 'entry', yieldsToYears: true, evidence: ev(entry) });
  for (const n of numbered) {
    const label: LevelLabel = n.level <= 1 ? 'entry' : n.level === 2 ? 'mid' : 'senior';
    candidates.push({ label, yieldsToYears: label === 'entry', evidence: ev(n.m, n.group) });
  }
  const mid = words(MID_WORD)[0];
  if (mid) candidates.push({ label: 'mid', yieldsToYears: false, evidence: ev(mid) });
  // Spanning titles ("Engineer II/III", "Junior/Senior") take the lower level.
  let lowest: TitleLevel | null = null;
  for (const c of candidates) if (!lowest || RANK[c.label] < RANK[lowest.label]) lowest = c;
  return lowest;
}

/** Roles the body states explicitly; the lowest if it opens several. */
function levelFromBody(description: string): TitleLevel | null {
  const text = description.length > MAX_SCAN ? description.slice(0, MAX_SCAN) : description;
  const found: TitleLevel[] = [];
  // Each of the next three patterns needs a word most bodies lack: look for it first
  // (a regex never run is never compiled, and the scan of the whole body is saved).
  const lower = lowerCased(text);
  const senior = lower.includes('senior');
  const entry = lower.includes('entry');
  // LEVELS_OPEN also names a lower level first, which most bodies that say "senior" lack.
  if ((senior || lower.includes('sr'))
    && (entry || lower.includes('junior') || lower.includes('mid') || lower.includes('intermediate'))) for (const m of matches(LEVELS_OPEN, text)) {
    const word = (m[1] ?? '').toLowerCase();
    const label: LevelLabel = word === 'entry' || word === 'junior' ? 'entry' : 'mid';
    found.push({ label, yieldsToYears: label === 'entry', evidence: evidenceAt('description', text, m.index, m.index + m[0].length) });
  }
  if (senior && lower.includes('position')) for (const m of matches(NUMBERED_AND_SENIOR_OPEN, text)) {
    const n = m[1] ?? '';
    const level = /^i+$/i.test(n) ? n.length : Number(n);
    const label: LevelLabel = level <= 1 ? 'entry' : level === 2 ? 'mid' : 'senior';
    found.push({ label, yieldsToYears: label === 'entry', evidence: evidenceAt('description', text, m.index, m.index + m[0].length) });
  }
  if (entry) for (const m of matches(ENTRY_LEVEL_ROLE, text)) {
    found.push({ label: 'entry', yieldsToYears: true, evidence: evidenceAt('description', text, m.index, m.index + m[0].length) });
  }
  const phrases: Array<{ phrase: string; at: number }> = [];
  for (const m of matches(ROLE_LABEL, text)) {
    const phrase = m[1] ?? '';
    if (!/^[A-Z]/.test(phrase)) continue; // a title is capitalised; "role: you'll mentor…" is prose
    phrases.push({ phrase, at: m.index + m[0].length - phrase.length });
  }
  for (const m of matches(ROLE_INTRO, text)) {
    const phrase = m[1] ?? '';
    // Only a role ("a Senior Data Scientist"), not "a senior member of" or "the Senior Director".
    const head = phrase.split(/\s+/).slice(0, 5).join(' ');
    if (!ROLE_NOUN.test(head) || /\bdirector\b|\bmanager\b|\bleadership\b/i.test(head)) continue;
    phrases.push({ phrase, at: m.index + m[0].length - phrase.length });
  }
  // A first line that is itself a title ("Scientist 1 - Machine Learning - Cell Science").
  const lead = text.length - text.trimStart().length;
  const firstEnd = text.indexOf('\n', lead);
  const firstLine = text.slice(lead, firstEnd);
  if (firstEnd > lead && firstLine.length <= 80 && ROLE_NOUN.test(firstLine) && !/[.!?]\s*$/.test(firstLine)) {
    phrases.push({ phrase: firstLine, at: lead });
  }
  for (const { phrase, at } of phrases) {
    const level = levelFromTitle(phrase, 'description', text, at);
    if (level) found.push(level);
  }
  let lowest: TitleLevel | null = null;
  for (const f of found) if (!lowest || RANK[f.label] < RANK[lowest.label]) lowest = f;
  return lowest;
}

function levelFromYears(min: number): LevelLabel {
  // "18 months" (1.5) is still entry: mid starts at 2 years.
  return min < 2 ? 'entry' : min < 5 ? 'mid' : 'senior';
}

function yearsConfidence(min: number): number {
  // Figures at a boundary (1/2, 4/5) are the least decisive.
  return min === 0 || min >= 7 ? 0.85 : min === 1 || min === 2 || min === 4 || min === 5 ? 0.7 : 0.75;
}

export function classifyLevel(input: ClassifyInput, years: Years): LevelResult {
  const title = input.title.length > MAX_TITLE ? input.title.slice(0, MAX_TITLE) : input.title;
  const stated = levelFromTitle(title, 'title', input.title) ?? levelFromBody(input.description);
  const fromTitle = stated?.evidence.field === 'title';
  if (stated) {
    if (stated.yieldsToYears && years && years.min >= 3) {
      return { label: levelFromYears(years.min), confidence: 0.7, evidence: [stated.evidence, ...years.evidence] };
    }
    const confidence = stated.label === 'senior' ? (fromTitle ? 0.95 : 0.8) : fromTitle ? 0.9 : 0.75;
    return { label: stated.label, confidence, evidence: [stated.evidence] };
  }
  if (years) {
    return { label: levelFromYears(years.min), confidence: yearsConfidence(years.min), evidence: years.evidence };
  }
  const description = input.description.length > MAX_SCAN ? input.description.slice(0, MAX_SCAN) : input.description;
  // "Mentorship programme" among the benefits is not leading a team.
  const parts = sections(description);
  const leading = firstMatch(LEADERSHIP, description, (m) => {
    const kind = sectionAt(parts, m.index)?.kind;
    return kind === undefined || !isBoilerplate(kind);
  });
  if (leading) {
    return {
      label: 'senior',
      confidence: 0.55,
      evidence: [evidenceAt('description', description, leading.index, leading.index + leading[0].length)],
    };
  }
  return { label: 'mid', confidence: 0.4, evidence: [] };
}
