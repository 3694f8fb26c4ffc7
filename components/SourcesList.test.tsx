import { describe, expect, it } from 'vitest';
import { ageOf } from './SourcesList';

describe('ageOf', () => {
  const now = new Date(Date.UTC(2026, 10, 27));
  it.each([
    ['2025-02-17', 'about 1 year old'],
    ['2020-11-22', 'about 6 years old'],
    ['2020', 'about 6 years old'],
    ['2026-06', 'about 5 months old'],
    ['2026-11-01', 'under two months old'],
  ])('%s is %s', (date, expected) => expect(ageOf(date, now)).toBe(expected));
});
