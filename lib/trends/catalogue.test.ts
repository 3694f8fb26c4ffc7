import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CATALOGUE, SignalSchema } from './catalogue';
import { SOURCES, SOURCE_IDS, SourceSchema } from './sources';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const trendsPath = join(shared, 'TRENDS.md');
const seedsDir = join(shared, 'seeds');

describe('catalogue integrity', () => {
  test('the catalogue and the sources satisfy their schemas', () => {
    expect(() => z.array(SignalSchema).parse(CATALOGUE)).not.toThrow();
    expect(() => z.array(SourceSchema).parse(SOURCES)).not.toThrow();
  });
  test('signal ids are unique', () => {
    const ids = CATALOGUE.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('source ids are unique', () => {
    expect(SOURCE_IDS.size).toBe(SOURCES.length);
  });
  test('every fact cites a known source', () => {
    for (const s of CATALOGUE) for (const f of s.facts) {
      expect(f.sourceIds.length).toBeGreaterThan(0);
      for (const id of f.sourceIds) expect(SOURCE_IDS.has(id), `${s.id} cites ${id}`).toBe(true);
    }
  });
  test('every source is cited', () => {
    const cited = new Set(CATALOGUE.flatMap((s) => s.facts.flatMap((f) => f.sourceIds)));
    for (const src of SOURCES) expect(cited.has(src.id), src.id).toBe(true);
  });
});

describe.skipIf(!existsSync(trendsPath))('catalogue matches TRENDS.md (skipped: ../shared/TRENDS.md absent)', () => {
  test('the same signal ids as the tables of TRENDS.md', () => {
    const md = readFileSync(trendsPath, 'utf8');
    // Table rows start with "| id |": the first cell of each row after a header.
    const ids = [...md.matchAll(/^\|\s*([a-z][a-z-]+)\s*\|/gm)].map((m) => m[1]).filter((id) => id !== 'id');
    expect(ids.length).toBeGreaterThan(20);
    expect([...CATALOGUE.map((s) => s.id)].sort()).toEqual([...new Set(ids)].sort());
  });
});

const words = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9$%.']+/g) ?? [];

describe.skipIf(!existsSync(seedsDir))('facts are in our own words (skipped: ../shared/seeds absent)', () => {
  const RUN = 8;
  test(`no fact shares ${RUN}+ consecutive words with a seed document`, () => {
    const seedRuns = new Set<string>();
    for (const f of readdirSync(seedsDir)) {
      const w = words(readFileSync(join(seedsDir, f), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
    }
    for (const s of CATALOGUE) for (const f of s.facts) {
      const w = words(f.text);
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        expect(seedRuns.has(run), `${s.id}: "${run}"`).toBe(false);
      }
    }
  });
});
