import { describe, expect, test } from 'vitest';
import { fingerprint, fnv1a64, normalizeCompany, normalizeTitle } from './fingerprint';

const base = { title: 'Machine Learning Systems Engineer, RL Engineering', company: 'Anthropic', description: 'About the role: build RL systems.' };

describe('fingerprint', () => {
  test('FNV-1a 64 known vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  test('16 hex digits, stable', () => {
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(base)).toBe(fingerprint({ ...base }));
  });

  test.each([
    ['case, punctuation, whitespace', { title: ' machine  learning systems engineer – rl engineering ', company: 'ANTHROPIC' }],
    ['a different or truncated description', { description: 'About Anthropic. Anthropic’s mission is …' }],
    ['legal suffix and parenthetical on the company', { company: 'Anthropic, PBC' }],
    ['gender tag in the title', { title: 'Machine Learning Systems Engineer, RL Engineering (m/w/d)' }],
  ])('same job despite %s', (_why, change) => {
    expect(fingerprint({ ...base, ...change })).toBe(fingerprint(base));
  });

  test.each([
    ['another title', { title: 'Research Engineer, RL' }],
    ['another company', { company: 'OpenAI' }],
  ])('different job: %s', (_why, change) => {
    expect(fingerprint({ ...base, ...change })).not.toBe(fingerprint(base));
  });

  test('without a company the description opening tells jobs apart', () => {
    const words = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    const a = { title: 'Data Scientist', company: null, description: `We are a retail bank looking for a data scientist. ${words}` };
    const b = { ...a, description: 'Join our genomics lab as a data scientist.' };
    expect(fingerprint(a)).not.toBe(fingerprint(b));
    expect(fingerprint(a)).toBe(fingerprint({ ...a, description: `${a.description} More text that was cut on another board.` }));
  });

  test('normalisers', () => {
    expect(normalizeCompany('GD Information Technology, Inc. (GDIT)')).toBe(normalizeCompany('GD Information Technology, Inc.'));
    expect(normalizeCompany('Novo Nordisk A/S')).toBe('novo nordisk');
    expect(normalizeTitle('Ingénieur ML (H/F)')).toBe('ingenieur ml');
  });
});
