// Salary: the pay range a posting states, as written (min, max, currency, period)
// and normalised to a year. Money that is not pay (revenue, funding, 401k, bonuses,
// stipends, budgets) is left out. Where pay differs by location, the range spans
// the lowest minimum to the highest maximum of the same currency and period.
//
// One pass of one regex finds every amount; the rest looks at small windows around
// the few amounts found, so the cost stays linear in the text.
import type { Evidence, Salary, SalaryPeriod } from '../model';
import { evidenceAt } from './evidence';
import type { ClassifyInput } from './input';
import { lowerForMatch, testLower } from './lower-case';


const ANNUAL_FACTOR: Record<SalaryPeriod, number> = { year: 1, month: 12, week: 52, day: 260, hour: 2080 };

// ---- the amount regex -------------------------------------------------------

const CURRENCY_BEFORE = String.raw`R\$|BRL|US\s?\$|USD\s?\$?|CA\$|C\$|CAD\s?\$?|AU\$|A\$|AUD\s?\$?|NZ\$|HK\$|HKD|SGD\s?\$?|S\$|MX\$|MXN|(?<![a-z])Rs\.?|GBP\s?£?|EUR\s?€?|PLN|CHF|INR|JPY|SEK|NOK|DKK|£|€|₹|¥|\$`;
// Indian grouping first ("25,00,000": lakhs and crores in pairs of digits), then
// thousands grouped by ',', '.', an apostrophe (Swiss "120'000") or a (thin/no-break)
// space, with optional decimals; or a plain number. Each separator of the latter must
// be followed by exactly three digits.
const NUMBER = String.raw`\d{1,2}(?:,\d{2}){1,4},\d{3}(?!\d)|\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d{1,2}(?!\d))?`;
// What may follow the number ("k", "lakh", "million", "+", "USD", "/ year") is read by
// nextAmount below, not by the regex: as regex syntax under the u flag, its letter and
// number checks cost about 2 ms to compile, on every page load. The regex finds where
// an amount starts and its number; everything after that is optional.
// Groups by number: a named group costs an object per match.
const AMOUNT = new RegExp(String.raw`(${CURRENCY_BEFORE})?[ \u00a0]?(${NUMBER})`, 'giu');

// Every amount has a digit, at most AMOUNT_LEAD characters after its start (a currency
// such as "USD $" and a space come first, never a digit): jump to the next digit, a
// little before it, instead of trying AMOUNT at every position of the text.
const DIGIT = /[0-9]/g;
const AMOUNT_LEAD = 8;

interface AmountMatch {
  index: number; end: number;
  cur?: string; num: string; k?: string; lakh?: string; mult?: string; cur2?: string; per?: string;
}

/**
 * The next amount at or after `from`: the same as the former single regex
 *   (?<cur>CURRENCY_BEFORE)?[ \u00a0]?(?<num>NUMBER)
 *   (?:[ \u00a0]?(?<k>[kK])(?![\p{L}\p{N}]))?
 *   (?<lakh>[ \u00a0]?(?:lakhs?|lacs?|LPA)(?![\p{L}\p{N}]))?   ("12-18 LPA", "₹15 lakh": Indian pay)
 *   (?<mult>[ \u00a0]?(?:million|billion|mn|bn|[mMbB])(?![\p{L}\p{N}]))?
 *   (?<plus>\+)?
 *   (?:[ \u00a0]?(?<cur2>USD|CAD|GBP|EUR|PLN|CHF|AUD|INR|SGD|NZD|zł|€|£)(?![\p{L}]))?
 *   (?:[ \u00a0]?(?:\/|per[ \u00a0])[ \u00a0]?(?<per>yr|year|annum|hr|hour|h|month|mo|week|wk|day)(?![\p{L}]))?
 * with the flags giu, run from `from`.
 */
function nextAmount(text: string, from: number): AmountMatch | null {
  DIGIT.lastIndex = from;
  if (!DIGIT.exec(text)) return null;
  let start = DIGIT.lastIndex - 1 - AMOUNT_LEAD;
  if (start <= from) start = from;
  else {
    // Never start inside a surrogate pair (the regex reads code points).
    const c = text.charCodeAt(start);
    if (c >= 0xdc00 && c <= 0xdfff) start--;
  }
  AMOUNT.lastIndex = start;
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const out: AmountMatch = { index: m.index, end: 0, cur: m[1], num: m[2]! };
  let at = m.index + m[0].length;
  let to = wordAfterSpace(text, at, K_WORDS, true);
  if (to >= 0) { out.k = text.slice(to - 1, to); at = to; } // a space before "k" is not part of the group
  to = wordAfterSpace(text, at, LAKH_WORDS, true);
  if (to >= 0) { out.lakh = text.slice(at, to); at = to; }
  to = wordAfterSpace(text, at, MULT_WORDS, true);
  if (to >= 0) { out.mult = text.slice(at, to); at = to; }
  if (text.charCodeAt(at) === 43) at++; // +
  if (text.charCodeAt(at) === 47 && text.charCodeAt(at + 1) === 45) at += 2; // "Rs. 37,000/-": Indian for "and no paise"
  to = wordAfterSpace(text, at, CURRENCY_AFTER, false);
  if (to >= 0) { out.cur2 = text.slice(isSpace(text.charCodeAt(at)) ? at + 1 : at, to); at = to; }
  // (?:[ \u00a0]?(?:\/|per[ \u00a0])[ \u00a0]?(?<per>…)(?![\p{L}]))?
  let p = isSpace(text.charCodeAt(at)) ? at + 1 : at;
  if (text.charCodeAt(p) === 47) p++;
  else if (sameLetters(text, p, 'per') && isSpace(text.charCodeAt(p + 3))) p += 4;
  else p = -1;
  if (p >= 0) {
    const w = isSpace(text.charCodeAt(p)) ? p + 1 : p;
    to = wordAt(text, w, PERIOD_WORDS, false);
    if (to >= 0) { out.per = text.slice(w, to); at = to; }
  }
  out.end = at;
  AMOUNT.lastIndex = at;
  return out;
}

const K_WORDS = ['k'];
const LAKH_WORDS = ['lakhs', 'lakh', 'lacs', 'lac', 'lpa'];
const MULT_WORDS = ['million', 'billion', 'mn', 'bn', 'm', 'b'];
const CURRENCY_AFTER = ['usd', 'cad', 'gbp', 'eur', 'pln', 'chf', 'aud', 'inr', 'sgd', 'nzd', 'hkd', 'mxn', 'brl', 'cop', 'clp', 'ars', 'jpy', 'sek', 'nok', 'dkk', 'zł', '€', '£'];
const PERIOD_WORDS = ['yr', 'year', 'annum', 'hr', 'hour', 'h', 'month', 'mo', 'week', 'wk', 'day'];

const isSpace = (c: number) => c === 32 || c === 0xa0;

/** `[ \u00a0]?(?:words…)` then no letter (or number, with `orNumber`) after: the end, or -1. */
function wordAfterSpace(text: string, at: number, words: readonly string[], orNumber: boolean): number {
  // The space is optional, but no word starts with a space: take it when there is one.
  return wordAt(text, isSpace(text.charCodeAt(at)) ? at + 1 : at, words, orNumber);
}

/** The first of `words` (in order, as a regex alternation tries them) at `at` with no letter/number after: its end, or -1. */
function wordAt(text: string, at: number, words: readonly string[], orNumber: boolean): number {
  for (const w of words) {
    if (!sameLetters(text, at, w)) continue;
    const end = at + w.length;
    if (end >= text.length || !isLetterOr(text.codePointAt(end)!, orNumber)) return end;
  }
  return -1;
}

/** Whether `text` at `at` spells `lower` as the u and i flags compare (K also as the Kelvin sign, s also as ſ, ł also as Ł). */
function sameLetters(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const w = lower.charCodeAt(i);
    const c = text.charCodeAt(at + i);
    if (c === w) continue;
    if (w >= 97 && w <= 122) {
      if (c === w - 32 || (w === 107 && c === 0x212a) || (w === 115 && c === 0x17f)) continue;
    } else if (w === 0x142 && c === 0x141) continue;
    return false;
  }
  return true;
}

let letterOrNumber: RegExp | null = null;
let letter: RegExp | null = null;
/** (?![\p{L}\p{N}]) / (?![\p{L}]) under the i and u flags, for the code point `cp`; the classes are compiled only for a rare non-ASCII neighbour. */
function isLetterOr(cp: number, orNumber: boolean): boolean {
  if (cp < 128) return ((cp | 32) >= 97 && (cp | 32) <= 122) || (orNumber && cp >= 48 && cp <= 57);
  const s = String.fromCodePoint(cp);
  return orNumber ? (letterOrNumber ??= /[\p{L}\p{N}]/iu).test(s) : (letter ??= /\p{L}/iu).test(s);
}

const CURRENCY_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:CA\$|C\$|CAD)/, 'CAD'], [/^(?:AU\$|A\$|AUD)/, 'AUD'], [/^NZ/, 'NZD'], [/^S(?:GD|\$)/, 'SGD'], [/^MX/, 'MXN'], [/^Rs/i, 'INR'],
  [/^(?:GBP|£)/, 'GBP'], [/^(?:EUR|€)/, 'EUR'], [/^(?:PLN|zł)/, 'PLN'], [/^CHF/, 'CHF'], [/^(?:INR|₹)/, 'INR'],
  [/^(?:R\$|BRL)/, 'BRL'], [/^COP/, 'COP'], [/^CLP/, 'CLP'], [/^ARS/, 'ARS'], [/^HK/, 'HKD'], [/^(?:JPY|¥)/, 'JPY'], [/^SEK/, 'SEK'], [/^NOK/, 'NOK'], [/^DKK/, 'DKK'],
  [/^(?:US|\$)/, 'USD'],
];

/**
 * Roughly how many units of a currency make a US dollar, for the few whose figures run
 * an order of magnitude or more above the dollar's (the others count as 1). Only to
 * judge which sizes of figure are plausible pay for a period, never shown or converted.
 */
const UNITS_PER_DOLLAR: Readonly<Record<string, number>> = { PLN: 4, BRL: 5, HKD: 8, SEK: 10, NOK: 10, DKK: 7, MXN: 17, INR: 80, JPY: 150, COP: 4000, CLP: 900, ARS: 900 };

/** A figure in `currency` at about the dollar's scale. */
function dollarScale(value: number, currency: string): number {
  return value / (UNITS_PER_DOLLAR[currency] ?? 1);
}

function currencyCode(symbol: string | undefined): string | null {
  if (!symbol) return null;
  for (const [re, code] of CURRENCY_CODES) if (re.test(symbol)) return code;
  return null;
}

const PERIOD_OF_WORD: Record<string, SalaryPeriod> = {
  yr: 'year', year: 'year', annum: 'year', hr: 'hour', hour: 'hour', h: 'hour',
  month: 'month', mo: 'month', week: 'week', wk: 'week', day: 'day',
};

const LAKH_GROUPING = /^\d{1,2}(?:,\d{2}){1,4},\d{3}$/;

/** "81,094.00" → 81094, "70.000" → 70000, "2 000" → 2000, "120'000" → 120000, "25,00,000" → 2500000, "40.00" → 40. */
function parseNumber(raw: string): number {
  if (LAKH_GROUPING.test(raw)) return Number(raw.replace(/,/g, ''));
  const grouped = /^(\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(raw);
  if (grouped) {
    const whole = Number(grouped[1]!.replace(/[^\d]/g, ''));
    return grouped[2] ? whole + Number(`0.${grouped[2]}`) : whole;
  }
  return Number(raw.replace(',', '.'));
}

interface Amount {
  start: number; end: number;
  value: number;
  currency: string | null;
  /** Only a '$' sign: another figure of the range may say which dollar. */
  bareDollar: boolean;
  thousands: boolean;
  lakh: boolean;
  /** Digits grouped in lakhs and crores ("25,00,000"). */
  lakhGrouped: boolean;
  /** Millions/billions: company money, never pay. */
  huge: boolean;
  period: SalaryPeriod | null;
}

function readAmount(g: AmountMatch): Amount {
  return {
    start: g.index, end: g.end,
    value: parseNumber(g.num),
    // "$113,800 CAD": a written code beats the bare dollar sign.
    currency: (g.cur === '$' ? currencyCode(g.cur2) : null) ?? currencyCode(g.cur) ?? currencyCode(g.cur2),
    bareDollar: g.cur === '$' && !g.cur2,
    thousands: Boolean(g.k),
    lakh: Boolean(g.lakh),
    lakhGrouped: LAKH_GROUPING.test(g.num),
    huge: Boolean(g.mult),
    period: g.per ? PERIOD_OF_WORD[g.per.toLowerCase()] ?? null : null,
  };
}

// ---- context windows ----------------------------------------------------------

// Words that say the figure is pay.
// (Lower case, tested with testLower: see PERIOD_AFTER.)
const PAY_CUE = /\b(?:salar(?:y|ies)|pay|paid|compensation|base|wages?|rate|remuneration|earn(?:ings)?|ote|ctc|income|annual|hourly|ranges?|salario|sueldo|retribuci[oó]n|remuneraci[oó]n|remunera[cç][aã]o|r[ée]mun[ée]ration|salaire|sal[aá]rio|gratification|beca|bolsa|faixa salarial|ayuda al estudio|stagevergoeding|rimborso spese|stypendium|netto|gehalt|jahresgehalt|verg[üu]tung|retribuzione|stipendio|ral|salaris|brutos?|brut|brutto|lordi?|wynagrodzenie|stawka|l[öø]nn?|tjm|tagessatz|stundensatz)\b/;
// …or follow it at once ("$92,000 - $113,000 Salary/year", "$45 per hour").
const PAY_CUE_AFTER = /^[ \t*_)(]*(?:salary|pay\b|base\b|(?:de )?bolsa\b|netto\b|per (?:year|annum|hour|month)|\/\s?(?:yr|year|hr|hour)\b|annually|hourly|brutos?\b|brut\b|brutto\b|lordi?\b|bruto\b)/;
// The figure belongs to something else when one of these precedes it in the same sentence…
const NOT_PAY_BEFORE = /\b(?:bonus|allowance|budget|reimburse\w*|incentive|match(?:ing)?|401\s?\(?k|403\s?\(?b|revenue|ARR|funding|raised|valuation|invest\w*|donations?|worth|grants?|prize|credits?|spend|costs?|premiums?|deductible|referral|relocation|sign[- ]on|signing|subsidi[sz]ed|industry|market (?:size|cap)|sav(?:e|es|ed|ing|ings))\b/i;
// …or names it right after ("$20K relocation bonus", "$100/month wellness stipend").
// (Tested by notPayAfter below: the same as
//   /^[ \t*_]*(?:[\w-]+[ \u00a0]){0,3}?(?:bonus|…)\b/i
// but as one regex its three optional words copy the alternation four times, which
// costs over a millisecond to compile on each page load.)
const IN_ADDITION = /^[\s,]*(?:\+|plus\b|and\b|with\b|&)/i;
const NOT_PAY_WORD = /(?:bonus|allowance|budget|reimbursement|incentive|credits?|grant|prize|in (?:revenue|funding|ARR|sales|assets)|revenue|funding|valuation|investment|raised|ARR|donations?|industry|users|customers|businesses|agencies)\b/iy;
// Written in lower case and tested on the lower-cased words (testLower): without the i
// flag they compile in about half the time, paid on every page load. English first, then
// "brutos anuales", "brut par an", "brutto pro Jahr", "lordi annui", "por ano", "per jaar"…
const PERIOD_AFTER: ReadonlyArray<readonly [RegExp, SalaryPeriod]> = [
  [/^[\s*_)(]*(?:(?:net|gross|netto|brutto)\s?)?(?:(?:per|an|a|\/)\s?(?:year|annum|yr)\b|annually|annual|yearly|p\.?\s?a\.?(?![a-z])|(?:(?:brutos?|brut|brutto|bruto|lordi|gross)\s)?(?:anuales|anual|al a[ñn]o|por a[ñn]o|par an|annuels?|\/\s?an\b|(?:pro|im) jahr|j[äa]hrlich|annui|all['’]anno|por ano|anuais|per jaar|jaarlijks))/, 'year'],
  [/^[\s*_)(]*(?:(?:net|gross|netto|brutto)\s?)?(?:(?:per|an|a|\/)\s?(?:hour|hr|h)\b|hourly\b|por hora|\/\s?hora\b|de l['’]heure|par heure|(?:pro|die) stunde|all['’]ora|per uur|\/\s?godz|za godzin[ęe])/, 'hour'],
  // "R$ 2.200 de bolsa auxílio mensal": the stipend's name may come between the amount and its period.
  [/^[\s*_)(]*(?:(?:de |of )?(?:bolsa(?:[- ]aux[ií]lio)?|beca|stipend|gratification)\s)?(?:(?:net|gross|netto|brutto)\s?)?(?:(?:per|a|\/)\s?(?:month|mo)\b|monthly\b|(?:(?:brutos?|brut|brutto|bruto|lordi|gross|netto)[\s/])?(?:mensuales|mensual|al mes|por mes|par mois|mensuels?|\/\s?mois|mois\b|(?:pro|im) monat|\/?\s?monat\b|monatlich|por m[eê]s|mensais|mensal|al mese|mensili|per maand|\/\s?m[eê]s|mies(?:\.|i[ęe]cznie)|\/\s?mc))/, 'month'],
  [/^[\s*_)(]*(?:(?:per|a|\/)\s?(?:week|wk)\b|weekly\b)/, 'week'],
  [/^[\s*_)(]*(?:(?:net|gross|netto|brutto)\s?)?(?:(?:per|a|\/)\s?day\b|daily\b|par jour|\/\s?jour|pro tag|por d[ií]a|al d[ií]a|\/\s?dzie[ńn]|dziennie|za dzie[ńn])/, 'day'],
];
const PERIOD_BEFORE: ReadonlyArray<readonly [RegExp, SalaryPeriod]> = [
  [/\b(?:hourly|per hour)\b/i, 'hour'],
  [/\b(?:monthly|per month|mensal|mensual|mensuel(?:le)?|monatlich|maandelijks|mensile)\b/i, 'month'],
  [/\b(?:(?:daily|day) rate|tjm|taux journalier|tagessatz)\b/i, 'day'],
  [/\bstundensatz\b/i, 'hour'],
  [/\b(?:weekly|per week)\b/i, 'week'],
];
const RANGE_JOIN = /^\s*(?:\\?[-–—~]|to|and|a|à|et|y|e|bis|und|al|tot)\s*$/i;

/** The text before `at` back to the start of its sentence (at most `max` chars). */
function sentenceBefore(text: string, at: number, max: number): string {
  const from = Math.max(0, at - max);
  const chunk = text.slice(from, at);
  const cut = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('\n'), chunk.lastIndexOf(';'));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

const isLead = (c: number) => c === 32 || c === 9 || c === 42 || c === 95; // [ \t*_]
const isWordOrHyphen = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45; // [\w-]

// A stipend is an intern's or fellow's pay, and money beside the pay for anyone else
// ("$1K/month food stipend"): judged apart, with the posting's title.
const STIPEND = /\b(?:stipend|bolsa(?:-aux[ií]lio)?|fellowship)\b/i;
/** STIPEND, sticky, for notPayAfter. */
const STIPEND_WORD = /(?:stipend|bolsa|fellowship)\b/iy;
/** Titles of jobs paid by a stipend: internships, traineeships, fellowships, working students. */
const STIPEND_TITLE = /\b(?:intern(?:ship)?s?|placement|trainee(?:ship)?|apprentice(?:ship)?|fellow(?:ship)?|est[aá]gi\w*|stagiaire|stage|praktik\w*|werkstudent\w*|working student|becari[oa]|pr[aá]cticas|tirocin\w*)\b/i;

/** Whether a NOT_PAY_WORD (or `words`) starts `s` after [ \t*_]* and at most three "word " steps. */
function notPayAfter(s: string, words: RegExp = NOT_PAY_WORD): boolean {
  let lead = 0;
  while (lead < s.length && isLead(s.charCodeAt(lead))) lead++;
  // Where a word may start: anywhere in the leading run, then after each [\w-]+[ \u00a0].
  let starts: number[] = [];
  for (let p = 0; p <= lead; p++) starts.push(p);
  for (let step = 0; ; step++) {
    for (const p of starts) {
      words.lastIndex = p;
      if (words.test(s)) return true;
    }
    if (step === 3) return false;
    const next: number[] = [];
    for (const p of starts) {
      let q = p;
      while (q < s.length && isWordOrHyphen(s.charCodeAt(q))) q++;
      const c = s.charCodeAt(q);
      if (q > p && (c === 32 || c === 0xa0) && !next.includes(q + 1)) next.push(q + 1);
    }
    if (next.length === 0) return false;
    starts = next;
  }
}

/** A period from the words after the amount, or null. */
function periodAfter(text: string, at: number): SalaryPeriod | null {
  const after = text.slice(at, at + 30);
  const lower = lowerForMatch(after);
  for (const [re, period] of PERIOD_AFTER) if (testLower(re, after, lower)) return period;
  return null;
}

function periodBefore(text: string, at: number): SalaryPeriod | null {
  const before = sentenceBefore(text, at, 80);
  for (const [re, period] of PERIOD_BEFORE) if (re.test(before)) return period;
  return null;
}

// Latin-American pay is stated by the month ("R$ 2.200", "$35,000 MXN"): a figure too small for a
// year there is a month's, not an hour's.
const MONTHLY_PAY_CURRENCIES: ReadonlySet<string> = new Set(['BRL', 'MXN', 'ARS', 'CLP', 'COP']);

/** Pay periods by size (at the dollar's scale) when none is written: nobody earns 150 a year or 150,000 an hour. */
function periodBySize(value: number, currency: string): SalaryPeriod {
  if (MONTHLY_PAY_CURRENCIES.has(currency) && value >= 100 && value < 20_000) return 'month';
  if (value < 500) return 'hour';
  if (value < 2_000) return 'day';
  if (value < 20_000) return 'month';
  return 'year';
}

// ---- candidates -------------------------------------------------------------

interface Candidate {
  start: number; end: number;
  min: number; max: number;
  currency: string | null;
  period: SalaryPeriod;
  /** A pay word precedes it: it can open a salary statement on its own. */
  cued: boolean;
  isRange: boolean;
  /** Stated as on-target earnings or total pay (base plus variable), not the base. */
  total: boolean;
}

// "OTE $220,000 - $250,000", "Total target cash: …": base plus variable pay. The base is the salary.
const TOTAL_PAY_BEFORE = /\b(?:OTE|on[- ]target(?: earnings)?|total (?:target )?(?:cash|compensation|comp|pay)|TTC)\b[^\d.;\n]{0,15}$/i;

/** What a posting's pay is read with beside its text: the currency of where the job is, and whether a stipend is its pay. */
interface PayContext { defaultCurrency: string; stipendIsPay: boolean }

/** Currencies whose sign is a bare "$": "$120,000" in Toronto is Canadian dollars. */
const LOCAL_DOLLARS: ReadonlySet<string> = new Set(['CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);

function candidate(text: string, a: Amount, b: Amount | null, pay: PayContext): Candidate | null {
  const { defaultCurrency } = pay;
  const last = b ?? a;
  if (a.huge || last.huge) return null;
  let lo = a.value;
  let hi = last.value;
  // "$190-200K", "£90-120k": the k of the second figure covers the first.
  const k2 = last.thousands;
  if (a.thousands || (k2 && b && lo < 1000)) lo *= 1000;
  if (k2) hi *= 1000;
  if (a.lakh || (last.lakh && b && lo < 1000)) lo *= 100_000;
  if (last.lakh) hi *= 100_000;
  if (!b) hi = lo;
  if (hi < lo) return null;
  // Lakhs, written as a word or in their digit grouping ("8,00,000"), are Indian rupees.
  let written = (a.bareDollar && !last.bareDollar ? last.currency : null) ?? a.currency ?? last.currency ??
    (last.lakh || a.lakhGrouped || last.lakhGrouped ? 'INR' : null);
  // Only a "$" sign, nothing saying which dollar: the dollar of where the job is.
  const onlySign = (x: Amount) => x.bareDollar || x.currency === null;
  if (written === 'USD' && (a.bareDollar || last.bareDollar) && onlySign(a) && onlySign(last) && LOCAL_DOLLARS.has(defaultCurrency)) written = defaultCurrency;
  const before = sentenceBefore(text, a.start, 120);
  if (NOT_PAY_BEFORE.test(before) || (!pay.stipendIsPay && STIPEND.test(before))) return null;
  // "€95,000 plus bonus": the bonus comes on top; "$20K relocation bonus" is the bonus.
  const following = text.slice(last.end, last.end + 60);
  if (!IN_ADDITION.test(following) && notPayAfter(following)) return null;
  if (!pay.stipendIsPay && notPayAfter(following, STIPEND_WORD)) return null;
  const statedPeriod = a.period ?? last.period ?? periodAfter(text, last.end);
  const explicitPeriod = statedPeriod ?? periodBefore(text, a.start) ?? (last.lakh ? 'year' : null);
  const window = text.slice(Math.max(0, a.start - 150), a.start);
  // A range in a written currency with its period after it ("$150,000 - $190,000 per
  // year", "£550 - £650 per day") states pay by itself; other figures need a pay word.
  const cued = testLower(PAY_CUE, window) || testLower(PAY_CUE_AFTER, text.slice(last.end, last.end + 25)) ||
    (pay.stipendIsPay && STIPEND.test(window)) ||
    (b !== null && (a.currency ?? last.currency) !== null && statedPeriod !== null);
  // A bare number is pay only when it says so: "Pay 45-70 per hour", "Salary: 100-120k",
  // and a lone one only in thousands ("Salary: up to 90k DOE").
  if (!written) {
    const near = text.slice(Math.max(0, a.start - 40), a.start);
    if (!/\b(?:salary|pay|rate|compensation|wages?|ral|gehalt|salario|sueldo|salaire|sal[aá]rio|stipendio|salaris|wynagrodzenie|retribuzione)\b/i.test(near)) return null;
    if (!(explicitPeriod || last.thousands || last.lakh)) return null;
    if (!b && !last.thousands && !last.lakh) return null;
  }
  // "RAL 50-60k" is Italian pay: in euros wherever the job is said to be.
  const currency = written ?? (/\bral\b/i.test(text.slice(Math.max(0, a.start - 40), a.start)) ? 'EUR' : defaultCurrency);
  // A stipend without a period is a month's (interns are paid by the month, or by the hour when it says so).
  const monthlyStipend = pay.stipendIsPay && STIPEND.test(window) && dollarScale(hi, currency) < 20_000;
  const period = explicitPeriod ?? (monthlyStipend ? 'month' : periodBySize(dollarScale(hi, currency), currency));
  const annualHi = dollarScale(hi * ANNUAL_FACTOR[period], currency);
  // Below this a year (at the dollar's scale) is not a salary; an intern's stipend can be less.
  if (annualHi < (pay.stipendIsPay ? 1_000 : 5_000) || annualHi > 5_000_000) return null;
  const total = TOTAL_PAY_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start));
  return { start: a.start, end: last.end, min: lo, max: hi, currency, period, cued, isRange: Boolean(b), total };
}

function findCandidates(text: string, pay: PayContext): Candidate[] {
  const amounts: Amount[] = [];
  for (let m = nextAmount(text, 0); m && amounts.length < 500; m = nextAmount(text, m.end)) {
    // "401k", "401(k)", "403b": retirement plans, not thousands.
    if (!m.cur && (m.num === '401' || m.num === '403')) continue;
    amounts.push(readAmount(m));
  }
  const out: Candidate[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1];
    const joined = b && b.start - a.end <= 8 && RANGE_JOIN.test(text.slice(a.end, b.start));
    if (!a.currency && !a.thousands && !a.lakh && !(joined && (b.currency || b.thousands || b.lakh || b.period || a.period))) {
      // A lone bare number ("5 years", "2024") is never pay; a bare range may be.
      if (!joined) continue;
    }
    const c = candidate(text, a, joined ? b : null, pay);
    if (c) out.push(c);
    if (joined) i++;
  }
  return out;
}

/** The currency a bare figure is most likely in, from the location. */
function defaultCurrencyFor(location: string | null | undefined): string {
  if (!location) return 'USD';
  // "US / Canada - Remote": the United States first.
  if (/\b(?:US|USA|U\.S\.A?\.?)(?![\w.])/.test(location) || /\bUnited States\b/i.test(location)) return 'USD';
  if (/\b(?:UK|United Kingdom|London|England|Scotland)\b/i.test(location)) return 'GBP';
  // Province and state codes in capitals only: ", on site" is not Ontario.
  if (/\b(?:Canada|Toronto|Vancouver|Montr[ée]al|Ottawa|Calgary|Edmonton|Waterloo|Qu[ée]bec)\b/i.test(location) || /,\s*(?:ON|BC|QC|AB|MB|NS)\b/.test(location)) return 'CAD';
  if (/\b(?:Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra)\b/i.test(location) || /,\s*(?:NSW|VIC|QLD|ACT)\b/.test(location)) return 'AUD';
  if (/\b(?:New Zealand|Auckland|Wellington|Christchurch)\b/i.test(location)) return 'NZD';
  if (/\bSingapore\b/i.test(location)) return 'SGD';
  if (/\bHong Kong\b/i.test(location)) return 'HKD';
  if (/\b(?:India|Bengaluru|Bangalore|Mumbai|Delhi|Hyderabad|Pune|Chennai|Gurugram|Gurgaon|Noida|Kolkata)\b/i.test(location)) return 'INR';
  if (/\b(?:Switzerland|Z[üu]rich|Geneva|Gen[eè]ve|Basel|Lausanne)\b/i.test(location)) return 'CHF';
  if (/\b(?:Poland|Warsaw|Krak[oó]w|Wroc[lł]aw)\b/i.test(location)) return 'PLN';
  if (/\b(?:Germany|France|Spain|Italy|Netherlands|Ireland|Portugal|Belgium|Austria|Finland|Berlin|Paris|Madrid|Amsterdam|Dublin|Munich)\b/i.test(location)) return 'EUR';
  return 'USD';
}

/** Pay stated in `text`, or null. Offsets of the evidence index `field`. */
function salaryIn(text: string, field: Evidence['field'], pay: PayContext): Salary {
  const candidates = findCandidates(text, pay);
  // The base when it is stated; on-target or total pay only when nothing else is.
  const first = candidates.find((c) => c.cued && !c.total) ?? candidates.find((c) => c.cued);
  if (!first) return null;
  // Ranges for other locations or levels nearby, in the same currency and period
  // and of the same size, widen the span ("Zone A … Zone D").
  let { min, max } = first;
  const evidence = [evidenceAt(field, text, first.start, first.end)];
  let lastEnd = first.end;
  for (const c of candidates) {
    if (c.start <= first.start) continue;
    if (c.start - lastEnd > 1500) break;
    if (c.total && !first.total) continue;
    if (c.currency !== first.currency || c.period !== first.period) continue;
    if (c.min < first.min / 2.5 || c.max > first.max * 2.5) continue;
    if (!c.isRange && !c.cued) continue;
    min = Math.min(min, c.min);
    max = Math.max(max, c.max);
    evidence.push(evidenceAt(field, text, c.start, c.end));
    lastEnd = c.end;
  }
  const factor = ANNUAL_FACTOR[first.period];
  return {
    min: round(min), max: round(max), currency: first.currency!, period: first.period,
    annualMin: round(min * factor), annualMax: round(max * factor), evidence,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Glassdoor-style estimates are the board's guess, not pay the employer states. */
const ESTIMATE = /\b(?:glassdoor|indeed)?\s*est(?:\.|imate)/i;

const BARE_FIGURES = /^\s*\d[\d.,\s–-]*(?:per [a-z]+)?\s*$/i;

/** A dedicated salary field ("$120K-$140K", "USD $186,000~$279,000"); no evidence offsets. */
export function parseSalaryText(salaryText: string, location?: string | null): Salary {
  if (ESTIMATE.test(salaryText) && !/employer/i.test(salaryText)) return null;
  const defaultCurrency = defaultCurrencyFor(location);
  // A salary field holding figures only ("135000", "120000–150000 per YEAR") is pay in the location's currency.
  const written = BARE_FIGURES.test(salaryText) ? `${defaultCurrency} ${salaryText}` : salaryText;
  const s = salaryIn(`Salary: ${written}`, 'description', { defaultCurrency, stipendIsPay: true });
  return s && { ...s, evidence: [] };
}

/**
 * The salary the posting's text states; else the page's own salary field (schema.org
 * baseSalary or a board's pay field), which extraction puts in `salaryText`.
 * Aggregators' estimates are not a stated salary: callers leave those out (the
 * command line and the evaluation ignore a JSONL row's `salary_text` for that reason).
 */
export function parseSalary(input: ClassifyInput): Salary {
  const pay = { defaultCurrency: defaultCurrencyFor(input.location), stipendIsPay: STIPEND_TITLE.test(input.title) };
  const fromText = salaryIn(input.description, 'description', pay);
  if (fromText || !input.salaryText) return fromText;
  return parseSalaryText(input.salaryText, input.location);
}
