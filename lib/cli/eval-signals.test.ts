import { describe, expect, test } from 'vitest';
import { CORPUS_MISSING, corpusDir } from './corpus';
import { evaluateSignals } from './eval-signals';

describe('evaluateSignals', () => {
  test('says clearly when there is no corpus', () => {
    expect(evaluateSignals(null)).toBe(CORPUS_MISSING);
  });
  const dir = corpusDir();
  test.skipIf(!dir)('reports micro and per-signal figures and salary accuracy (skipped: corpus absent)', () => {
    const report = evaluateSignals(dir!);
    expect(report).toMatch(/micro\s+P \d\.\d{3}\s+R \d\.\d{3}\s+F1 \d\.\d{3}/);
    expect(report).toMatch(/model-ops\s+\d\.\d{3}/);
    expect(report).toMatch(/Salary exactly right: \d+\/\d+/);
  }, 60_000);
});
