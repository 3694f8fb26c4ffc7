import { describe, expect, it } from 'vitest';
import { readCachedCount, writeCachedCount } from '../../entrypoints/popup/stats-cache';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => { map.set(k, v); } };
}

describe('the popup count cache', () => {
  it('returns the last written count', () => {
    const s = memoryStorage();
    expect(readCachedCount(s)).toBeNull();
    writeCachedCount(10_000, s);
    expect(readCachedCount(s)).toBe(10_000);
  });
  it('ignores garbage and survives a storage that throws', () => {
    const s = memoryStorage();
    s.setItem('mljl:popup-count', 'lots');
    expect(readCachedCount(s)).toBeNull();
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    expect(readCachedCount(broken)).toBeNull();
    expect(() => writeCachedCount(1, broken)).not.toThrow();
  });
});
