import { describe, expect, test } from 'vitest';
import { maskCompany } from './company-mask';
import { deriveWordStarts, firstWordAtOrAfter, wordStarts, type WordStarts } from './word-starts';

/** Word starts by a regex: a letter or digit (ASCII, Latin-1, Latin Extended) after anything else. */
function reference(text: string): number[] {
  const out: number[] = [];
  const re = /(?<![0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

const keyText = (w: WordStarts, i: number): string =>
  [21, 14, 7, 0].map((shift) => String.fromCharCode((w.key[i]! >>> shift) & 127)).join('').replace(/\0+$/, '');

function rand(seed: number): (n: number) => number {
  let s = seed;
  return (n) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return Math.floor((s / 2 ** 32) * n); };
}

const PIECES = ['Data', 'ML', 'résumé', 'naïve', '5+', 'C++', 'k8s', '_x_', ' ', ' ', '\n', '-', '/', '×', 'İ', '😀', 'Ωmega', 'años', '3-5'];
function randomText(r: (n: number) => number, words: number): string {
  let t = '';
  for (let i = 0; i < words; i++) t += PIECES[r(PIECES.length)]! + (r(3) ? ' ' : '');
  return t;
}

describe('wordStarts', () => {
  test('finds every word start, with its first four characters folded', () => {
    const r = rand(3);
    for (let k = 0; k < 300; k++) {
      const text = randomText(r, 20 + r(200));
      const w = wordStarts(text);
      expect([...w.at.slice(0, w.count)], text).toEqual(reference(text));
      for (let i = 0; i < w.count; i++) {
        const folded = [...text.slice(w.at[i]!, w.at[i]! + 4).split('')]
          .map((ch) => { const c = ch.charCodeAt(0); return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c > 127 ? 127 : c); });
        expect(keyText(w, i)).toBe(folded.join(''));
      }
    }
  });

  test('firstWordAtOrAfter', () => {
    const w = wordStarts('ab cd  ef'.repeat(50));
    expect(firstWordAtOrAfter(w, 0)).toBe(0);
    expect(firstWordAtOrAfter(w, 1)).toBe(1);
    expect(firstWordAtOrAfter(w, 3)).toBe(1);
    expect(firstWordAtOrAfter(w, 10_000)).toBe(w.count);
  });

  test('stays right when adversarial text fills the key table (it starts over)', () => {
    const r = rand(11);
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let text = '';
    for (let i = 0; i < 60_000; i++) text += letters[r(36)]! + letters[r(36)]! + letters[r(36)]! + letters[r(36)]! + ' ';
    const cached = 'machine learning models, '.repeat(20);
    const before = wordStarts(cached);
    const big = wordStarts(text);
    expect(big.count).toBe(60_000);
    for (let i = 0; i < 60_000; i += 997) expect(keyText(big, i)).toBe(text.slice(i * 5, i * 5 + 4));
    // What was cached before the table started over is computed again, not served stale.
    const after = wordStarts(cached);
    expect(after.generation).toBeGreaterThan(before.generation);
    expect([...after.slot.slice(0, after.count)].every((s) => s >= 0)).toBe(true);
    expect([...after.key.slice(0, after.count)]).toEqual([...before.key.slice(0, before.count)]);
  });
});

describe('deriveWordStarts', () => {
  test('gives what computing the masked text afresh gives', () => {
    const r = rand(5);
    for (let k = 0; k < 200; k++) {
      const company = ['Acme', 'Anthropic', 'Data Co', 'X.ai', 'Ωmega', 'Naïve Labs'][r(6)]!;
      let text = '';
      for (let i = 0; i < 80; i++) text += (r(8) === 0 ? company : randomText(r, 2)) + ' ';
      const masked = maskCompany(text, company);
      deriveWordStarts(masked, text);
      const derived = wordStarts(masked);
      // Two other texts push the derived one out of the cache: then it is computed afresh.
      wordStarts('x '.repeat(200));
      wordStarts('y '.repeat(200));
      const fresh = wordStarts(masked);
      expect(fresh).not.toBe(derived);
      expect([...derived.at.slice(0, derived.count)]).toEqual([...fresh.at.slice(0, fresh.count)]);
      expect([...derived.key.slice(0, derived.count)], masked).toEqual([...fresh.key.slice(0, fresh.count)]);
    }
  });
});
