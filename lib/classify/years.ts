// Minimum years of experience a posting REQUIRES (LABELS.md, level axis and edge
// cases). Ranges count by their minimum, alternative degree routes take the
// bachelor's route (else the first stated), several requirements that all apply
// take the largest, "nice to have" years count only when nothing is required,
// and years about the company, products, benefits or contracts are not experience.
import type { Evidence, Years } from '../model';
import { evidenceAt } from './evidence';
import type { ClassifyInput } from './input';
import { anyCase, lowerCased, lowerForMatch, lowerForSlices, testLower } from './lower-case';
import { PrefixIndex } from './prefix-index';
import { isRegexSpace } from './regex-space';
import { isBoilerplate, sectionAt, sections, type Section } from './sections';
import { keyAt, wordStarts } from './word-starts';

/** Real postings are well under 30k chars; beyond this we stop looking (bounds the work). */
const MAX_SCAN = 50_000;
/** More candidate phrases than any real posting has; bounds pathological input. */
const MAX_MENTIONS = 100;
const MAX_CANDIDATES = 300;

// English, then German, French, Spanish, Portuguese, Italian and Dutch words for one to ten
// (a unit must follow, so "due", "sei" or "un" elsewhere are not read as figures).
const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  ein: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, sete: 7, oito: 8, nove: 9, dez: 10,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, dieci: 10,
  een: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10,
  dwa: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5,
};
// Digits may be glued to the previous word in scraped text ("university1-2 years"). The
// words are listed longest first where one begins another ("uno" before "un").
const NUM = String.raw`((?<![\d$£€])(?<!\d[.,])\d{1,2}(?:\.5)?|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|` +
  String.raw`einem|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|une|uno|una|un|deux|trois|quatre|cinq|sept|huit|neuf|dix|` +
  String.raw`dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|uma|um|dois|duas|três|sete|oito|nove|dez|due|tre|quattro|cinque|sei|sette|otto|dieci|` +
  String.raw`een|twee|drie|vijf|zes|zeven|negen|tien|dwóch|dwa|trzech|trzy|czterech|cztery|pięciu|pięć)(?![\wäöüéèêçñąćęłńóśźż]))`;
// English, Spanish, Portuguese, French, German, Italian, Dutch, Polish.
const UNIT = String.raw`(?:years?|yrs?|yoe|a[ñn]os?|ans|jahr(?:e|en)?|ann[oi]|jaar|lata?|roku?)(?![\w-])`;
// The patterns run on the anchor windows below are written in lower case and run without
// the i flag on the lower-cased windows (lower-case.ts): the same matches, about half the
// compile cost (paid on every page load), and faster runs.
// Months count as fractions of a year ("18 months of experience").
const MONTHS_RE = new RegExp(String.raw`${NUM}\s{0,2}(\+|plus\b)?\s{0,2}months?(?![\w-])`, 'g');
// "at least a year of experience".
const A_YEAR_RE = /\b(?:at least|minimum(?: of)?|over|more than)\s{1,3}a\s{1,3}(?:full\s{1,3})?year\b/g;
// "a decade of experience", "over a decade in ML" (not "nearly a decade": less than ten).
const A_DECADE_RE = /\b(?:(?:at least|over|more than)\s{1,3})?(?:a|one)\s{1,3}decade\b/g;

// "3-5 years", "5+ yrs", "three (3) years", "10 or more years", "8 to 12 Years", "0 2 years".
// Every part is optional-once with bounded whitespace, so matching stays linear.
const YEARS_RE = new RegExp(
  String.raw`${NUM}(?:\s{0,2}\(\d{1,2}\))?\s{0,2}(\+|-?\s?plus\b|or more\b|or greater\b|or above\b)?` +
    String.raw`(?:\s{0,2}(-to-|-|–|—|to\b|and\b|a\b|à|y\b|e\b|bis\b|tot\b|do\b|\s)\s{0,2}${NUM}\s{0,2}\+?)?\s{0,2}\+?\s{0,2}${UNIT}`,
  'g',
);
// "Minimum 3, ideally 5+ years": the required figure is not followed by "years".
const MIN_IDEALLY_RE = new RegExp(
  String.raw`\b(?:minimum|min\.?|at least)\s{1,3}(?:of\s{1,3})?${NUM}\s{0,2},?\s{1,3}(?:but\s{1,3})?(?:ideally|preferably)\b`,
  'g',
);
// An upper bound only ("up to 2 years", "<1 year") means no minimum: 0.
const UPPER_BOUND_RE = new RegExp(
  String.raw`(?:\bup to|\buntil|\bless than|\bunder|<|\bmax(?:imum)?(?:\s{1,3}of)?|\bat[ée]|\bhasta|\bjusqu['’][àa]|\bbis zu|\bfino a|\bmaximaal)\s{0,3}${NUM}\s{0,2}${UNIT}`,
  'g',
);
// UPPER_BOUND_RE is large (about a millisecond to compile on each page load) and rarely
// matches: it runs only on windows where one of its words is followed, past at most three
// spaces, by a digit or a number word (a superset of its matches; checked lower-cased).
const UPPER_WORDS = ['up to', 'until', 'less than', 'under', '<', 'max', 'até', 'ate', 'hasta', "jusqu'à", 'jusqu’à', 'bis zu', 'fino a', 'maximaal'];
const NUMBER_WORD_LIST = Object.keys(NUMBER_WORDS);

function skipSpaces(s: string, i: number, max: number): number {
  for (let n = 0; n < max && i < s.length && isRegexSpace(s.charCodeAt(i)); n++) i++;
  return i;
}

function numberStartsAt(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  for (const w of NUMBER_WORD_LIST) if (lower.startsWith(w, i)) return true;
  return false;
}

function mayStateUpperBound(lower: string): boolean {
  for (const word of UPPER_WORDS) {
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      const end = i + word.length;
      // \bmax(?:imum)?(?:\s{1,3}of)?
      const ends = word === 'max' && lower.startsWith('imum', end) ? [end, end + 4] : [end];
      for (const e of ends) {
        if (numberStartsAt(lower, skipSpaces(lower, e, 3))) return true;
        const of = skipSpaces(lower, e, 3);
        if (of > e && lower.startsWith('of', of) && numberStartsAt(lower, skipSpaces(lower, of + 2, 3))) return true;
      }
    }
  }
  return false;
}

// "5+ experience with software engineering": the unit was left out.
const PLUS_EXPERIENCE_RE = /(?<![\d.,$£€])(\d{1,2})\+\s{0,2}(?:of\s{1,2})?experience\b/g;
const ZERO_RE =
  /\b(?:no (?:(?:prior|previous|professional|industry|work|relevant|paid|formal|commercial|machine learning|ml|ai|research|data science) ){0,3}experience (?:is )?(?:required|necessary|needed)|reci[ée]n (?:titulad|graduad|egresad)[oa]s?|rec[ée]m[- ](?:formad|graduad)[oa]s?|jeunes? dipl[ôo]m[ée]e?s?|berufseinsteiger(?:in|innen)?|(?:prior|previous) (?:(?:work|professional|industry) )?experience (?:is )?not (?:required|necessary|needed)|recent (?:college |university )?grad(?:uate)?s?\b|new grad(?:uate)?s? (?:are )?welcome|fresh graduates?|graduates (?:are )?welcome)/g;
// "This role is not suitable for recent graduates", "recent graduates should apply through
// our campus programme": the posting turns graduates away or sends them elsewhere.
const TURNED_AWAY =
  /\b(?:not (?:suitable|open|intended|eligible|a fit|for)|isn['’]?t (?:suitable|open|for)|aren['’]?t (?:eligible|suitable)|should apply|apply (?:through|via|to|on|at) (?:our|the)|campus|instead)\b/;

// "Bachelor's degree or 4 years of equivalent experience", "in lieu of a degree, 6 years":
// the figure is the route without the degree. LABELS.md takes the bachelor's route, which
// asks no years of its own here, so such a figure is not a minimum.
const IN_LIEU_BEFORE =
  /(?:\b(?:degree|bachelor['’]?s?|b\.?sc?\.?|b\.?a\.?|diploma)\b[^.;\n]{0,40}\bor\s+(?:an?\s+)?(?:equivalent\s+)?(?:\(\s*)?(?:(?:a\s+)?(?:minimum|min\.?|at least)\s+(?:of\s+)?)?|\bin lieu of (?:an?\s+)?(?:[\w'’-]+\s+){0,2}degree,?\s+[^.;\n]{0,60})$/;
const IN_LIEU_AFTER = /^\W{0,3}(?:of\s+)?(?:relevant\s+|related\s+)?equivalent\s+(?:work\s+|professional\s+|industry\s+)?experience|^[^.;\n]{0,40}\bin lieu of (?:an?\s+)?(?:[\w'’-]+\s+){0,2}degree/;

// Every match of IN_LIEU_BEFORE holds "or" or "lieu", every match of IN_LIEU_AFTER "equivalent" or "lieu":
// most figures have neither beside them, and the patterns are not run.
const MAY_BE_IN_LIEU_BEFORE = /\bor\s|lieu/i;
const MAY_BE_IN_LIEU_AFTER = /equivalent|lieu/i;

function inLieuOfDegree(text: string, start: number, end: number): boolean {
  const before = sentenceBefore(text, start, 120);
  if (MAY_BE_IN_LIEU_BEFORE.test(before) && testLower(IN_LIEU_BEFORE, before)) return true;
  const after = clauseAfter(text, end, 80);
  return MAY_BE_IN_LIEU_AFTER.test(after) && testLower(IN_LIEU_AFTER, after);
}

// Kinds of data work: "5 years of data engineering", not "10 years of data" (a company's history).
const DATA_WORK = 'scien|engineer|analy|model|mining|visuali|querying|driven|platform|product|infrastructure|pipeline|warehous|governance|quality|architect|manag';

// Context that makes a number of years experience (or not). These patterns and the
// nice-to-have ones below are written in lower case and tested on lower-cased text
// (testLower): case-insensitive regexes compile about twice as slowly, on every page load.
const EXPERIENCE_AFTER =
  /\b(?:experience|exp|experienced|background|track record|expertise|proficiency)\b|exp[ée]rienc|experi[êe]ncia|erfahrung|esperienza|ervaring|do[śs]wiadczeni/;
const EXPERIENCE_LEAD = new RegExp(
  String.raw`^\s{0,3}(?:of\s+)?(?:hands-on|professional|industry|industrial|relevant|related|work|working|full[- ]time|applied|practical|proven|progressive|post|programming|coding|building|developing|designing|in\b|as\b|with\b|doing|writing|leading|managing|shipping|delivering|deploying|using|data[\s-]+(?:${DATA_WORK})|data\s*(?:\/|or|and|&)\s*(?:ml|ai|machine learning|software)\b|software|engineering|machine|ml\b|research|\((?:required|preferred)\)|minimum|min\b|total|overall|prior|previous|demonstra\w*|solid|strong|direct|[a-z]+ing\b)`,
);
// "Experiencia de 4 años", "Berufserfahrung: 2-3 Jahre" (German glues it into compounds).
const EXPERIENCE_BEFORE = /(?:\bexperience\b|\bexperiencia|\bexperi[êe]ncia|\bexp[ée]rience|erfahrung|\besperienza|\bervaring|do[śs]wiadczeni)[^.\n]{0,40}$/;
const NOT_EXPERIENCE_AFTER = new RegExp(
  String.raw`^\W{0,3}(?:ago|old|of age|in business\b(?!\s+(?:or|and|analy|intelligence|development|administration))|(?:experience\s+)?credit|in a row|running|consecutive|straight|thereafter|to come|later|from now|of (?:employment|service|tenure)|with (?:us|the company)|warranty|contract|term|vesting|internship|placement|apprenticeship|traineeship|stage\b|exercise|anniversary|milestone|degree|program|programme|plan|cliff|of (?:your|the|a) child|of tuition|tuition|in (?:our|the) (?:field|industry|market)|of (?:combined|collective) experience|of (?:funding|runway|growth|operations?|history|innovation|excellence|existence|success|data\b(?![\s-]+(?:${DATA_WORK})|\s*(?:\/|or|and|&)\s*(?:ml|ai|machine learning|software)\b)))`,
);
const NOT_EXPERIENCE_BEFORE =
  /(?:\bfor|\bbeen|\bpast|\blast|\bnext|\bwithin|\bafter|\bevery|\beach|\bunder|\bfounded|\bsince|\bfirst|\bthese|\bthose|\bcollective(?:ly)?|\bcombined|\btotal of|\baged?|\bin just|\bin only|\bnearly|\balmost|\bspanning|\baverag(?:e|es|ing)(?: of)?|\bour|\b(?:internship|placement|apprenticeship|traineeship|contract|duration|period|term|stage)(?: (?:of|for|lasting|de|von))?)\s{1,3}(?:(?:over|more than|nearly|almost|about|around|roughly|approximately|the last|the past|the next|another)\s{1,3})?$/;
const COMPANY_SUBJECT_BEFORE =
  /\b(?:we have|we've|we bring|our (?:team|company|founders?|firm|leaders(?:hip)?|consultants|engineers|experts|people|staff|employees|scientists|advisors)\s+(?:has|have|brings?)|(?:company|firm|organi[sz]ation|business|agency|provider|partner|consultancy|vendor|startup|industry leader|market leader)\s+(?:with|has|boasting)|boasts?|boasting)\b[^.\n]{0,30}$/;

// Nice-to-have wording around one figure (a "Nice to have" section is found by sections.ts).
const PREFERRED_NEAR_BEFORE =
  /\b(?:ideally|preferably|preferred|nice to have|bonus|plus if|desired|desirable|would be (?:great|nice|a plus)|ideal)\b/;
const PREFERRED_NEAR_AFTER =
  /\b(?:preferred|a plus|is a plus|nice[- ]to[- ]have|bonus|desired|desirable|an advantage|advantageous|ideally)\b/;

// Requirements split by level ("Senior Positions: … 10+ years / Junior/Intermediate
// Positions: … 3-9 years"): the posting is open to the lower level, so its figure counts.
const LEVEL_HEADING =
  /(?:^|\n)[\s*#_•-]{0,6}(?:(senior|sr\.?|staff|principal|lead)|(junior|jr\.?|entry|mid|intermediate|associate))\b[^\n]{0,40}?\b(?:positions?|roles?|levels?|candidates?)\b[^\n]{0,5}(?=\n)/gi;
const LEVEL_HEADING_REACH = 300;
// LEVEL_HEADING starts only at the text's start or at a line break, and its level word
// comes after at most six spaces or marks: most lines start otherwise, so it runs, sticky,
// only at the line starts where that word is (what the global search would find, sooner).
const LEVEL_HEADING_AT = new RegExp(LEVEL_HEADING.source, 'iy');
const LEVEL_WORDS = ['senior', 'sr', 'staff', 'principal', 'lead', 'junior', 'jr', 'entry', 'mid', 'intermediate', 'associate'];
const MAX_LEVEL_HEADINGS = 20;

/** matchesIn(LEVEL_HEADING, text, [[0, text.length]], MAX_LEVEL_HEADINGS), sooner. */
function levelHeadings(text: string): Array<{ m: RegExpExecArray; at: number }> {
  const lower = lowerCased(text);
  if (lower.length !== text.length) return matchesIn(LEVEL_HEADING, text, [[0, text.length]], MAX_LEVEL_HEADINGS);
  const out: Array<{ m: RegExpExecArray; at: number }> = [];
  let from = 0;
  for (let p = 0; p >= 0 && out.length < MAX_LEVEL_HEADINGS; p = text.indexOf('\n', p + 1)) {
    if (p < from) continue;
    // (?:^|\n): at 0 the marks may start at 0 (^) or after a line break there; later, after the break.
    const mayStart = (p === 0 && levelWordAfterMarks(text, lower, 0)) || (text.charCodeAt(p) === 10 && levelWordAfterMarks(text, lower, p + 1));
    if (!mayStart) continue;
    LEVEL_HEADING_AT.lastIndex = p;
    const m = LEVEL_HEADING_AT.exec(text);
    if (m) { out.push({ m, at: p }); from = p + m[0].length; }
  }
  return out;
}

// Requirements by title when the posting is open at two levels ("Machine Learning Scientist: 4+ years.
// Senior Machine Learning Scientist: 7+ years."): a title named both with and without a senior word
// labels the lower and the senior tier. The title is one to five capitalised words before a colon.
const TITLE_LABEL = /(?:^|[\n.;•*]\s{0,3}|-\s)(?:(Senior|Sr\.?|Staff|Principal|Lead)\s+)?([A-Z][A-Za-z&/]{1,20}(?:[ \t][A-Z][A-Za-z&/]{1,20}){0,4})[ \t]?:/g;

/** Tier labels by title: only titles that occur both with and without a senior word. */
function titleTiers(text: string): Array<{ at: number; senior: boolean }> {
  const labels: Array<{ at: number; senior: boolean; title: string }> = [];
  TITLE_LABEL.lastIndex = 0;
  for (let m = TITLE_LABEL.exec(text); m && labels.length < MAX_LEVEL_HEADINGS * 2; m = TITLE_LABEL.exec(text)) {
    labels.push({ at: m.index, senior: m[1] !== undefined, title: m[2]!.toLowerCase() });
  }
  const senior = new Set(labels.filter((l) => l.senior).map((l) => l.title));
  const lower = new Set(labels.filter((l) => !l.senior).map((l) => l.title));
  return labels.filter((l) => senior.has(l.title) && lower.has(l.title)).map(({ at, senior: s }) => ({ at, senior: s }));
}

/** Whether, after at most six of [\s*#_•-] from `i`, a level word of LEVEL_HEADING starts (`lower`: the text lower-cased). */
function levelWordAfterMarks(text: string, lower: string, i: number): boolean {
  let q = i;
  while (q < text.length && isHeadingMark(text.charCodeAt(q))) if (++q - i > 6) return false;
  const first = lower.charCodeAt(q);
  for (const word of LEVEL_WORDS) if (word.charCodeAt(0) === first && lower.startsWith(word, q)) return true;
  return false;
}

function isHeadingMark(c: number): boolean {
  return isRegexSpace(c) || c === 42 || c === 35 || c === 95 || c === 0x2022 || c === 45; // * # _ • -
}

/** `below`: an associate's degree or a school diploma, a route beneath the bachelor's. */
type Degree = 'below' | 'bachelor' | 'master' | 'phd' | 'none';
const DEGREE_WORDS: Array<[Degree, RegExp]> = [
  ['below', /\b(?:associate['’]?s?\s+degree|high[- ]school(?:\s+diploma)?|secondary(?:\s+school)?\s+diploma)/gi],
  ['below', /\bGED\b/g],
  // The words in any case ("Bachelor's"); the abbreviations in capitals only ("BS", not "bs").
  ['bachelor', /\b(?:bachelor|undergraduate|4-year degree|four-year degree|college degree)/gi],
  ['bachelor', /\b(?:B\.?S\.?c?|B\.?A\.?|BSc|BEng|BSCS)(?![\w])/g],
  ['master', /\b(?:master|graduate(?: level)? degree|advanced degree)|\b(?:M\.?S\.?c?|MSc|MSCS|MEng|MBA|M\.A\.)(?![\w])/gi],
  ['phd', /\b(?:ph\.?\s?d|doctorate|doctoral)/gi],
];
const WITHOUT_DEGREE = /\bwithout (?:an? )?(?:[\w'’]+ ){0,2}degree/i;

interface Mention {
  value: number;
  start: number;
  end: number;
  preferred: boolean;
  degree: Degree | null;
  /** A phrase like "recent graduate": counts only when no figure is stated. */
  zero: boolean;
  /** Under a heading for senior or for lower-level positions, when the posting has both. */
  tier: 'senior' | 'lower' | null;
}

function toNumber(token: string): number {
  const word = NUMBER_WORDS[token.toLowerCase()];
  return word ?? Number(token);
}

/** Start of the line holding offset i, looking back at most `max` chars (never the whole text). */
function lineStart(text: string, i: number, max: number): number {
  const from = Math.max(0, i - max);
  const nl = text.slice(from, i).lastIndexOf('\n');
  return nl >= 0 ? from + nl + 1 : from;
}

/** Text after a mention up to the end of its clause (newline, ';' or sentence end). */
function clauseAfter(text: string, end: number, max = 150): string {
  const slice = text.slice(end, end + max);
  // A sentence glued to the next ("…cloud GPUs.Preferred Qualifications") ends at its full stop too.
  const stop = slice.search(/\n|;|(?<![A-Z])\.(?:\s|$)|(?<=[a-z)])\.(?=[A-Z][a-z])/);
  return stop >= 0 ? slice.slice(0, stop) : slice;
}

/** Text before a mention back to the start of its sentence or line. */
function sentenceBefore(text: string, start: number, max = 200): string {
  const from = lineStart(text, start, max);
  const slice = text.slice(from, start);
  let cut = 0;
  const boundary = /(?<![A-Z])\.\s|[!?]\s/g;
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) cut = m.index + m[0].length;
  return slice.slice(cut);
}

// "3+ years of Python", "5 years with Spark": under a requirements heading a skill after the
// figure is the experience asked for, though the word "experience" is not written.
const OF_A_SKILL = /^\s{0,3}(?:of|with|in|using)\s+[a-z0-9]/;

/** `parts`, when given: the text's sections, so a figure of a skill under requirements counts (OF_A_SKILL). */
function isExperience(text: string, start: number, end: number, parts?: readonly Section[]): boolean {
  const after = clauseAfter(text, end, 120);
  const before = text.slice(lineStart(text, start, 60), start);
  const afterLower = lowerForMatch(after);
  const beforeLower = lowerForMatch(before);
  if (testLower(NOT_EXPERIENCE_AFTER, after, afterLower) || testLower(NOT_EXPERIENCE_BEFORE, before, beforeLower)) return false;
  if (testLower(COMPANY_SUBJECT_BEFORE, sentenceBefore(text, start, 120))) return false;
  const after100 = after.slice(0, 100);
  if (testLower(EXPERIENCE_AFTER, after100, afterLower === null ? null : afterLower.slice(0, 100)) || testLower(EXPERIENCE_LEAD, after, afterLower) || testLower(EXPERIENCE_BEFORE, before, beforeLower)) return true;
  // A list item that is only the figure ("* 3+ years") under a heading such as "Experience".
  if (/^[\s*•·\-–]*$/.test(before) && /^[\s.,;:)!]*$/.test(after)) return true;
  if (parts === undefined || !testLower(OF_A_SKILL, after, afterLower)) return false;
  const kind = sectionAt(parts, start)?.kind;
  return kind === 'requirements' || kind === 'preferred';
}

function isPreferredLocally(text: string, start: number, end: number): boolean {
  const before = sentenceBefore(text, start, 80);
  const after = clauseAfter(text, end, 150);
  return testLower(PREFERRED_NEAR_BEFORE, before) || testLower(PREFERRED_NEAR_AFTER, after);
}

function lastDegreeIn(s: string): Degree | null {
  let best: { at: number; degree: Degree } | null = null;
  for (const [degree, re] of DEGREE_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) if (!best || m.index > best.at) best = { at: m.index, degree };
  }
  return best?.degree ?? null;
}

function namesBachelor(s: string): boolean {
  for (const [degree, re] of DEGREE_WORDS) {
    if (degree !== 'bachelor') continue;
    re.lastIndex = 0;
    if (re.test(s)) return true;
  }
  return false;
}

function firstDegreeIn(s: string): Degree | null {
  let best: { at: number; degree: Degree } | null = null;
  for (const [degree, re] of DEGREE_WORDS) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m && (!best || m.index < best.at)) best = { at: m.index, degree };
  }
  return best?.degree ?? null;
}

const ALTERNATIVE_SEPARATOR = /;|\bor\b|\n/g;

/** Which degree route a figure belongs to ("BS + 7 years", "5 years with a Master's"). */
function degreeOf(text: string, m: { start: number; end: number }, prevEnd: number, nextStart: number): Degree | null {
  const sentence = sentenceBefore(text, m.start, 250);
  const sentenceFrom = Math.max(m.start - sentence.length, prevEnd);
  const before = text.slice(sentenceFrom, m.start);
  let cut = 0;
  ALTERNATIVE_SEPARATOR.lastIndex = 0;
  for (let s = ALTERNATIVE_SEPARATOR.exec(before); s; s = ALTERNATIVE_SEPARATOR.exec(before)) cut = s.index + s[0].length;
  const clauseBefore = before.slice(cut);
  let after = clauseAfter(text, m.end, 150).slice(0, Math.max(0, nextStart - m.end));
  const sep = after.search(/;|\bor\b/);
  if (sep >= 0) after = after.slice(0, sep);
  if (WITHOUT_DEGREE.test(after)) return 'none';
  // "Option 3: 5 years of experience", beside options with degrees: the route without one.
  const degree = lastDegreeIn(clauseBefore) ?? firstDegreeIn(after) ?? lastDegreeIn(before);
  return degree ?? (OPTION_LINE.test(text.slice(lineStart(text, m.start, 120), m.start)) ? 'none' : null);
}

const OPTION_LINE = /^\W{0,4}option\s*\d\b/i;

// Every pattern below needs one of these words near it: find them and run the patterns
// only on short windows around them (most of a posting has none). The words are looked
// up at the text's word starts (word-starts.ts, shared with the cue scans), and after
// the digits of a word such as "5years": a regex over the whole text costs more.
// Each with the keys it can start with (prefix-index.ts startKeys, written out: deriving
// them costs ms on every page load; years.test.ts checks they are the derived ones).
export const ANCHOR_WORDS: ReadonlyArray<readonly [string, keyof Anchors | null, readonly string[]]> = [
  ['years?|yrs?|yoe', 'year', ['year', 'yr', 'yrs', 'yoe']],
  ['months?', 'month', ['mont']],
  ['a[ñn]os?|ans(?![\\w])|jahr|ann[oi](?![\\w])|jaar|lata?(?![\\w])|roku?(?![\\w])', null,
    ['año', 'años', 'ano', 'anos', 'ans', 'jahr', 'anno', 'anni', 'jaar', 'lat', 'lata', 'rok', 'roku']],
  ['experience', 'experience', ['expe']],
  ['grad', 'grad', ['grad']],
  // "Recién titulado/a", "recém-formado", "jeune diplômé", "Berufseinsteiger": recent graduates in other languages.
  ['reci[ée]n|rec[ée]m|jeunes? dipl|berufseinsteiger', 'grad', ['reci', 'recé', 'rece', 'jeun', 'beru']],
  ['ideally|preferably', 'ideally', ['idea', 'pref']],
];
const ANCHOR_INDEX = new PrefixIndex<number>();
const ANCHOR_RES = ANCHOR_WORDS.map(([pattern]) => new RegExp(pattern, 'iy'));
ANCHOR_WORDS.forEach(([, , keys], i) => ANCHOR_INDEX.addKeys(keys, i));
const WINDOW_BEFORE = 70;
const WINDOW_AFTER = 45;
const MAX_WINDOWS = 2000;

/**
 * Which anchor words occur (each pattern below that needs one is skipped when it is
 * absent: a regex never run is never compiled, and most postings state no months,
 * no "a year" and no "ideally").
 */
interface Anchors { month: boolean; year: boolean; experience: boolean; grad: boolean; ideally: boolean }

function anchorWindows(text: string, seen: Anchors): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const words = wordStarts(text);
  const memo = ANCHOR_INDEX.memoFor(words);
  const { slot } = words;
  const found = (kind: number, start: number, end: number): void => {
    const flag = ANCHOR_WORDS[kind]![1];
    // "year" alone, not "years"/"yrs"/"yoe", is what A_YEAR_RE needs.
    if (flag === 'year') { if (end - start === 4 && (text.charCodeAt(start + 1) | 32) === 101) seen.year = true; }
    else if (flag !== null) seen[flag] = true;
    const from = Math.max(0, start - WINDOW_BEFORE);
    const to = Math.min(text.length, end + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  };
  const tryAt = (at: number, candidates: readonly number[]): void => {
    // Most words have none: an indexed loop, not an iterator, for them.
    for (let i = 0; i < candidates.length; i++) {
      const kind = candidates[i]!;
      const re = ANCHOR_RES[kind]!;
      re.lastIndex = at;
      if (re.test(text)) { found(kind, at, re.lastIndex); return; } // sticky: the match ends at lastIndex
    }
  };
  for (let w = 0; w < words.count; w++) {
    if (windows.length >= MAX_WINDOWS) {
      // Words past the last window may still fall inside it: assume every one occurs.
      seen.month = seen.year = seen.experience = seen.grad = seen.ideally = true;
      break;
    }
    const at = words.at[w]!;
    const first = text.charCodeAt(at);
    if (first >= 48 && first <= 57) {
      // "5years", "18months": the unit glued to its figure.
      let p = at + 1;
      while (p < text.length && p < at + 4 && isDigitOrPoint(text.charCodeAt(p))) p++;
      if (p > at && p < text.length && isLetter(text.charCodeAt(p))) tryAt(p, ANCHOR_INDEX.candidates(keyAt(text, p)));
      continue;
    }
    const candidates = (memo !== null ? memo[slot[w]!] : undefined) ?? ANCHOR_INDEX.candidatesAt(words, w);
    if (candidates.length !== 0) tryAt(at, candidates);
  }
  return windows;
}

function isDigitOrPoint(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 44;
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** A window of the text (anchorWindows), with its text lower-cased (lowerForMatch: null when it cannot be). */
interface Window { start: number; end: number; lower: string | null }

/** The windows, each lower-cased once for all the patterns that read it. */
function lowerWindows(text: string, ranges: Array<[number, number]>): Window[] {
  // Sliced from the text lower-cased (shared with the cue scans) where that is the same.
  const whole = lowerForSlices(text);
  return ranges.map(([start, end]) => ({ start, end, lower: whole !== null ? whole.slice(start, end) : lowerForMatch(text.slice(start, end)) }));
}

/** Matches of a global regex inside the windows, with offsets into the whole text. */
function matchesIn(
  re: RegExp, text: string, windows: Array<[number, number]>, limit = MAX_CANDIDATES,
): Array<{ m: RegExpExecArray; at: number }> {
  const out: Array<{ m: RegExpExecArray; at: number }> = [];
  for (const [start, end] of windows) if (!matchesInPart(re, text.slice(start, end), start, limit, out)) break;
  return out;
}

/** matchesIn for `re` written in lower case, without the i flag: it runs on the lower-cased windows. */
function lowerMatchesIn(
  re: RegExp, text: string, windows: readonly Window[], limit = MAX_CANDIDATES,
): Array<{ m: RegExpExecArray; at: number }> {
  const out: Array<{ m: RegExpExecArray; at: number }> = [];
  for (const { start, end, lower } of windows) {
    const more = lower !== null ? matchesInPart(re, lower, start, limit, out) : matchesInPart(anyCase(re), text.slice(start, end), start, limit, out);
    if (!more) break;
  }
  return out;
}

/** Adds the matches of `re` in `part` (which starts at `start`) to `out`; false once there are `limit`. */
function matchesInPart(re: RegExp, part: string, start: number, limit: number, out: Array<{ m: RegExpExecArray; at: number }>): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(part); m && out.length < limit; m = re.exec(part)) out.push({ m, at: start + m.index });
  return out.length < limit;
}

// YEARS_RE and UPPER_BOUND_RE end in a unit (UNIT): most windows (found for "experience"
// and the like) have none, and these two are not run there.
const UNIT_TEXT = /y(?:r|ear|oe)|(?:a[ñn]os?|ans|jahr(?:e|en)?|ann[oi]|jaar|lata?|roku?)(?![\w-])/;

/** The windows where a unit may be, by its letters in the lower-cased window. */
function withUnit(text: string, windows: readonly Window[]): Window[] {
  return windows.filter((w) => UNIT_TEXT.test(lowerText(text, w)));
}

/** The windows whose lower-cased text holds one of `needles` (as every match of the pattern to run there does). */
function holding(text: string, windows: readonly Window[], ...needles: string[]): Window[] {
  return windows.filter((w) => {
    const lower = lowerText(text, w);
    return needles.some((needle) => lower.includes(needle));
  });
}

/** The window's text lower-cased, even where offsets would move (for tests of what it holds). */
function lowerText(text: string, w: Window): string {
  return w.lower ?? text.slice(w.start, w.end).toLowerCase();
}

function findMentions(text: string): Mention[] {
  const raw: Array<Omit<Mention, 'preferred' | 'degree' | 'tier'>> = [];
  const seen: Anchors = { month: false, year: false, experience: false, grad: false, ideally: false };
  const windows = lowerWindows(text, anchorWindows(text, seen));
  const unitWindows = withUnit(text, windows);
  for (const { m, at } of lowerMatchesIn(YEARS_RE, text, unitWindows)) {
    if (raw.length >= MAX_MENTIONS) break;
    const first = toNumber(m[1] ?? '');
    const second = m[4] !== undefined ? toNumber(m[4]) : undefined;
    let value = first;
    let start = at;
    // "0 2 years" is a range; "Python 3 5 years" is not: then only the second counts.
    if (second !== undefined && m[3] !== undefined && m[3].trim() === '' && !(first < second)) {
      value = second;
      start = at + m[0].toLowerCase().lastIndexOf(m[4]!.toLowerCase(), m[0].length - 1);
    } else if (second !== undefined && second < first) {
      value = second; // a reversed range: still its minimum
    }
    const end = at + m[0].length;
    if (value >= 0 && value <= 40 && isExperience(text, start, end, sections(text))) raw.push({ value, start, end, zero: false });
  }
  if (seen.ideally) for (const { m, at } of lowerMatchesIn(MIN_IDEALLY_RE, text, windows, MAX_MENTIONS)) {
    raw.push({ value: toNumber(m[1] ?? ''), start: at, end: at + m[0].length, zero: false });
  }
  if (seen.month) for (const { m, at } of lowerMatchesIn(MONTHS_RE, text, windows)) {
    const end = at + m[0].length;
    if (isExperience(text, at, end)) raw.push({ value: Math.round((toNumber(m[1] ?? '') / 12) * 10) / 10, start: at, end, zero: false });
  }
  if (seen.year) for (const { m, at } of lowerMatchesIn(A_YEAR_RE, text, windows, MAX_MENTIONS)) {
    const end = at + m[0].length;
    if (isExperience(text, at, end)) raw.push({ value: 1, start: at, end, zero: false });
  }
  if (seen.experience) for (const { m, at } of lowerMatchesIn(A_DECADE_RE, text, holding(text, windows, 'decade'), MAX_MENTIONS)) {
    const end = at + m[0].length;
    if (isExperience(text, at, end)) raw.push({ value: 10, start: at, end, zero: false });
  }
  if (seen.experience) for (const { m, at } of lowerMatchesIn(PLUS_EXPERIENCE_RE, text, holding(text, windows, '+'), MAX_MENTIONS)) {
    raw.push({ value: toNumber(m[1] ?? ''), start: at, end: at + m[0].length, zero: false });
  }
  const upperWindows = unitWindows.filter((w) => mayStateUpperBound(lowerText(text, w)));
  for (const { m, at } of lowerMatchesIn(UPPER_BOUND_RE, text, upperWindows)) {
    const end = at + m[0].length;
    if (!isExperience(text, end, end)) continue;
    // The numeric pattern also saw "2 years" inside "up to 2 years": drop that one.
    for (let i = raw.length - 1; i >= 0; i--) {
      const r = raw[i]!;
      if (r.start >= at && r.end <= end) raw.splice(i, 1);
    }
    raw.push({ value: 0, start: at, end, zero: true });
  }
  if (seen.experience || seen.grad) for (const { m, at } of lowerMatchesIn(ZERO_RE, text, holding(text, windows, 'no ', 'not required', 'not necessary', 'not needed', 'grad', 'reci', 'recé', 'rece', 'jeune', 'berufseinsteiger'), MAX_MENTIONS)) {
    const end = at + m[0].length;
    const sentence = sentenceBefore(text, at, 150) + text.slice(at, end) + clauseAfter(text, end, 150);
    if (!testLower(TURNED_AWAY, sentence)) raw.push({ value: 0, start: at, end, zero: true });
  }
  for (let i = raw.length - 1; i >= 0; i--) if (!raw[i]!.zero && inLieuOfDegree(text, raw[i]!.start, raw[i]!.end)) raw.splice(i, 1);
  if (raw.length > MAX_MENTIONS) raw.length = MAX_MENTIONS;
  raw.sort((a, b) => a.start - b.start);

  // For any real posting `text` is the whole description, which the other axes split
  // too (sections() caches one text); a huge input is split only as far as we scan.
  const parts = sections(text);
  // Years in the company blurb, benefits or legal text are never a requirement.
  const kept = raw.filter((r) => {
    const kind = sectionAt(parts, r.start)?.kind;
    return kind === undefined || !isBoilerplate(kind);
  });
  // Tiers and degree routes tell several figures apart: a lone one needs neither.
  const several = kept.length > 1;
  const headings = several
    ? [...levelHeadings(text).map(({ m, at }) => ({ at, senior: m[1] !== undefined })), ...titleTiers(text)].sort((a, b) => a.at - b.at)
    : [];
  const tierAt = (at: number): Mention['tier'] => {
    let tier: Mention['tier'] = null;
    for (const { at: h, senior } of headings) {
      if (h >= at) break;
      tier = at - h <= LEVEL_HEADING_REACH ? (senior ? 'senior' : 'lower') : null;
    }
    return tier;
  };
  return kept.map((r, i) => {
    const prevEnd = i > 0 ? kept[i - 1]!.end : 0;
    const nextStart = i + 1 < kept.length ? kept[i + 1]!.start : text.length;
    return {
      ...r,
      tier: tierAt(r.start),
      preferred: isPreferredLocally(text, r.start, r.end) ||
        sectionAt(parts, r.start)?.kind === 'preferred',
      degree: r.zero ? 'none' : several ? degreeOf(text, r, prevEnd, nextStart) : null,
    };
  });
}

/**
 * Alternative routes ("BS + 7 years, MS + 5, or PhD + 3"; "recent graduate or
 * 1-2 years") collapse to one figure: the bachelor's route, else the first.
 */
function collapseRoutes(text: string, mentions: Mention[]): Array<Mention & { route: boolean }> {
  const out: Array<Mention & { route: boolean }> = [];
  let group: Mention[] = [];
  const flush = () => {
    const chosen = group.find((g) => g.degree === 'bachelor') ?? group[0];
    if (chosen) out.push({ ...chosen, route: group.length > 1 });
    group = [];
  };
  for (const m of mentions) {
    const prev = group[group.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    const degreeRoute = prev !== undefined && m.degree !== null && prev.degree !== null &&
      gap.length <= 200 && !group.some((g) => g.degree === m.degree);
    const orRoute = prev !== undefined && (prev.zero || m.zero) && /^\s{0,3},?\s{0,3}or\s/i.test(gap + ' ');
    if (prev && (degreeRoute || orRoute) && prev.preferred === m.preferred) group.push(m);
    else {
      flush();
      group = [m];
    }
  }
  flush();
  return out;
}

function largest<T extends Mention>(mentions: T[]): T | undefined {
  let best: T | undefined;
  for (const m of mentions) if (!best || m.value > best.value) best = m;
  return best;
}

/** A figure in the title ("Data Scientist (3+ years)") is a requirement by itself. */
function titleFigure(title: string): Years {
  const head = title.slice(0, 300);
  const lower = lowerForMatch(head);
  const re = lower !== null ? YEARS_RE : anyCase(YEARS_RE);
  re.lastIndex = 0;
  const m = re.exec(lower ?? head);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (testLower(NOT_EXPERIENCE_AFTER, title.slice(end, end + 40))) return null;
  const first = toNumber(m[1] ?? '');
  const min = m[4] !== undefined ? Math.min(first, toNumber(m[4])) : first;
  return { min, evidence: [evidenceAt('title', title, m.index, end)] };
}

export function extractYears(input: ClassifyInput): Years {
  const inTitle = titleFigure(input.title);
  if (inTitle) return inTitle;
  const text = input.description.length > MAX_SCAN ? input.description.slice(0, MAX_SCAN) : input.description;
  let mentions = findMentions(text);
  // Routes beneath a bachelor's degree ("Associate's degree and 6 years", "high school diploma
  // and 8 years") give way to the bachelor's route when the posting names one (LABELS.md).
  if (mentions.some((m) => m.degree === 'below') && namesBachelor(text)) mentions = mentions.filter((m) => m.degree !== 'below');
  const bothTiers = mentions.some((m) => m.tier === 'senior') && mentions.some((m) => m.tier === 'lower');
  const figures = collapseRoutes(text, bothTiers ? mentions.filter((m) => m.tier !== 'senior') : mentions);
  // A zero phrase ("recent graduate") competes with figures only when it is one
  // of the stated routes ("recent graduate or 1-2 years"); alone it is the fallback.
  const pick =
    largest(figures.filter((m) => !m.preferred && (!m.zero || m.route))) ??
    largest(figures.filter((m) => m.preferred && (!m.zero || m.route))) ??
    figures.find((m) => m.zero);
  if (!pick) return null;
  const evidence: Evidence[] = [evidenceAt('description', text, pick.start, pick.end)];
  return { min: pick.value, evidence };
}
