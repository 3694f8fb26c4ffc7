import { describe, expect, test } from 'vitest';
import { rowAt, rowOffsets, scrollToReveal, visibleRange } from '../../components/virtual';

describe('virtual list arithmetic', () => {
  const fixed = rowOffsets(10_000, () => 60);
  test('offsets are prefix sums', () => {
    expect(fixed[0]).toBe(0);
    expect(fixed[10_000]).toBe(600_000);
    const mixed = rowOffsets(4, (i) => (i === 1 ? 200 : 50));
    expect([...mixed]).toEqual([0, 50, 250, 300, 350]);
  });
  test.each([
    [0, 0], [59, 0], [60, 1], [599_999, 9_999], [1e9, 9_999], [-5, 0],
  ])('rowAt(%d) = %d', (y, row) => expect(rowAt(fixed, y)).toBe(row));
  test('only the rows in view plus overscan', () => {
    expect(visibleRange(fixed, 0, 600, 4)).toEqual({ start: 0, end: 14 });
    expect(visibleRange(fixed, 6000, 600, 4)).toEqual({ start: 96, end: 114 });
    expect(visibleRange(fixed, 599_400, 600, 4)).toEqual({ start: 9_986, end: 10_000 });
    expect(visibleRange(rowOffsets(0, () => 60), 0, 600)).toEqual({ start: 0, end: 0 });
  });
  test('expanded rows shift what follows', () => {
    const offsets = rowOffsets(100, (i) => (i === 0 ? 600 : 60));
    expect(visibleRange(offsets, 600, 120, 0)).toEqual({ start: 1, end: 3 });
  });
  test('scrollToReveal', () => {
    expect(scrollToReveal(fixed, 5, 0, 600)).toBe(0);
    expect(scrollToReveal(fixed, 20, 0, 600)).toBe(21 * 60 - 600);
    expect(scrollToReveal(fixed, 2, 600, 600)).toBe(120);
  });
  test('10,000 rows: layout and range stay cheap', () => {
    for (let i = 0; i < 100; i++) expect(visibleRange(rowOffsets(10_000, () => 60), i * 1000, 800)).toBeDefined();
  });
});
