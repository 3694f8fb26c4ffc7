import { describe, expect, test } from 'vitest';
import { scoreAxis } from './eval-axes';

describe('scoreAxis', () => {
  const labels = ['entry', 'mid', 'senior'] as const;
  const pair = (id: string, gold: string, predicted: string) => ({ id, gold, predicted });

  test('accuracy, confusion matrix and misses', () => {
    const score = scoreAxis(labels, [
      pair('a', 'entry', 'entry'), pair('b', 'mid', 'mid'), pair('c', 'senior', 'senior'), pair('d', 'senior', 'mid'),
    ]);
    expect(score.accuracy).toBe(0.75);
    expect(score.confusion.senior).toEqual({ entry: 0, mid: 1, senior: 1 });
    expect(score.misses).toEqual([pair('d', 'senior', 'mid')]);
  });

  test('macro-F1 averages the per-label F1 (a label never predicted scores 0)', () => {
    // entry: P 1, R 1 → 1; mid: P 0.5, R 1 → 2/3; senior: never predicted → 0.
    const score = scoreAxis(labels, [pair('a', 'entry', 'entry'), pair('b', 'mid', 'mid'), pair('c', 'senior', 'mid')]);
    expect(score.macroF1).toBeCloseTo((1 + 2 / 3 + 0) / 3, 6);
  });

  test('perfect agreement scores 1', () => {
    const score = scoreAxis(labels, labels.map((l) => pair(l, l, l)));
    expect(score.accuracy).toBe(1);
    expect(score.macroF1).toBe(1);
  });
});
