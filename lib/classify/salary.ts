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


const ANNUAL_FACTOR: Record<SalaryPeriod, number> = { year: 1, month: 12, week: 52, day: 260, hour: 2080 };

// ---- the amount regex -------------------------------------------------------

const CURRENCY_BEFORE = String.raw`US\s?\$|USD\s?\$?|CA\$|C\$|CAD\s?\$?|AU\$|A\$|AUD\s?\$?|NZ\$|SGD\s?\$?|GBP\s?£?|EUR\s?€?|PLN|CHF|INR|£|€|₹|\$`;
// Thousands grouped by ',', '.', or a (thin/no-break) space, then optional decimals;
// or a plain number. Each separator must be followed by exactly three digits.
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3}(?!\d))+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d{1,2}(?!\d))?`;
const CURRENCY_AFTER = String.raw`USD|CAD|GBP|EUR|PLN|CHF|AUD|INR|SGD|NZD|zł|€|£`;
const PERIOD_WORD = String.raw`yr|year|annum|hr|hour|h|month|mo|week|wk|day`;

const AMOUNT = new RegExp(
  String.raw`(?<cur>${CURRENCY_BEFORE})?[ \u00a0]?(?<num>${NUMBER})` +
  String.raw`(?:[ \u00a0]?(?<k>[kK])(?![\p{L}\p{N}]))?` +
  // Indian pay: "12-18 LPA", "₹15 lakh" (a lakh is 100,000 rupees).
  String.raw`(?<lakh>[ \u00a0]?(?:lakhs?|lacs?|LPA)(?![\p{L}\p{N}]))?` +
  String.raw`(?<mult>[ \u00a0]?(?:million|billion|mn|bn|[mMbB])(?![\p{L}\p{N}]))?` +
  String.raw`(?<plus>\+)?` +
  String.raw`(?:[ \u00a0]?(?<cur2>${CURRENCY_AFTER})(?![\p{L}]))?` +
  String.raw`(?:[ \u00a0]?(?:\/|per[ \u00a0])[ \u00a0]?(?<per>${PERIOD_WORD})(?![\p{L}]))?`,
  'giu',
);

const CURRENCY_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:CA\$|C\$|CAD)/, 'CAD'], [/^(?:AU\$|A\$|AUD)/, 'AUD'], [/^NZ/, 'NZD'], [/^SGD/, 'SGD'],
  [/^(?:GBP|£)/, 'GBP'], [/^(?:EUR|€)/, 'EUR'], [/^(?:PLN|zł)/, 'PLN'], [/^CHF/, 'CHF'], [/^(?:INR|₹)/, 'INR'],
  [/^(?:US|\$)/, 'USD'],
];

function currencyCode(symbol: string | undefined): string | null {
  if (!symbol) return null;
  for (const [re, code] of CURRENCY_CODES) if (re.test(symbol)) return code;
  return null;
}

const PERIOD_OF_WORD: Record<string, SalaryPeriod> = {
  yr: 'year', year: 'year', annum: 'year', hr: 'hour', hour: 'hour', h: 'hour',
  month: 'month', mo: 'month', week: 'week', wk: 'week', day: 'day',
};

/** "81,094.00" → 81094, "70.000" → 70000, "2 000" → 2000, "40.00" → 40. */
function parseNumber(raw: string): number {
  const grouped = /^(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(raw);
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
  /** Millions/billions: company money, never pay. */
  huge: boolean;
  period: SalaryPeriod | null;
}

function readAmount(m: RegExpExecArray): Amount {
  const g = m.groups!;
  return {
    start: m.index, end: m.index + m[0].length,
    value: parseNumber(g.num!),
    // "$113,800 CAD": a written code beats the bare dollar sign.
    currency: (g.cur === '$' ? currencyCode(g.cur2) : null) ?? currencyCode(g.cur) ?? currencyCode(g.cur2),
    bareDollar: g.cur === '$' && !g.cur2,
    thousands: Boolean(g.k),
    lakh: Boolean(g.lakh),
    huge: Boolean(g.mult),
    period: g.per ? PERIOD_OF_WORD[g.per.toLowerCase()] ?? null : null,
  };
}

// ---- context windows ----------------------------------------------------------

// Words that say the figure is pay.
const PAY_CUE = /\b(?:salar(?:y|ies)|pay|paid|compensation|base|wages?|rate|remuneration|earn(?:ings)?|OTE|CTC|income|annual|hourly|ranges?)\b/i;
// …or follow it at once ("$92,000 - $113,000 Salary/year", "$45 per hour").
const PAY_CUE_AFTER = /^[ \t*_)(]*(?:salary|pay\b|base\b|per (?:year|annum|hour|month)|\/\s?(?:yr|year|hr|hour)\b|annually|hourly)/i;
// The figure belongs to something else when one of these precedes it in the same sentence…
const NOT_PAY_BEFORE = /\b(?:bonus|stipend|allowance|budget|reimburse\w*|incentive|match(?:ing)?|401\s?\(?k|403\s?\(?b|revenue|ARR|funding|raised|valuation|invest\w*|donations?|worth|grants?|prize|credits?|spend|costs?|premiums?|deductible|referral|relocation|sign[- ]on|signing|subsidi[sz]ed|industry|market (?:size|cap))\b/i;
// …or names it right after ("$20K relocation bonus", "$100/month wellness stipend").
const NOT_PAY_AFTER = /^[ \t*_]*(?:[\w-]+[ \u00a0]){0,3}?(?:bonus|stipend|allowance|budget|reimbursement|incentive|credits?|grant|prize|in (?:revenue|funding|ARR|sales|assets)|revenue|funding|valuation|investment|raised|ARR|donations?|industry|users|customers|businesses|agencies)\b/i;
const PERIOD_AFTER: ReadonlyArray<readonly [RegExp, SalaryPeriod]> = [
  [/^[\s*_)(]*(?:per|an|a|\/)\s?(?:year|annum|yr)\b|^[\s*_)(]*(?:annually|annual|yearly|p\.?\s?a\.?(?![a-z]))/i, 'year'],
  [/^[\s*_)(]*(?:per|an|a|\/)\s?(?:hour|hr|h)\b|^[\s*_)(]*hourly\b/i, 'hour'],
  [/^[\s*_)(]*(?:per|a|\/)\s?(?:month|mo)\b|^[\s*_)(]*monthly\b/i, 'month'],
  [/^[\s*_)(]*(?:per|a|\/)\s?(?:week|wk)\b|^[\s*_)(]*weekly\b/i, 'week'],
  [/^[\s*_)(]*(?:per|a|\/)\s?day\b|^[\s*_)(]*daily\b/i, 'day'],
];
const PERIOD_BEFORE: ReadonlyArray<readonly [RegExp, SalaryPeriod]> = [
  [/\b(?:hourly|per hour)\b/i, 'hour'],
  [/\b(?:monthly|per month)\b/i, 'month'],
  [/\b(?:daily|day) rate\b/i, 'day'],
  [/\b(?:weekly|per week)\b/i, 'week'],
];
const RANGE_JOIN = /^\s*(?:\\?[-–—~]|to|and)\s*$/i;

/** The text before `at` back to the start of its sentence (at most `max` chars). */
function sentenceBefore(text: string, at: number, max: number): string {
  const from = Math.max(0, at - max);
  const chunk = text.slice(from, at);
  const cut = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('\n'), chunk.lastIndexOf(';'));
  return cut >= 0 ? chunk.slice(cut + 1) : chunk;
}

/** A period from the words after the amount, or null. */
function periodAfter(text: string, at: number): SalaryPeriod | null {
  const after = text.slice(at, at + 30);
  for (const [re, period] of PERIOD_AFTER) if (re.test(after)) return period;
  return null;
}

function periodBefore(text: string, at: number): SalaryPeriod | null {
  const before = sentenceBefore(text, at, 80);
  for (const [re, period] of PERIOD_BEFORE) if (re.test(before)) return period;
  return null;
}

/** Pay periods by size when none is written: nobody earns 150 a year or 150,000 an hour. */
function periodBySize(value: number): SalaryPeriod {
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
}

function candidate(text: string, a: Amount, b: Amount | null, defaultCurrency: string): Candidate | null {
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
  const written = (a.bareDollar && !last.bareDollar ? last.currency : null) ?? a.currency ?? last.currency ?? (last.lakh ? 'INR' : null);
  const before = sentenceBefore(text, a.start, 120);
  if (NOT_PAY_BEFORE.test(before)) return null;
  if (NOT_PAY_AFTER.test(text.slice(last.end, last.end + 60))) return null;
  const explicitPeriod = a.period ?? last.period ?? periodAfter(text, last.end) ?? periodBefore(text, a.start) ?? (last.lakh ? 'year' : null);
  const window = text.slice(Math.max(0, a.start - 150), a.start);
  const cued = PAY_CUE.test(window) || PAY_CUE_AFTER.test(text.slice(last.end, last.end + 25));
  // A bare number is pay only when it says so: "Pay 45-70 per hour", "Salary: 100-120k".
  if (!written) {
    const near = text.slice(Math.max(0, a.start - 40), a.start);
    if (!/\b(?:salary|pay|rate|compensation|wages?)\b/i.test(near)) return null;
    if (!b || !(explicitPeriod || last.thousands || last.lakh)) return null;
  }
  const period = explicitPeriod ?? periodBySize(hi);
  const annualHi = hi * ANNUAL_FACTOR[period];
  if (annualHi < 5_000 || annualHi > 5_000_000) return null;
  return { start: a.start, end: last.end, min: lo, max: hi, currency: written ?? defaultCurrency, period, cued, isRange: Boolean(b) };
}

function findCandidates(text: string, defaultCurrency: string): Candidate[] {
  const amounts: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m && amounts.length < 500; m = AMOUNT.exec(text)) {
    // "401k", "401(k)", "403b": retirement plans, not thousands.
    if (!m.groups!.cur && /^40[13]$/.test(m.groups!.num!)) continue;
    amounts.push(readAmount(m));
  }
  const out: Candidate[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1];
    const joined = b && RANGE_JOIN.test(text.slice(a.end, b.start)) && b.start - a.end <= 8;
    if (!a.currency && !a.thousands && !a.lakh && !(joined && (b.currency || b.thousands || b.lakh || b.period || a.period))) {
      // A lone bare number ("5 years", "2024") is never pay; a bare range may be.
      if (!joined) continue;
    }
    const c = candidate(text, a, joined ? b : null, defaultCurrency);
    if (c) out.push(c);
    if (joined) i++;
  }
  return out;
}

/** The currency a bare figure is most likely in, from the location. */
function defaultCurrencyFor(location: string | null | undefined): string {
  if (!location) return 'USD';
  if (/\b(?:UK|United Kingdom|London|England|Scotland)\b/i.test(location)) return 'GBP';
  if (/\b(?:Canada|Toronto|Vancouver|Montreal)\b/i.test(location)) return 'CAD';
  if (/\b(?:Poland|Warsaw|Krak[oó]w|Wroc[lł]aw)\b/i.test(location)) return 'PLN';
  if (/\b(?:Germany|France|Spain|Italy|Netherlands|Ireland|Portugal|Belgium|Austria|Finland|Berlin|Paris|Madrid|Amsterdam|Dublin|Munich)\b/i.test(location)) return 'EUR';
  return 'USD';
}

/** Pay stated in `text`, or null. Offsets of the evidence index `field`. */
function salaryIn(text: string, field: Evidence['field'], defaultCurrency: string): Salary {
  const candidates = findCandidates(text, defaultCurrency);
  const first = candidates.find((c) => c.cued);
  if (!first) return null;
  // Ranges for other locations or levels nearby, in the same currency and period
  // and of the same size, widen the span ("Zone A … Zone D").
  let { min, max } = first;
  const evidence = [evidenceAt(field, text, first.start, first.end)];
  let lastEnd = first.end;
  for (const c of candidates) {
    if (c.start <= first.start) continue;
    if (c.start - lastEnd > 1500) break;
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

/** A dedicated salary field ("$120K-$140K", "USD $186,000~$279,000"); no evidence offsets. */
export function parseSalaryText(salaryText: string, location?: string | null): Salary {
  if (ESTIMATE.test(salaryText) && !/employer/i.test(salaryText)) return null;
  const s = salaryIn(`Salary: ${salaryText}`, 'description', defaultCurrencyFor(location));
  return s && { ...s, evidence: [] };
}

/**
 * The salary the posting's text states; else the page's own salary field (schema.org
 * baseSalary or a board's pay field), which extraction puts in `salaryText`.
 * Aggregators' estimates are not a stated salary: callers leave those out (the
 * command line and the evaluation ignore a JSONL row's `salary_text` for that reason).
 */
export function parseSalary(input: ClassifyInput): Salary {
  const fromText = salaryIn(input.description, 'description', defaultCurrencyFor(input.location));
  if (fromText || !input.salaryText) return fromText;
  return parseSalaryText(input.salaryText, input.location);
}
