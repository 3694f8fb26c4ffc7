// The command line contract: JSON lines with the documented fields, errors on stderr.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['lib/cli/analyze.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

const axis = expect.objectContaining({ label: expect.any(String), confidence: expect.any(Number), evidence: expect.any(Array) });

describe('npm run analyze', () => {
  it('prints one JSON line per JSONL posting and reports bad lines on stderr', () => {
    const out = run('tests/fixtures/jsonl/postings.jsonl');
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['fx-1', 'fx-2']);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['company', 'id', 'level', 'modalities', 'salary', 'scope', 'signals', 'title', 'url', 'work', 'years'].sort());
      expect(line).toMatchObject({ work: axis, scope: axis, level: axis });
      expect(line.scope).toHaveProperty('domains');
    }
    expect(lines[0]!.level).toMatchObject({ label: 'entry' });
    expect(lines[1]).toMatchObject({ level: { label: 'senior' }, years: { min: 8 } });
    expect(lines[1]!.salary).toEqual({ min: 210000, max: 260000, currency: 'USD', period: 'year', annualMin: 210000, annualMax: 260000 });
    expect(out.stderr).toMatch(/postings\.jsonl:3: not a JSON object/);
    expect(out.stderr).toMatch(/postings\.jsonl:4: no title or description/);
    expect(out.status).toBe(1);
  });

  it('reads an HTML page, finds the board from its canonical URL, and gives offsets into the posting', () => {
    const out = run('tests/fixtures/pages/jsonld-posting.html');
    expect(out.status).toBe(0);
    const line = JSON.parse(out.stdout) as { url: string; title: string; company: string; level: { label: string; evidence: { text: string; start: number; end: number; field: string }[] } };
    expect(line.url).toBe('https://job-boards.greenhouse.io/acmerobotics/jobs/7000001');
    expect(line.title).toBe('Senior Machine Learning Engineer, Inference');
    expect(line.company).toBe('Acme Robotics');
    const titleEvidence = line.level.evidence.find((e) => e.field === 'title')!;
    expect(line.title.slice(titleEvidence.start, titleEvidence.end)).toBe(titleEvidence.text);
  });

  it('says clearly when a page has no posting or no URL', () => {
    const out = run('tests/fixtures/pages/README.md');
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/no canonical URL|no job posting/);
  });
});
