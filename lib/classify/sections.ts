// Splits a job description into sections (about, responsibilities, requirements,
// nice-to-have, benefits, equal-opportunity text, other) so the classifiers can
// weigh what the job asks for and ignore the company's boilerplate.
//
// Works on plain text and Markdown. Headings are recognised from:
//   - Markdown "# Heading", bold-only lines "**Heading**", setext underlines;
//   - short lines ending with ':' ("What you'll do:");
//   - short lines that are a known heading phrase ("Qualifications");
//   - known heading phrases glued to the text, as in scraped texts that lost their
//     line breaks ("...ground.ResponsibilitiesAnalyze data...", "Nice to have: Tableau").
// An equal-opportunity paragraph without a heading also opens an `eeo` section.
// Every regex is anchored or linear, and each line is looked at once: linear time.
import { MAX_SCAN_CHARS, nativeFirstAll } from './cues';
import { foldCase, lowerTwin } from './lower-case';

export type SectionKind = 'about' | 'responsibilities' | 'requirements' | 'preferred' | 'benefits' | 'eeo' | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading as written (Markdown marks and trailing ':' removed), or null for untitled text. */
  heading: string | null;
  /** Offsets into the description; sections are contiguous and cover the whole text. */
  start: number;
  end: number;
}

/** Company blurb, benefits and equal-opportunity text: context, not evidence about the job. */
export function isBoilerplate(kind: SectionKind): boolean {
  return kind === 'about' || kind === 'benefits' || kind === 'eeo';
}

// Heading text → kind. Order matters: "Preferred qualifications" is preferred, not
// requirements; "Compensation and benefits" is benefits; "About you" is requirements.
const KIND_RULES: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['eeo', /\b(?:equal (?:employment )?opportunit|eeo\b|diversity|(?<!financial |digital |social )inclusion|inclusive|belonging|accommodations?(?! (?:search|booking|ranking|listings?|marketplace|platform|team|data|providers?))|affirmative action|non-?discrimination|privacy (?:notice|policy)|^(?:applicant |candidate |recruitment (?:process )?and )?(?:data )?privacy$|^data protection|gdpr|recruitment scam|e-verify|[ée]galit[ée] des chances|igualdad de oportunidades|igualdade de oportunidades|chancengleichheit|pari opportunit)/i],
  ['preferred', /\b(?:nice[- ]to[- ]haves?|preferred|bonus|desired|desirable|a plus|pluses|extra credit|would love|love to see|stand ?out|good to have|optional|we'?d love|added advantage|ideally|sets you apart|we(?:'|’)d love|valorable|se valorar[aá]|deseable|desej[aá]vel|diferenciais|diferencial|un plus|atouts?\b|wünschenswert|von vorteil|gradit[oa]|preferibil|costituisce un plus|mile widziane|idealerweise)/i],
  ['about', /^(?:about (?!.*\b(?:role|job|position|opportunit(?:y|ies)|you|your|team|work)\b)|who (?:we are|are we)|company (?:description|overview|profile|info)|our (?:company|story|mission|culture|values|customers)|the company|why (?!.*\b(?:you|role|job|position)\b)|welcome to|what is (?!.*\b(?:role|job|position|expected|required|you)\b)|meet |dedication to|commitment to|how we work|our commitment|life at|working at|qui sommes[- ]nous|pourquoi nous rejoindre|por qu[ée] unirte|warum (?:wir|bei uns)|[àa] propos d|qui[ée]nes somos|sobre nosotros|quem somos|sobre n[óo]s|[üu]ber uns|wer wir sind|chi siamo|l['’]entreprise|la empresa|a empresa|das unternehmen|l['’]azienda|over ons|wie zijn (?:wij|we)|acerca de (?:nosotros|la empresa)|o nas\b|o firmie)/i],
  ['benefits', /\b(?:benefits?|perks|compensation|salary|pay\b|what we offer|we offer|our offer|what you(?:'|’)?ll get|what you get|in return|time off|vacation|equity\b(?! research| analysts?| markets?| trading| derivatives)|401k|health (?:&|and) |(?:health|medical|dental|life|vision|disability) insurance|insurance (?:benefits|coverage|plans?)|let(?:'|’)?s talk money|rewards|total rewards|what(?:'|’)?s in it for you|why join|(?:you(?:'|’)ll|you will|to) enjoy|enjoy (?:our|these|the following|great|a )|what we(?:'|’)?ll bring|can offer|offer you|work-life|flexibility|avantages|ce que nous (?:vous )?offrons|nous (?:vous )?offrons|r[ée]mun[ée]ration|qu[ée] ofrecemos|ofrecemos|beneficios|o que (?:oferecemos|podes esperar)|benef[ií]cios|wir bieten|bieten wir|was wir bieten|deine vorteile|ihre vorteile|cosa offriamo|offriamo|retribuzione|te ofrecemos|wat (?:wij|we) bieden|wat bieden (?:wij|we)|arbeidsvoorwaarden|ons aanbod|oferujemy|unser angebot)/i],
  ['requirements', /\b(?:what you(?:'|’)?(?:ll| will) (?:need|bring)|you(?:'|’)?ll need|you bring|about you\b|to (?:succeed|be successful|thrive) in (?:this|the) role|votre profil|ton profil|profil recherch[ée]|ce que vous apporte|tu as\b|vous avez\b|o teu perfil|o seu perfil|dein profil|ihr profil|was du mitbringst|was sie mitbringen|bringst du mit|bringen sie mit|wat vragen (?:wij|we)|jouw profiel|wat breng je mee|wie ben jij|functie-?eisen|wymagania|nasze oczekiwania|your profile|job profile|who can apply)/i],
  ['responsibilities', /\b(?:responsibilit|duties|what you(?:'|’)?ll (?:do|be doing|work on|be working on|own|build|achieve)|what you will (?:do|be doing|work on|own|build)|you will\b|you(?:'|’)?ll\b|in this role|the role\b|role (?:&|and) |your (?:role|impact|mission|day|job|contribution|responsibilit)|day[- ]to[- ]day|key (?:accountabilit|tasks|activities)|the job\b|job (?:duties|summary)|position summary|the opportunity|what we(?:'|’)?re building|impact you|how you(?:'|’)?ll|how you will|projects?\b|the work\b|tasks|mission\b|accountabilit|vos missions|tes missions|missions?\b|vos responsabilit|responsabilidades|funciones|tus funciones|tareas|o que vais fazer|o que (?:ir[aá]s|vai) fazer|fun[cç][õo]es|atividades|deine aufgaben|ihre aufgaben|aufgaben|mansioni|attivit[àa]|cosa farai|ce que vous ferez|ce que tu feras|qu[ée] har[aá]s|wat ga je doen|jouw rol|je taken|functieomschrijving|twoje zadania|zakres obowi[ąa]zk[óo]w|your tasks|will do\b|what the (?:job|role) involves|main duties|day in the life|the challenge\b|make a difference|the position\b|(?:das|was) (?:dich|sie) erwartet|das erwartet (?:dich|sie)|deine rolle|ihre rolle|le poste\b|el puesto|de functie\b|twoja rola|czym b[eę]dziesz si[eę] zajmowa[cć])/i],
  ['requirements', /\b(?:requirement|required|qualifications?|what you(?:'|’)?ll (?:need|bring)|what you (?:need|bring|have|must have|should have)|what we(?:'|’)?re looking for|what we are looking for|looking for|(?:what )?we(?:'|’)?d? (?:want|like|expect|hope) to see|who you are|about you|you have|you are\b|you(?:'|’)?re\b|must[- ]haves?|skills|experience|education|ideal candidate|competenc|expertise|profile|knowledge|background|minimum|basic|need to (?:have|succeed)|you bring|to succeed|tech stack|our stack|technolog|thrive|it takes|successful candidate|requisitos|requerimientos|perfil|profil|qualifications requises|comp[ée]tences|conocimientos|conhecimentos|anforderungen|qualifikation|requisiti|competenze|formation|formaci[oó]n|forma[cç][aã]o|exp[ée]rience|experiencia|experi[eê]ncia|erfahrung|esperienza|who are you|is this you|what we (?:expect|want)|expected of you|verwachten (?:wij|we)|wat (?:wij|we) verwachten|wie zoeken (?:wij|we)|nous attendons|von (?:dir|ihnen) erwarten|wir uns w[üu]nschen|we (?:look for|ask|need|require|seek)\b|(?:a |good )?fit if|essential criteria|person specification|to be successful|successful (?:applicant|candidate)|what it takes|nous recherchons|lo que buscamos|buscamos|o que procuramos|wen wir suchen|was wir erwarten|wat wij vragen|czego oczekujemy|oczekujemy)/i],
];

// The case-insensitive regexes below run, through twins without /i, on lower-cased text
// (2-3x cheaper to compile; see `foldCase` in cues.ts), and as written on the rare text
// that cannot be lower-cased in place.
const KIND_RULES_LOW: ReadonlyArray<readonly [SectionKind, RegExp]> = KIND_RULES.map(([kind, re]) => [kind, lowerTwin(re)] as const);

// Most postings use the same few headings ("Responsibilities", "Benefits"): remember their kinds.
const kindOfKnown = new Map<string, SectionKind>();
const MAX_KNOWN_HEADINGS = 1000;

export function kindOfHeading(heading: string): SectionKind {
  let kind = kindOfKnown.get(heading);
  if (kind === undefined) {
    kind = readKindOfHeading(heading);
    if (kindOfKnown.size >= MAX_KNOWN_HEADINGS) kindOfKnown.clear();
    kindOfKnown.set(heading, kind);
  }
  return kind;
}

function readKindOfHeading(heading: string): SectionKind {
  const h = heading.slice(0, 120);
  const low = foldCase(h);
  if (low !== null) {
    for (const [kind, re] of KIND_RULES_LOW) if (re.test(low)) return kind;
  } else {
    for (const [kind, re] of KIND_RULES) if (re.test(h)) return kind;
  }
  return 'other';
}

// Short standalone lines that are headings even without a colon or Markdown marks.
const BARE_HEADING = /^(?:about (?:us|the (?:role|team|job|position|company)|you|this role)|who (?:we are|are we|you are)|(?:key |primary |main |job |your |role )?responsibilities|(?:minimum |basic |required |preferred |desired |key |additional )?(?:qualifications|requirements|skills(?: (?:&|and) (?:experience|qualifications))?)|(?:preferred|desired|required) (?:experience|skills)|nice[- ]to[- ]haves?|bonus(?: points)?!?|benefits(?: (?:&|and) perks)?|perks(?: (?:&|and) benefits)?|compensation(?: (?:&|and) benefits)?|what (?:you(?:'|’)?ll|you will|we) (?:do|offer|bring|need|be doing|get)|what we(?:'|’)?re looking for|(?:job |position |role |company )?(?:overview|description|summary)|the (?:role|opportunity|team)|equal (?:employment )?opportunity(?: employer)?|diversity statement|eeo statement|education|experience|you have|you will|duties|responsabilidades|requisitos|funciones|perfil|profil|missions|vos missions|aufgaben|anforderungen|qualifikationen|avantages|beneficios|benef[ií]cios|o que vais fazer|o teu perfil|o seu perfil|votre profil|ton profil|ihr profil|dein profil|ihre aufgaben|deine aufgaben|wir bieten|was wir bieten|qu[ée] ofrecemos|lo que ofrecemos|ce que nous offrons|quem somos|qui[ée]nes somos|qui sommes[- ]nous|[üu]ber uns|chi siamo|requisiti|mansioni|cosa offriamo|valorable|se valorar[aá]|deseable|what(?:'|’)?s in it for you|why (?:join us|you(?:'|’)?ll love (?:working )?(?:here|with us|at [\w&.'’ -]{1,30}))|our (?:benefits|perks|offer)|life at [\w&.'’ -]{1,30}|pourquoi nous rejoindre|te ofrecemos|das bieten wir|das bringst du mit|over ons|wat (?:wij|we) bieden|wat bieden (?:wij|we)|wat vragen (?:wij|we)|jouw profiel|wat breng je mee|wat ga je doen|wie ben jij|arbeidsvoorwaarden|your (?:tasks|profile|skills|responsibilities|role|mission)|(?:what )?we are looking for(?: people who)?|who can apply|job profile|why [\w&.'’ -]{1,30}\?|wymagania|nasze oczekiwania|mile widziane|twoje zadania|zakres obowi[ąa]zk[óo]w|oferujemy|co oferujemy)\s?[.!:?]?$/i;

// Known heading phrases glued to the surrounding text (lost line breaks). Case-sensitive
// on purpose: a capitalised heading word right after a sentence end or a lower-case
// letter, and followed by ':' or a glued capital, is a heading, not prose.
const GLUED_HEADING = /(?:Key Responsibilities|Responsibilities|Job Responsibilities|Duties|Requirements(?:, Skills (?:&|and) Experience)?|Minimum Qualifications|Basic Qualifications|Preferred Qualifications|Required Qualifications|Qualifications(?: (?:&|and) Experience)?|Skills|Preferred Skills|Required Skills|Nice to have|Nice to Have|Bonus Points|Benefits|Perks|What You(?:'|’)ll Do|What you(?:'|’)ll do|What You Will Do|What you will do|What We(?:'|’)re Looking For|What we(?:'|’)re looking for|What You(?:'|’)ll Need|What you(?:'|’)ll need|What You(?:'|’)ll Bring|What you(?:'|’)ll bring|Who You Are|About You|About Us|(?<!(?:Higher|Continuing|Adult|Special|Physical|Medical|Executive) )Education(?: Required)?|Experience Desired|Experience Required|Years of Experience Required|Preferred|Desired Skills|Equal Opportunity Employer)(?=:|[A-Z]|\d{1,2}\+? ?(?:years?|yrs?)\b|\d{1,2}\+)/g;

// An untitled paragraph of equal-opportunity text.
const EEO_PARAGRAPH = /^\W{0,4}(?:[\w&.,'’ -]{0,80}? is (?:an|a proud) equal (?:employment )?opportunity|[\w&.,'’ -]{0,80}?equal (?:employment )?opportunity employer|we are (?:an|a proud) equal|all qualified applicants will receive|equal employment opportunity)/i;

// Every branch of EEO_PARAGRAPH spells "equal" or "all qualified": a quick search for
// those rules out nearly every line before the dearer anchored regex runs.
const EEO_HINT = /equal|all qualified/i;
const EEO_PARAGRAPH_LOW = lowerTwin(EEO_PARAGRAPH);
function eeoParagraph(head: string): boolean {
  // Both spell a q, which most lines lack: two searches for one character are cheaper still.
  if ((!head.includes('q') && !head.includes('Q')) || !EEO_HINT.test(head)) return false;
  const low = foldCase(head);
  return low !== null ? EEO_PARAGRAPH_LOW.test(low) : EEO_PARAGRAPH.test(head);
}

const MAX_HEADING_LINE = 90;
/** More headings than this is not a job posting: the rest stays in the last section. */
const MAX_SECTIONS = 400;
/**
 * Headings are looked for in this many non-blank lines at most (real postings have a
 * few hundred): with the character bound (MAX_SCAN_CHARS), this keeps a description of
 * 100k one-character lines from costing tens of ms. The rest stays in the last section.
 */
const MAX_LINES = 3000;
/** Lines longer than this are treated as run-on text where glued headings may hide. */
const RUN_ON_LINE = 300;

interface Cut { start: number; heading: string | null; kind: SectionKind }

// The small regexes of the line reader, named so they can be compiled up front (`warm`).
const MD_HASHES = /^#{1,6}\s*/;
const LEADING_MARKS = /^[*_\\\s]+/;
const TRAILING_MARKS = /[*_\\\s]+$/;
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const TRAILING_COLON = /[\s:：\-–—]+$/;
const TRAILING_EMPHASIS = /[*_\\]+$/;
const SETEXT_RULE = /^\s*(?:-{3,}|={3,})\s*$/;
const HAS_LETTER = /[\p{L}]/u;
const MD_HEADING = /^#{1,6}\s+\S/;
const BOLD_LINE = /^(?:\*\*|__)[^*_]{2,}(?:\*\*|__):?$/;
const BOLD_LINE_COLON_INSIDE = /^(?:\*\*|__)[^*_]{2,}:(?:\*\*|__)$/;
const BOLD_IN_ITALICS = /^[*_] ?(?:\*\*|__)[^*_]{2,}(?:\*\*|__):? ?[*_]$/;
const BULLET = /^(?:[-*•·▪◦●]|\d+[.)])\s/;
const HAS_LETTER_U = /\p{L}/u;
// A capital too ("AWS or GCPPreferred Qualifications") and a closing quote ("…discovery”Key Responsibilities").
const GLUE_BEFORE = /[a-zA-Z0-9.!?)\] ”"’]/;
const NON_BLANK = /\S/;
/** Two or more words (the case test is done apart: a \\p{L} class costs ms to compile on each page load). */
const ALL_CAPS_WORDS = /^\S+(?:[ \t]+\S+)+$/;
const STATES_AMOUNT = /[$£€¥₹]|\d[\d,.]{2}/;

/** An ASCII letter or digit: none of the marks the regexes below strip. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** Whether \\s may match the character: a few under 0xa0, the rest from 0x1680 (looked at closer by the regex). */
function mayBeSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code >= 0x1680;
}

/** [*_\\] */
function isEmphasis(code: number): boolean {
  return code === 42 || code === 95 || code === 92;
}

/** [:：\-–—] */
function isColonOrDash(code: number): boolean {
  return code === 58 || code === 0xff1a || code === 45 || code === 0x2013 || code === 0x2014;
}

// Most headings start and end with a letter: a regex that strips marks at an edge runs
// only when the character there could be one (a replace that finds nothing changes nothing).
const firstCode = (s: string): number => s.charCodeAt(0);
const lastCode = (s: string): number => s.charCodeAt(s.length - 1);

function cleanHeading(raw: string): string {
  // Strip Markdown marks, emoji/bullets at the edges, and a trailing colon.
  let s = raw.trim();
  if (firstCode(s) === 35) s = s.replace(MD_HASHES, ''); // #
  if (isEmphasis(firstCode(s)) || mayBeSpace(firstCode(s))) s = s.replace(LEADING_MARKS, '');
  if (isEmphasis(lastCode(s)) || mayBeSpace(lastCode(s))) s = s.replace(TRAILING_MARKS, '');
  if (!isAsciiAlnum(firstCode(s))) s = s.replace(LEADING_NON_WORD, '');
  if (isColonOrDash(lastCode(s)) || mayBeSpace(lastCode(s))) s = s.replace(TRAILING_COLON, '');
  if (isEmphasis(lastCode(s))) s = s.replace(TRAILING_EMPHASIS, '');
  return s.trim();
}

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** Whether `t` holds a lower-case ASCII letter (then it is not all in capitals). */
function hasAsciiLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Whether `t` ends with a colon and then only '*' (/[:：]\**$/, without a regex run from every character). */
function endsWithColon(t: string): boolean {
  let e = t.length;
  while (e > 0 && t.charCodeAt(e - 1) === 42) e--; // *
  const c = t.charCodeAt(e - 1);
  return c === 58 || c === 0xff1a; // : ：
}

/** The heading a line states on its own, or null when the line is body text. */
function lineHeading(line: string, nextLine: string | undefined): string | null {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_HEADING_LINE) return null;
  // Setext: "Who You Are\n-----------".
  if (nextLine !== undefined && SETEXT_RULE.test(nextLine) && HAS_LETTER.test(t)) return cleanHeading(t);
  // Each of the next regexes needs a certain first character: look at it first.
  const first = t.charCodeAt(0);
  if (first === 35 && MD_HEADING.test(t)) return cleanHeading(t); // #
  if (first === 42 || first === 95) { // * _
    // Bold-only line: **Heading** or **Heading:** or __Heading__.
    if (BOLD_LINE.test(t) || BOLD_LINE_COLON_INSIDE.test(t)) return cleanHeading(t);
    // Bold inside italics: "_ **US Benefits:**_", "*__Perks__*".
    if (BOLD_IN_ITALICS.test(t)) return cleanHeading(t);
  }
  if (!isAsciiLetter(first) && BULLET.test(t)) return null; // a bullet, not a heading
  if (t.length <= 70 && endsWithColon(t) && HAS_LETTER_U.test(t)) return cleanHeading(t);
  if (t.length > 60) return null;
  // A short line of two or more words all in capitals ("O QUE VAIS FAZER", "ABOUT US"):
  // plain-text postings in any language set their headings so.
  // Not a pay line in capitals ("$170,000 - $210,000 USD").
  if (!hasAsciiLower(t) && t === t.toUpperCase() && t !== t.toLowerCase() && ALL_CAPS_WORDS.test(t) && !STATES_AMOUNT.test(t)) return cleanHeading(t);
  const bare = cleanHeading(t);
  if (bare.length === 0) return null;
  const low = foldCase(bare);
  return (low !== null ? BARE_HEADING_LOW.test(low) : BARE_HEADING.test(bare)) ? bare : null;
}

// "Requirements: Python, SQL" and similar: heading and content on one line.
// "About Acme: Acme is…": a blurb's heading on the line of its text.
const INLINE_HEADING = /^\s*(?:\*\*|__)?((?:minimum |basic |required |preferred |desired |key |special |additional |technical |job )?(?:qualifications|requirements|responsibilities|skills|nice[- ]to[- ]haves?|bonus(?: points)?|benefits|perks|experience desired|experience required|education(?: required)?)|about (?:us|[a-z][\w&.'’-]*(?: [\w&.'’-]+){0,2}))(?:\*\*|__)?\s*:/i;
const INLINE_HEADING_LOW = lowerTwin(INLINE_HEADING);
const BARE_HEADING_LOW = lowerTwin(BARE_HEADING);

/** The heading that opens a line such as "Requirements: Python, SQL", as written in it, or null. */
function inlineHeading(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null; // no heading and content without the colon between
  // A match ends at the first colon (nothing before it may hold one): only that far is read.
  const head = line.slice(0, colon + 1);
  const low = foldCase(head);
  if (low === null) return INLINE_HEADING.exec(head)?.[1] ?? null;
  const m = INLINE_HEADING_LOW.exec(low);
  if (!m) return null;
  // The heading as written: at the same offsets (lower-casing kept them). Only spaces
  // and Markdown marks come before it, and it starts with a letter.
  const at = m[0].indexOf(m[1]!);
  return line.slice(at, at + m[1]!.length);
}

// work, scope and modality each ask for the same description's sections in turn,
// and classify() also reads a copy with the company's name masked: remember the
// last two answers so a posting is split once per text.
const recent: { text: string; sections: Section[] }[] = [];

/** Sections of a description, contiguous, covering the whole text, in order. */
export function sections(description: string): Section[] {
  let hit = recent.find((r) => r.text === description);
  if (!hit) {
    hit = { text: description, sections: splitSections(description) };
    recent.unshift(hit);
    if (recent.length > 2) recent.pop();
  }
  // A copy of the list, so a caller that reorders or trims it cannot corrupt the cache.
  return hit.sections.slice();
}

/**
 * Lets `sections(variant)` answer with the sections of `text`, for a variant that only
 * masks a few words in place (company-mask.ts): the same lines and headings, split once.
 */
export function shareSections(variant: string, text: string): void {
  if (variant === text || variant.length !== text.length) return;
  const split = sections(text);
  recent.unshift({ text: variant, sections: split });
  if (recent.length > 2) recent.pop();
}

// The first split compiles every regex of the line reader to machine code at once,
// 3-4x cheaper than V8's bytecode-first default (see `nativeFirst` in cues.ts).
let warmed = false;
function warm(): void {
  warmed = true;
  nativeFirstAll([
    // The /i originals are for the rare text that cannot be lower-cased in place: compiled only if met.
    ...KIND_RULES_LOW.map(([, re]) => re), BARE_HEADING_LOW, GLUED_HEADING, EEO_HINT, EEO_PARAGRAPH_LOW, INLINE_HEADING_LOW,
    MD_HASHES, LEADING_MARKS, TRAILING_MARKS, LEADING_NON_WORD, TRAILING_COLON, TRAILING_EMPHASIS, SETEXT_RULE,
    HAS_LETTER, MD_HEADING, BOLD_LINE, BOLD_LINE_COLON_INSIDE, BOLD_IN_ITALICS, BULLET, HAS_LETTER_U,
    GLUE_BEFORE, NON_BLANK, ALL_CAPS_WORDS, STATES_AMOUNT, COMPANY_VOICE_HEADING,
  ]);
}

// A heading in plain text often has no mark at all: "What you'll work on", "Essential
// criteria", "Das erwartet dich" on a line of its own. Phrase lists never cover them
// all, and a missed heading leaves its lines in the section before it (after "About
// us", the whole job would read as company blurb). So a short line that starts a
// paragraph is a heading when its phrase names a part of the job, when a list follows
// it, when it asks a question ("What's the role?"), or when it is a title-cased phrase
// ("Key Accountabilities") above prose.
const MAX_PLAIN_HEADING = 60;
/** Any mark a list item starts with: plain-text lists use dashes, checkmarks and arrows too. */
const LIST_ITEM = /^(?:[-*•·▪◦●–—✓✔✅☑➤►▸▹→⇒❖◆◇■□○‣⁃+]|\d+[.)])\s/;
// Opening marks before a heading's first letter: "¿Qué buscamos?", "“Who we are”".
const OPENING_MARKS = /^[¿¡"“‘'«(]+/;
/** The ASCII ones of OPENING_MARKS: " ' ( */
function isOpeningMark(code: number): boolean {
  return code === 34 || code === 39 || code === 40;
}
/** At most this many words in a title-cased heading. */
const MAX_TITLE_WORDS = 6;
// Short words a title-cased heading may leave in lower case.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'de', 'des', 'du', 'en', 'et', 'for', 'in', 'la', 'le', 'of', 'on', 'or', 'the', 'to', 'with', 'y', 'e', 'und', '&']);
// In the company's voice ("How We're Different", "Our Projects", "Company Highlights")…
const COMPANY_VOICE_HEADING = /\b(?:we|we(?:'|’)re|our|us|nous|notre|nos|wir|unser\w*|nosotros|nuestr[oa]s?|n[óo]s|nosso|nossa|wij|onze|nasz\w*|company)\b/i;
// …unless it speaks to the candidate ("What We Expect From You", "Join Our ML Team").
const TO_THE_CANDIDATE = /\b(?:you|your|you(?:'|’)(?:re|ll)|jou|jij|je|vous|votre|tu|toi|dich|dir|du|dein\w*|ti|te|t[úu]|voc[êe]|ty|ciebie|tw[óo]j\w*)\b|^(?:join|help us|come|we(?:'|’)re hiring)\b/i;
// One-word headings of a company blurb: "Mission", "Values".
const BLURB_WORDS = /^(?:mission|vision|values|culture|purpose|story|history|highlights|mission (?:&|and) values)$/i;

/**
 * The kind of `line` when it is an unmarked heading (short, starting a paragraph, not a
 * known heading phrase), from its form and the line after it; null when it is body text.
 * `afterItem`: the paragraph before it was one short line, as in a list of items set
 * apart by blank lines ("Python", "Google Cloud Platform").
 */
function plainHeadingKind(text: string, line: string, nextStart: number, afterItem: boolean): PlainHeading | null {
  const t = line.trim();
  if (t.length < 3) return null;
  // Most lines start with a small letter or a list mark: ruled out before any regex runs.
  const first = t.charCodeAt(0);
  if (first >= 97 && first <= 122) return null;
  if (!(first >= 65 && first <= 90) && !startsWithCapital(first < 128 && !isOpeningMark(first) ? t : t.replace(OPENING_MARKS, ''))) return null;
  const last = t.charCodeAt(t.length - 1);
  if (last === 46 || last === 44 || last === 59) return null; // . , ; end prose
  const after = nextContentLine(text, nextStart);
  if (after === null) return null;
  const next = after.line;
  const heading = cleanHeading(t);
  const kind = kindOfHeading(heading);
  // A phrase that names a part of the job ("Das erwartet dich", "Your Day to Day") heads whatever follows.
  if (kind === 'responsibilities' || kind === 'requirements' || kind === 'preferred') return { heading, kind, titleOnly: false };
  // A short blurb or benefits phrase ("Sobre nosotros", "Unser Angebot") above a sentence.
  if (kind !== 'other' && t.split(' ').length <= 4 && startsWithCapital(next)) return { heading, kind, titleOnly: false };
  if (LIST_ITEM.test(next) || last === 63 /* ? */) return { heading, kind, titleOnly: false };
  return !afterItem && isTitleCased(t) && abovePros(t, next, text, after.end) ? { heading, kind, titleOnly: true } : null;
}

interface PlainHeading {
  heading: string;
  kind: SectionKind;
  /** Known only by being title-cased above prose: weaker than a list or a question under it. */
  titleOnly: boolean;
}

/**
 * Whether `next` (the line after the title-cased `t`, ending at `end`) reads as prose: a
 * sentence or a paragraph of several lines, not another short item ("Google Cloud
 * Platform\n\nHealthcare data background"), nor the rest of a wrapped sentence
 * ("Good Communication\nskills are a must").
 */
function abovePros(t: string, next: string, text: string, end: number): boolean {
  if (!startsWithCapital(next)) return false;
  const last = next.charCodeAt(next.length - 1);
  const sentence = next.length > 40 || last === 46 || last === 33 || last === 58 || lineFollows(text, end);
  // One word ("Logistics") only above a long line.
  return t.includes(' ') ? sentence : t.length >= 4 && next.length > 40;
}

/**
 * The kind an unmarked heading gets: its phrase's, or inside a blurb or a benefits list,
 * that section's own when the heading goes on with it: in the company's voice ("How
 * We're Different"), a blurb word ("Mission"), or a title-cased line that says nothing
 * of the job ("Mentoring Programme" among the benefits).
 */
function plainKind({ heading, kind, titleOnly }: PlainHeading, before: Cut | undefined): SectionKind {
  const blurb = before === undefined ? 'about' : isBoilerplate(before.kind) ? before.kind : null;
  if (blurb === null || kind !== 'other' && !BLURB_WORDS.test(heading)) return kind;
  // "Mission" opening a posting may be the role's; after a blurb it is the company's.
  if (before !== undefined && BLURB_WORDS.test(heading)) return blurb;
  if (TO_THE_CANDIDATE.test(heading)) return kind;
  const last = heading.charCodeAt(heading.length - 1);
  if (last === 63 || last === 33) return kind; // ? !
  // "Our Team" after the blurb describes the team the job is in: the job's text.
  if (OWN_TEAM_HEADING.test(heading)) return kind;
  if (COMPANY_VOICE_HEADING.test(heading)) return blurb;
  return titleOnly && before !== undefined && !JOB_WORDS.test(heading) ? blurb : kind;
}
const JOB_WORDS = /\b(?:role|job|position|team|work|projects?|stack|tasks?|duties|candidate)\b/i;
const OWN_TEAM_HEADING = /^(?:(?:about|meet) )?(?:our|the) (?:[\w&-]+ ){0,2}team$/i;

function startsWithCapital(t: string): boolean {
  const c = t.charAt(0);
  return c !== c.toLowerCase();
}

/** Whether every word of `t` (a few at most) starts with a capital, short function words aside. */
function isTitleCased(t: string): boolean {
  const words = t.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) continue;
    if (!MINOR_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
}

/** A line (that ends no sentence) like the items of a list set apart by blank lines: short, no "Label: value". */
function isListItemLike(line: string): boolean {
  return line.length <= MAX_ITEM + 20 && line.trim().length <= MAX_ITEM && !line.includes(':');
}
const MAX_ITEM = 40;

/** Whether a non-blank line starts right after the line break at `end` (a paragraph of several lines). */
function lineFollows(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const after = text.indexOf('\n', end + 1);
  return text.slice(end + 1, after < 0 ? Math.min(text.length, end + 201) : Math.min(after, end + 201)).trim().length > 0;
}

/** The next non-blank line from `at` (skipping one blank line), trimmed, and where it ends; null at the end. */
function nextContentLine(text: string, at: number): { line: string; end: number } | null {
  let start = at;
  for (let skipped = 0; skipped < 2 && start < text.length; skipped++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, Math.min(end, start + 200)).trim();
    if (line.length > 0) return { line, end };
    start = end + 1;
  }
  return null;
}

/** Whether a line ends a paragraph of prose (a full stop or '!' at its end), so a heading may follow it without a blank line. */
function endsParagraph(line: string): boolean {
  let e = line.length;
  while (e > 0 && line.charCodeAt(e - 1) <= 32) e--;
  const c = line.charCodeAt(e - 1);
  return (c === 46 || c === 33) && !BULLET.test(line.trimStart());
}

/** Whether the line at `at` may be a setext underline: past spaces and tabs, '-', '=' or another space (SETEXT_RULE decides). */
function maySetextRule(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  return c === 45 || c === 61 || (c !== 10 && mayBeSpace(c));
}

function splitSections(description: string): Section[] {
  if (!warmed) warm();
  const text = description;
  const cuts: Cut[] = [];
  // Headings are looked for in the part of the text the classifiers read; past it,
  // or past a sane number of sections, the rest is one last section.
  const scanEnd = Math.min(text.length, MAX_SCAN_CHARS);
  let prevBlank = true;
  let prevEndsParagraph = false;
  let prevParagraphIsItem = false;
  let paragraphLines = 0;
  let lineStart = 0;
  let nextStart = 0;
  let lines = 0;
  while (lineStart < scanEnd && cuts.length < MAX_SECTIONS && lines < MAX_LINES) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    nextStart = lineEnd + 1;
    const length = lineEnd - lineStart;
    if (length === 0 || (length < 4 && text.slice(lineStart, lineEnd).trim() === '')) {
      prevBlank = true;
      paragraphLines = 0;
      lineStart = nextStart;
      continue;
    }
    lines++;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_SCAN_CHARS));
    // The next line matters only for a setext underline ("---", "==="): read it only then.
    const after = nextStart < text.length ? text.charCodeAt(nextStart) : 0;
    const nextLine = length <= MAX_HEADING_LINE && (after === 45 || after === 61 || after === 32 || after === 9) && maySetextRule(text, nextStart)
      ? text.slice(nextStart, Math.min(nextStart + MAX_HEADING_LINE, text.length)).split('\n', 1)[0]
      : undefined;
    let heading = length <= MAX_HEADING_LINE + 20 ? lineHeading(line, nextLine) : null;
    let plain: PlainHeading | null = null;
    if (heading === null && length <= MAX_PLAIN_HEADING && (prevBlank || prevEndsParagraph)) {
      plain = plainHeadingKind(text, line, nextStart, prevBlank && prevParagraphIsItem);
      if (plain !== null) heading = plain.heading;
    }
    if (plain !== null) {
      cuts.push({ start: lineStart, heading, kind: plainKind(plain, cuts[cuts.length - 1]) });
    } else if (heading !== null) {
      cuts.push({ start: lineStart, heading, kind: kindOfHeading(heading) });
    } else {
      const inline = line.length > 12 ? inlineHeading(line) : null;
      if (inline !== null) {
        cuts.push({ start: lineStart, heading: cleanHeading(inline), kind: kindOfHeading(inline) });
      } else if ((prevBlank || line.length > RUN_ON_LINE) && eeoParagraph(line.length > 200 ? line.slice(0, 200) : line)) {
        cuts.push({ start: lineStart, heading: null, kind: 'eeo' });
      }
      if (line.length > RUN_ON_LINE) {
        GLUED_HEADING.lastIndex = 0;
        for (let m = GLUED_HEADING.exec(line); m && cuts.length < MAX_SECTIONS; m = GLUED_HEADING.exec(line)) {
          // Glued means right after a lower-case letter, a sentence end or a space.
          const before = m.index > 0 ? line[m.index - 1]! : '';
          if (GLUE_BEFORE.test(before) && lineStart + m.index > (cuts[cuts.length - 1]?.start ?? -1)) {
            cuts.push({ start: lineStart + m.index, heading: m[0], kind: kindOfHeading(m[0]) });
          }
        }
      }
    }
    // A line that starts with a visible ASCII character is not blank: no regex needed.
    const lead = line.charCodeAt(0);
    prevBlank = !(lead > 32 && lead < 127) && !NON_BLANK.test(line);
    prevEndsParagraph = endsParagraph(line);
    // A one-line paragraph that is short, unpunctuated and no heading: an item of a list set apart by blank lines.
    if (!prevBlank) {
      prevParagraphIsItem = paragraphLines === 0 && heading === null && !prevEndsParagraph && isListItemLike(line);
      paragraphLines++;
    }
    lineStart = nextStart;
  }

  const out: Section[] = [];
  const firstStart = cuts.length > 0 ? cuts[0]!.start : text.length;
  if (firstStart > 0 || cuts.length === 0) {
    out.push({ kind: cuts.length > 0 && openingBlurb(text.slice(0, firstStart)) ? 'about' : 'other', heading: null, start: 0, end: firstStart });
  }
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    const end = i + 1 < cuts.length ? cuts[i + 1]!.start : text.length;
    if (end <= cut.start && i + 1 < cuts.length) continue; // two cuts at one offset: keep the later
    out.push({ kind: cut.kind, heading: cut.heading, start: cut.start, end });
  }
  // Close any gaps left by skipped duplicate cuts.
  for (let i = 1; i < out.length; i++) out[i - 1]!.end = out[i]!.start;
  if (out.length > 0) out[out.length - 1]!.end = text.length;
  return out;
}

// An untitled opening paragraph in the company's voice ("Acme is a leading…", "At Acme, we…",
// "Founded in 2012, …"), saying nothing to the candidate or of the role: the company's blurb.
const OPENING_BLURB = /^\W{0,4}(?:(?:at|about) [A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,3},? we\b|we(?:'|’)?re (?!looking|seeking|hiring|searching)|we are (?!looking|seeking|hiring|searching)|founded (?:in|by)\b|our (?:mission|company|vision|story)\b|[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,3} (?:is|are) (?:a|an|the|one of)\b)/;
const SPEAKS_OF_THE_JOB = /\b(?:you|your|you(?:'|’)(?:ll|re)|role|position|job|candidates?|hiring|looking for|seeking|join|(?<!our )(?:engineers?|scientists?|analysts?|developers?|researchers?))\b/i;
const MAX_OPENING_BLURB = 1500;

// A list in it is duties or requirements, not a blurb.
const HAS_LIST_ITEM = /(?:^|\n)[ \t]*(?:[-*•·‣◦▪–]|\d{1,2}[.)])\s/;

function openingBlurb(part: string): boolean {
  return part.length <= MAX_OPENING_BLURB && OPENING_BLURB.test(part) && !SPEAKS_OF_THE_JOB.test(part) && !HAS_LIST_ITEM.test(part);
}

/** The spans of a description outside boilerplate sections (or of the sections `keep` keeps), merged, in order. */
export function contentRanges(
  list: readonly Section[], keep: (s: Section) => boolean = (s) => !isBoilerplate(s.kind),
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of list) {
    if (!keep(s) || s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last && last[1] === s.start) last[1] = s.end;
    else out.push([s.start, s.end]);
  }
  return out;
}

/** The section containing offset `at` (binary search; `list` from `sections`). */
export function sectionAt(list: readonly Section[], at: number): Section | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end && !(mid === list.length - 1 && at === s.end)) lo = mid + 1;
    else return s;
  }
  return undefined;
}
