import { describe, expect, test } from 'vitest';
import { calibration, scoreAxis } from './eval-axes';

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

describe('calibration', () => {
  test('counts each label in the bin of its confidence, edges included in the upper bin', () => {
    const bins = calibration([
      { confidence: 0.2, correct: false }, { confidence: 0.5, correct: true }, { confidence: 0.59, correct: false },
      { confidence: 0.9, correct: true }, { confidence: 0.95, correct: true },
    ]);
    expect(bins.map((b) => [b.from, b.n, b.right])).toEqual([
      [0, 1, 0], [0.5, 2, 1], [0.6, 0, 0], [0.7, 0, 0], [0.8, 0, 0], [0.9, 2, 2],
    ]);
  });
});
