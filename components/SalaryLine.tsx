// The stated salary, annualised, placed against the sources' median and senior figures.
import type { Salary } from '../lib/model';

/** From the Machine Learning Guide podcast notes (2025): median $187,500, senior up to $550,000. */
const MEDIAN_USD = 187_500;
const SENIOR_TOP_USD = 550_000;

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

export function SalaryLine({ salary }: { salary: NonNullable<Salary> }) {
  const stated = salary.min === salary.max
    ? formatMoney(salary.min, salary.currency)
    : `${formatMoney(salary.min, salary.currency)}–${formatMoney(salary.max, salary.currency)}`;
  const annual = salary.period === 'year' ? '' : ` (≈ ${formatMoney(salary.annualMin, salary.currency)}–${formatMoney(salary.annualMax, salary.currency)} a year)`;
  const mid = (salary.annualMin + salary.annualMax) / 2;
  const comparison = salary.currency === 'USD'
    ? mid >= MEDIAN_USD
      ? `above the ${formatMoney(MEDIAN_USD, 'USD')} median for ML engineering; senior roles reach ${formatMoney(SENIOR_TOP_USD, 'USD')}`
      : `below the ${formatMoney(MEDIAN_USD, 'USD')} median for ML engineering`
    : 'not in USD: not compared with the US median';
  return (
    <p class="mljl-salary">
      Salary: {stated} per {salary.period}{annual} — {comparison} <cite>(Machine Learning Guide, OCDevel, 2025)</cite>
    </p>
  );
}
