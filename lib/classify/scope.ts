// Scope axis: does the posting ask for expertise in an application domain beyond ML
// (specialist), or not (generalist)? See LABELS.md, axis 2 and the edge cases.
//
// A domain counts when its experience or knowledge is asked for — required,
// preferred or "a plus" — or when the title names the product area ("ML Engineer,
// Fraud"). It does not count when only the company blurb or the team description
// mentions it, when the posting asks only for "interest in"/"passion for" it, or
// when the posting says the background is not required.
import type { Evidence, ScopeResult } from '../model';
import { compileCues, nativeFirstAll, scanCues, type CueHit } from './cues';
import { DOMAINS, NOT_AN_INDUSTRY } from './domains';
import { evidenceAt } from './evidence';
import type { ClassifyInput } from './input';
import { foldCase, lowerForMatch, lowerTwin } from './lower-case';
import { isRegexSpace } from './regex-space';
import { contentRanges, sectionAt, sections, type Section, type SectionKind } from './sections';

export { goldDomainName } from './domains';

// Last, so a listed domain at the same place wins: "industry"/"sector", for the
// other-industry fallback (industryMention), found in the same pass as the domains.
const INDUSTRY_CUE = '_industry';
const BODY_DOMAINS = compileCues<string>([
  ...DOMAINS.map((d) => ({ id: d.id, tag: d.id, weight: 1, pattern: d.pattern })),
  { id: INDUSTRY_CUE, tag: INDUSTRY_CUE, weight: 0, pattern: 'industry|sector' },
], 'domains body');
const TITLE_DOMAINS = compileCues<string>(
  DOMAINS.filter((d) => d.titlePattern !== undefined).map((d) => ({ id: d.id, tag: d.id, weight: 1, pattern: d.titlePattern! })),
  'domains title',
);

// Words that turn a mention into something asked of the candidate. Experience words
// after a "customer"/"patient"/"user" are about the product, not the candidate.
// Experience and knowledge in the other languages read (Polish apart: its words end in letters \b does not know).
const ASK_WORDS_ELSEWHERE = String.raw`exp[ée]riences?|experiencias?|experi[eê]ncias?|\w*erfahrung(?:en)?|esperienz[ae]|connaissances?|conocimientos?|conhecimentos?|kenntnisse|conoscenz[ae]|familiaridad|familiaridade|ma[iî]trise`;
const ASK_WORDS_POLISH = String.raw`\b(?:do[śs]wiadczeni\w*|znajomo[śs][ćc])`;
// "Industry-leading" praises; it names no industry.
const NOT_INDUSTRY_PRAISE = String.raw`(?![- ](?:leading|leaders?|standards?|best|first|wide)\b)`;
const ASK = new RegExp(String.raw`(?<!(?:customer|patient|user|member|guest|shopping|learning|driving|player|viewing|care|delivery|listening|the|our|your) )\b(?:experience[ds]?|knowledge|background|familiar(?:ity)?|expertise|exposure|understanding|worked|proficien(?:t|cy)|degree|certifi(?:ed|cation)|track record|domain|industry${NOT_INDUSTRY_PRAISE}|${ASK_WORDS_ELSEWHERE})\b|${ASK_WORDS_POLISH}`, 'i');
// The words that say a thing is wanted but not required, in the languages read; PLUS adds the required ones.
const PREFERENCE_WORDS = String.raw`a (?:big |huge |strong |definite |great )?plus|pluses|preferred|preferably|bonus|nice[- ]to[- ]haves?|desir(?:ed|able)|ideally|advantage(?:ous)?|beneficial|valued|would be great|is helpful|valorable|se valorar[aá]|deseable|desej[aá]vel|un plus|un atout|wünschenswert|von vorteil|gradit[oa]|preferibil\w*|idealmente|id[ée]alement|de pr[ée]f[ée]rence|preferentemente|preferencialmente|vorzugsweise|een pr(?:e|(?=é))|pluspunt|idealerweise|mile widzian\w*|(?:um )?diferencia(?:l|is)|un atout|costituisce un plus`;
const PREFERRED = new RegExp(String.raw`\b(?:${PREFERENCE_WORDS})\b`, 'i');
const PLUS = new RegExp(String.raw`\b(?:${PREFERENCE_WORDS}|a must|must have|required|zwingend|erforderlich|vorausgesetzt|wymagan[ey]|obligat[oó]ri[oa]|obrigat[oó]ri[oa]|vereist)\b`, 'i');
// "Experience … isn't required", "no healthcare background needed".
const NEGATION = /\b(?:(?:is|are)?n(?:'|’)?t (?:required|necessary|needed|expected|a requirement|a prerequisite)|not (?:required|necessary|needed|expected|a requirement|a prerequisite)|no (?:prior )?(?:[\w-]+ ){0,3}?(?:experience|background|knowledge)(?: is)? (?:required|necessary|needed)|no (?:prior |previous )?(?:experience|background|knowledge) (?:of|in|with) [^.;\n]{0,60}?(?:is |are )?(?:required|necessary|needed)|(?:don|do not|doesn|does not)(?:'|’)?t? (?:need|require|expect)|without (?:any )?(?:prior )?(?:[\w-]+ ){0,2}?(?:experience|background)|successful (?:here |at [\w ]{1,30})?without it|willing(?:ness)? to learn)\b|\b(?:n['’]est pas (?:requise?s?|n[ée]cessaires?|exig[ée]e?s?|obligatoires?|indispensables?)|aucune? [^.;\n]{0,60}?n['’]est (?:requise?|n[ée]cessaire|exig[ée]e?|demand[ée]e?)|pas besoin d|no (?:se )?(?:requiere|exige|es (?:necesari[oa]|imprescindible|obligatori[oa]|un requisito))|no necesitas|keine voraussetzung|nicht (?:erforderlich|notwendig|n[öo]tig|vorausgesetzt)|keine [^.;\n]{0,40}?(?:erforderlich|notwendig|n[öo]tig|vorausgesetzt)|n[ãa]o (?:[ée] (?:necess[áa]ri[oa]|obrigat[óo]ri[oa]|exigid[oa]|requerid[oa]|um requisito)|precisa[sr]? de|exigimos|requer)|niet (?:vereist|noodzakelijk|nodig|verplicht)|geen vereiste|nie (?:jest |s[ąa] )?(?:wymagan[eya]|konieczn[eya]|niezb[ęe]dn[eya])|non (?:[èe] )?(?:richiest[oa]|necessari[oa]|obbligatori[oa]))/i;
// "Interest in fintech" or "passion for healthcare" is not knowledge of it.
// Also in French, Dutch, German, Spanish and Portuguese: "appétence pour", "affiniteit met", "Interesse an".
const INTEREST_ONLY = /\b(?:interest(?:ed)? in|passion(?:ate)? (?:for|about)|curious about|excited (?:about|by)|love (?:for|of)|care about|desire to learn|willing(?:ness)? to (?:work|learn)|open to (?:working|learning)|app[ée]tence (?:pour|pour le|pour la)|int[ée]r[eê]t (?:pour|por|para)|affiniteit met|interesse (?:an|für|in|em|por|para)|inter[eé]s (?:en|por)|gusto por)\b/i;
// A list of ML areas ("GenAI, LLMs, recommendation engines, AWS") or of example AI
// applications ("for example: recommendation systems, malware detection, NLP") names
// techniques, not an application domain, unless it says it is listing domains.
const ML_AREA = /\b(?:gen ?ai|generative ai|llms?|large language models?|nlp|natural language|computer visions?|deep learning|predictive model(?:l)?ing|statistical model(?:l)?ing|text (?:analytics|mining)|graph (?:theory|analytics|neural networks?)|exploratory data analysis|signal processing|machine learning|reinforcement learning|transformers?|time[- ]series|anomaly detection|forecasting|classification|clustering|mlops|aws|gcp|azure|pytorch|tensorflow|behavio(?:u)?r modell?ing)\b/gi;
const NAMES_DOMAINS = /\b(?:domains?|industr(?:y|ies)|sectors?|verticals?|space)\b/i;
let lastListUnit = '';
let lastListAnswer = false;
function mlAreaList(unit: string): boolean {
  if (unit === lastListUnit) return lastListAnswer;
  lastListUnit = unit;
  lastListAnswer = isMlAreaList(unit);
  return lastListAnswer;
}
function isMlAreaList(unit: string): boolean {
  const low = foldCase(unit);
  const r = low !== null ? judgeTwins() : CI;
  const s = low ?? unit;
  if (!LIST_PUNCTUATION.test(unit) || r.namesDomains.test(s)) return false;
  r.mlArea.lastIndex = 0;
  let ml = 0;
  while (r.mlArea.exec(s) && ++ml < 20);
  if (ml < 2) return false;
  // "…in one of: finance, healthcare, retail, NLP" lists domains; "GenAI, LLMs, recommendation engines, AWS" does not.
  return ml > scanCues(BODY_DOMAINS, unit, undefined, 20).filter((h) => h.cue.tag !== INDUSTRY_CUE).length;
}
const STRONG_ASK = new RegExp(String.raw`\b(?:experience[ds]?|knowledge|background|expertise|exposure|familiar(?:ity)?|worked|understanding|${ASK_WORDS_ELSEWHERE})\b|${ASK_WORDS_POLISH}`, 'i');

const STUDY_FIELD = /^(?:chemi\w*|(?:computational |molecular )?biolog\w*|robotics|epidemiolog\w*|biostatistics|genetics|neuroscience|materials|physics|finance|economics|mathematics|engineering|medicine|bioinformatics|biomedical(?: engineering| sciences?)?|marketing|business|management|accounting|statistics)$/i;
const COMPANY_VOICE = /\b(?:we|our|us|we(?:'|’)re|we(?:'|’)ve|nous|notre|nos|nuestr[oa]s?|nosotros|nosso|nossa|nossos|nossas|wir|unser(?:e|en|er|em)?|noi|nostr[oaie])\b/i;
// "Acme is the leader in payments…": a sentence whose subject is a name.
// Not a name: a requirement bullet that opens with an adverb or a skill ("Ideally has worked in…").
const NAMED_SUBJECT = /^\W{0,4}(?!(?:Ideally|Preferably|Also|Additionally|Must|Should|Candidates?|Applicants?|Someone|Anyone|Experience|Knowledge|Background|Familiarity|Exposure|Prior|Previous|Proven|Demonstrated|Strong|Solid|Deep|Hands-on|Ability)\b)(?:the )?[A-Z][\w&.'’-]{0,40}(?: [A-Z][\w&.'’-]{0,40}){0,4} (?:is|are|has|have|was|provides|offers|builds|helps|delivers|draws|serves|powers|works|enables|combines)\b/;
const CANDIDATE_VOICE = /\b(?:you|your|you(?:'|’)ll|candidates?|applicants?|vous|votre|vos|tu|tus|usted|voc[eê]|teu|tua|dein(?:e|en|er|em)?|candidat(?:e|s|es|os|as)?|kandidat(?:in|en)?)\b/i;

const LIST_PUNCTUATION = /[,:;(]/;
const SENTENCE_END = /[.!?](?:\s+|(?=[A-Z]))/g;
// Also a sentence glued to the next one, as scraped text often is ("preferred.We offer").
const NEXT_SENTENCE_END = /[.!?](?:\s|$)|(?<=[a-z])[.!?](?=[A-Z][a-z])/;
// "Experience from retail": from counts after experience, not after knowledge ("knowledge from biomedical data" is a duty).
const EXPERIENCE_IN = /\b(?:(?:experience[ds]?|background) from|(?:experience[ds]?|knowledge|background|expertise|familiarity|exposure) (?:in|with|of|working|building|developing|applying))\b/i;
// Secure-engineering practice ("DevSecOps: code scanning, code vulnerabilities") is not the security domain.
const SECURE_PRACTICE = /\b(?:devsecops|secure (?:coding|software|development|design)|software security|(?:security|privacy)[- ]by[- ]design|code (?:scanning|vulnerabilit(?:y|ies)))\b/i;
const SECURITY_TERM = /^(?:cyber ?security|cyber|vulnerabilit(?:y|ies)|owasp|application security|security \w+)$/;
// A duty to learn the domain on the job ("develop deep domain expertise") asks for nothing up front.
const LEARN_ON_JOB = /\b(?:develop|gain|build|acquire|grow|deepen)(?:ing)? (?:a |an |your |their )?(?:deep |strong |solid |thorough )?(?:domain |industry |business )?(?:expertise|knowledge|understanding)\b/i;
// "We are looking for an engineer with experience in robotics": the company's voice, the candidate's experience.
const SEEKING = /\b(?:looking for|seeking|searching for|hiring)\b/i;
const EXPERIENCE_BEFORE = /\b(?:experience[ds]?|background|expertise|knowledge) (?:in|with|of)\b(?=[^.;]{0,60}$)/i;
// In the words just before a field of study: a degree (the field is studied), or experience (it is practised).
const DEGREE_OR_EXPERIENCE = /\b(?:(degree|bachelor(?:'|’)?s?|master(?:'|’)?s?|ph\.? ?d|b\.?sc?\.?|m\.?sc?\.?|major(?:ing)?|graduate)|experience|years?|worked|working)\b/gi;
const DEGREE_AFTER = /^[^.;\n]{0,40}?\b(?:degree|major)\b/i;
const YEARS_IN = /\b\d{1,2}\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:(?:hands-on|professional|industry|relevant)\s+)?(?:experience\s+)?(?:in|with|working (?:in|on|with)|across)\b/i;
const YEARS_DOMAIN = new RegExp(String.raw`\b(?:years?|domain|industry${NOT_INDUSTRY_PRAISE})\b`, 'i');
const INDUSTRY_TAIL = /^(?:industry|sector)(?!-|\w| (?:experience|expertise|knowledge|standards?|best|trends|leaders?|partners|peers|conferences?|events?)\b)/i;

const MAX_UNIT_SIDE = 300;
/** Mentions judged per posting: real postings have a few dozen. */
const MAX_JUDGED = 300;

/** A sentence or line around a hit, and where the hit starts in it. */
interface Unit { text: string; at: number }

/** The sentence or line around a hit, clipped so one very long line costs little. */
function unitAround(text: string, start: number, end: number): Unit {
  const from = Math.max(0, start - MAX_UNIT_SIDE);
  const before = text.slice(from, start);
  let cut = before.lastIndexOf('\n') + 1;
  const sentence = SENTENCE_END;
  sentence.lastIndex = 0;
  for (let m = sentence.exec(before); m; m = sentence.exec(before)) if (m.index + m[0].length > cut) cut = m.index + m[0].length;
  const after = text.slice(end, end + MAX_UNIT_SIDE);
  let stop = after.indexOf('\n');
  if (stop < 0) stop = after.length;
  const stopSentence = NEXT_SENTENCE_END.exec(after);
  if (stopSentence && stopSentence.index < stop) stop = stopSentence.index;
  return { text: before.slice(cut) + text.slice(start, end) + after.slice(0, stop), at: before.length - cut };
}

type Verdict = 'asked' | 'negated' | 'context';

/**
 * What a unit says whatever the mention in it. A sentence often names several domains
 * ("fintech, healthcare or retail"): each check is made once for them all, when first needed.
 */
class UnitReading {
  /** The unit lower-cased for the twins of the /i regexes (see `foldCase`), or the unit itself. */
  readonly s: string;
  readonly r: JudgeRegexes;
  private negatedV: boolean | undefined;
  private companyVoiceV: boolean | undefined;
  private seekingV: boolean | undefined;
  private securePracticeV: boolean | undefined;
  private interestOnlyV: boolean | undefined;
  private askedInListV: boolean | undefined;
  private askedInBodyV: boolean | undefined;

  constructor(readonly unit: string, readonly company: CompanyName) {
    const low = foldCase(unit);
    this.r = low !== null ? judgeTwins() : CI;
    this.s = low ?? unit;
  }

  /** "Experience … isn't required" ("a plus, but not required" is still preferred). */
  get negated(): boolean {
    return this.negatedV ??= this.r.negation.test(this.s) && !this.r.preferred.test(this.s);
  }

  /** The company describing itself ("our leadership has a track record in healthcare"), not the candidate. */
  get inCompanyVoice(): boolean {
    const { r, s, unit } = this;
    return this.companyVoiceV ??= (r.companyVoice.test(s) || NAMED_SUBJECT.test(unit) || this.company.namedIn(unit)) && !r.candidateVoice.test(s);
  }

  get seeking(): boolean {
    return this.seekingV ??= this.r.seeking.test(this.s);
  }

  get securePractice(): boolean {
    return this.securePracticeV ??= this.r.securePractice.test(this.s);
  }

  /** Only interest in the domain, and no ask besides. */
  get interestOnly(): boolean {
    const { r, s } = this;
    return this.interestOnlyV ??= r.interestOnly.test(s) && !r.strongAsk.test(s.replace(r.interestOnly, ''));
  }

  /** Asked, in a requirements list. A short bullet under "Requirements" ("Healthcare data") is itself a requirement. */
  get askedInList(): boolean {
    const { r, s } = this;
    // "4+ years in offensive security, penetration testing…": years in a field ask for it.
    return this.askedInListV ??= r.ask.test(s) || r.plus.test(s) || r.yearsIn.test(s) || this.unit.trim().length <= 60;
  }

  /** Asked, elsewhere: only an explicit ask counts, not "you will build fraud models" or "our customers are hospitals". */
  get askedInBody(): boolean {
    const { r, s } = this;
    return this.askedInBodyV ??= r.strongAsk.test(s) && (r.plus.test(s) || r.experienceIn.test(s) || r.yearsDomain.test(s));
  }
}

let lastReading: UnitReading | null = null;
function readingOf(unit: string, company: CompanyName): UnitReading {
  if (lastReading === null || lastReading.unit !== unit || lastReading.company !== company) lastReading = new UnitReading(unit, company);
  return lastReading;
}

/** Whether `at` lies on the line of `sec`'s heading, when that line holds nothing but the heading. */
function inHeadingLine(text: string, sec: Section, at: number): boolean {
  if (sec.heading === null || at - sec.start > MAX_HEADING_REACH) return false;
  const nl = text.indexOf('\n', sec.start);
  const lineEnd = nl < 0 ? text.length : nl;
  return at < lineEnd && lineEnd - sec.start <= sec.heading.length + 12;
}
const MAX_HEADING_REACH = 100;

/** Is this mention of a domain something the posting asks of the candidate? */
function judgeMention({ text: unit, at }: Unit, kind: SectionKind, term: string, company: CompanyName): Verdict {
  const u = readingOf(unit, company);
  if (u.negated) return 'negated';
  // The company describing itself, unless it is seeking someone with experience of the domain.
  if (u.inCompanyVoice && !(u.seeking && u.r.experienceBefore.test(u.s.slice(Math.max(0, at - 80), at)))) return 'context';
  // The company's name just before the mention makes it the company's product ("SmartNews recommendation systems").
  if (company.namedBefore(unit, at)) return 'context';
  if (SECURITY_TERM.test(term.toLowerCase()) && u.securePractice) return 'context';
  // "Degree in Statistics, Economics, Finance or Chemistry" names fields of study.
  if (studyField(term) && studiedField(unit, at)) return 'context';
  if (u.r.learnOnJob.test(u.s.slice(Math.max(0, at - 80), at))) return 'context';
  if (u.interestOnly) return 'context';
  if (kind === 'requirements' || kind === 'preferred') return u.askedInList && !mlAreaList(unit) ? 'asked' : 'context';
  // Responsibilities, team description, untitled text: only an explicit ask counts.
  return u.askedInBody && !mlAreaList(unit) ? 'asked' : 'context';
}

/** Is the field of study at `at` named as a degree's field ("MS in Robotics", "Biology degree"), not as experience? */
function studiedField(unit: string, at: number): boolean {
  const before = unit.slice(Math.max(0, at - 160), at);
  let degree = false;
  const re = DEGREE_OR_EXPERIENCE;
  re.lastIndex = 0;
  // The last of these words before the field decides: "PhD with 2 years of experience in chemistry" is experience.
  for (let m = re.exec(before); m; m = re.exec(before)) degree = m[1] !== undefined;
  return degree || DEGREE_AFTER.test(unit.slice(at));
}

function studyField(term: string): boolean {
  // Not foldCase: it remembers one text, the unit, which the next mention may share.
  const low = lowerForMatch(term);
  return low !== null ? judgeTwins().studyField.test(low) : STUDY_FIELD.test(term);
}

// The case-insensitive regexes of the judge, and (built on first use) their twins for lower-cased text.
const CI = {
  ask: ASK, preferred: PREFERRED, plus: PLUS, negation: NEGATION, interestOnly: INTEREST_ONLY, mlArea: ML_AREA,
  namesDomains: NAMES_DOMAINS, strongAsk: STRONG_ASK, studyField: STUDY_FIELD, companyVoice: COMPANY_VOICE,
  candidateVoice: CANDIDATE_VOICE, experienceIn: EXPERIENCE_IN, yearsDomain: YEARS_DOMAIN, yearsIn: YEARS_IN, industryTail: INDUSTRY_TAIL,
  securePractice: SECURE_PRACTICE, learnOnJob: LEARN_ON_JOB, seeking: SEEKING, experienceBefore: EXPERIENCE_BEFORE,
};
type JudgeRegexes = typeof CI;
let twinsOfCI: JudgeRegexes | null = null;
function judgeTwins(): JudgeRegexes {
  if (twinsOfCI === null) {
    const twins: Record<string, RegExp> = {};
    for (const [name, re] of Object.entries(CI)) twins[name] = lowerTwin(re);
    twinsOfCI = twins as JudgeRegexes;
  }
  return twinsOfCI;
}

/** The company's own name, to spot sentences where it describes itself. */
class CompanyName {
  private re: RegExp | null | undefined;
  constructor(private readonly company: string | null | undefined) {}

  /** Whether `unit` names the company. Its regex is built when first needed: most postings never ask. */
  namedIn(unit: string): boolean {
    if (this.re === undefined) this.re = companyPattern(this.company);
    return this.re !== null && this.re.test(unit);
  }

  /** Whether the last few words before `at` name the company (no words are gathered when it has no name). */
  namedBefore(unit: string, at: number): boolean {
    if (this.re === undefined) this.re = companyPattern(this.company);
    return this.re !== null && this.re.test(wordsBefore(unit, at));
  }
}

function companyPattern(company: string | null | undefined): RegExp | null {
  const name = company?.split(/[,(|\n]/)[0]?.trim().slice(0, 60) ?? '';
  if (name.length < 3) return null;
  return new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
}

/** The last few words before `at`, within their clause: as `clause.split(/\s+/).slice(-6).join(' ')`, without the array. */
function wordsBefore(text: string, at: number): string {
  const from = Math.max(0, at - 60);
  let start = from;
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10) { start = i + 1; break; } // . ; : ! ? \n
  }
  // Back from `at` to the sixth run of spaces, noting whether each run kept is one ' '.
  let cut = start;
  let single = true;
  let runs = 0;
  for (let i = at - 1; i >= start; i--) {
    if (!isRegexSpace(text.charCodeAt(i))) continue;
    const end = i;
    while (i > start && isRegexSpace(text.charCodeAt(i - 1))) i--;
    if (++runs === 6) { cut = end + 1; break; }
    if (end > i || text.charCodeAt(i) !== 32) single = false;
  }
  const words = text.slice(cut, at);
  return single ? words : words.replace(/\s+/g, ' ');
}

/** "Search and recommendation systems" is one phrase naming two domains. */
function idsOf(hit: CueHit<string>, text: string): string[] {
  if (hit.cue.tag === 'search' && /recommend/i.test(text.slice(hit.start, hit.end))) return ['search', 'recommendations'];
  return [hit.cue.tag];
}

const WORDS_BEFORE = /\b(?:([A-Za-z][A-Za-z&-]{2,}) )?([A-Za-z][A-Za-z&-]{2,}) $/;

interface IndustryMention { start: number; end: number; id: string }

/**
 * "<words> industry", the one or two words naming an industry ("travel industry",
 * "real estate industry"), or null; its id names it ("other:real-estate").
 */
function industryMention(text: string, at: number): IndustryMention | null {
  const head = text.slice(at, at + 40);
  const headLow = foldCase(head);
  const tail = headLow !== null ? judgeTwins().industryTail.exec(headLow) : INDUSTRY_TAIL.exec(head);
  if (!tail) return null;
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!before || NOT_AN_INDUSTRY.has(before[2]!.toLowerCase())) return null;
  const words = before[1] !== undefined && !NOT_AN_INDUSTRY.has(before[1].toLowerCase()) ? [before[1], before[2]!] : [before[2]!];
  const length = words.join(' ').length + 1;
  return { start: at - length, end: at + tail[0].length, id: `other:${words.join('-').toLowerCase()}` };
}

interface DomainFinding { id: string; evidence: Evidence[]; fromTitle: boolean; asked: number }

// The first call compiles the judging regexes to machine code at once, 3-4x cheaper
// than V8's bytecode-first default (see `nativeFirst` in cues.ts).
let warmed = false;
function warm(): void {
  warmed = true;
  // The /i originals are for the rare text that cannot be lower-cased in place: compiled only if met.
  nativeFirstAll([...Object.values(judgeTwins()), LIST_PUNCTUATION, NAMED_SUBJECT, SENTENCE_END, NEXT_SENTENCE_END, WORDS_BEFORE]);
}

export function classifyScope(input: ClassifyInput): ScopeResult {
  if (!warmed) warm();
  const { title, description } = input;
  const secs = sections(description);
  const company = new CompanyName(input.company);
  const findings = new Map<string, DomainFinding>();
  const negated = new Set<string>();
  let judged = 0;
  const finding = (id: string): DomainFinding => {
    let f = findings.get(id);
    if (!f) { f = { id, evidence: [], fromTitle: false, asked: 0 }; findings.set(id, f); }
    return f;
  };

  const industries: IndustryMention[] = [];
  for (const hit of scanCues(BODY_DOMAINS, description, contentRanges(secs))) {
    if (hit.cue.tag === INDUSTRY_CUE) {
      const mention = industries.length < 20 ? industryMention(description, hit.start) : null;
      if (mention) industries.push(mention);
      continue;
    }
    // A domain asked for a few times is settled; judging more mentions adds nothing.
    if ((findings.get(hit.cue.tag)?.asked ?? 0) >= 3 || ++judged > MAX_JUDGED) continue;
    const sec = sectionAt(secs, hit.start);
    // A heading of its own names a topic ("Logistics" above notes on visas and offices), not an ask.
    if (sec && sec.kind === 'other' && inHeadingLine(description, sec, hit.start)) continue;
    const kind = sec?.kind ?? 'other';
    const verdict = judgeMention(unitAround(description, hit.start, hit.end), kind, description.slice(hit.start, hit.end), company);
    if (verdict === 'negated') { negated.add(hit.cue.tag); continue; }
    if (verdict !== 'asked') continue;
    for (const id of idsOf(hit, description)) {
      const f = finding(id);
      f.asked++;
      if (f.evidence.length < 3) f.evidence.push(evidenceAt('description', description, hit.start, hit.end));
    }
  }

  // No listed domain asked for: is some other industry named and asked for?
  const otherIndustries = new Set<string>();
  if (findings.size === 0) {
    for (const hit of industries) {
      if (++judged > MAX_JUDGED) break;
      const kind = sectionAt(secs, hit.start)?.kind ?? 'other';
      const verdict = judgeMention(unitAround(description, hit.start, hit.end), kind, description.slice(hit.start, hit.end), company);
      if (verdict !== 'asked') continue;
      const f = finding(hit.id);
      otherIndustries.add(hit.id);
      f.asked++;
      if (f.evidence.length < 3) f.evidence.push(evidenceAt('description', description, hit.start, hit.end));
    }
  }

  for (const hit of scanCues(TITLE_DOMAINS, title)) {
    // "Experience with robotics isn't required" outweighs "Robotics" in the title.
    if (negated.has(hit.cue.tag)) continue;
    const f = finding(hit.cue.tag);
    f.fromTitle = true;
    f.evidence.unshift(evidenceAt('title', title, hit.start, hit.end));
  }

  // Another industry is a fallback: beside a domain the title names it only repeats it.
  if (findings.size > otherIndustries.size) for (const id of otherIndustries) findings.delete(id);
  const found = [...findings.values()].sort((a, b) => Number(b.fromTitle) - Number(a.fromTitle) || b.asked - a.asked);
  if (found.length === 0) {
    return { label: 'generalist', confidence: negated.size > 0 ? 0.85 : 0.75, evidence: [], domains: [] };
  }
  const evidence = found.flatMap((f) => f.evidence).slice(0, 6);
  const strongest = found[0]!;
  const confidence = strongest.fromTitle && strongest.asked > 0 ? 0.9 : strongest.fromTitle || strongest.asked > 1 ? 0.8 : 0.65;
  return { label: 'specialist', confidence, evidence, domains: found.map((f) => f.id) };
}
