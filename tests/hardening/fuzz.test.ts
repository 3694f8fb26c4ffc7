// Property-based fuzzing of the pure pipeline: random and mutated real pages,
// broken JSON-LD, deep and huge JSON, 1 MB descriptions and odd Unicode through
// extract(), classify() and analyze(). Seeded, so every run checks the same cases;
// a failure prints the seed, path and the shrunk counterexample.
// Time bounds are measured by `npm run fuzz` (lib/cli/fuzz.ts), not asserted here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING } from '../../lib/cli/corpus';
import { classify } from '../../lib/classify';
import { extract } from '../../lib/extract';
import { PostingSchema } from '../../lib/model';
import { analyze, analyzePosting } from '../../lib/pipeline';
import {
  analysisProblems, classificationProblems, classifyInput, corpusHtmlPages, extremePages, FIXTURE_HTML, FIXTURE_URL,
  noThrow, ODD_CHARS, pageCase, type PageCase, soup, toDocument,
} from '../../lib/testing/fuzz';

const SEED = 42;
const corpus = corpusHtmlPages();

/**
 * analyze() (= extract() then classify()) on one page: never throws, and whatever
 * comes out validates (posting limits, labels, evidence offsets into the posting).
 */
function pageProblems(page: PageCase): string[] {
  const doc = noThrow('parseHTML', () => toDocument(page.html));
  if (!doc.value) return []; // linkedom itself gave up: not our code
  const analysis = noThrow('analyze', () => analyze(doc.value!, new URL(page.url), { generic: page.generic }));
  if (analysis.problems.length) return analysis.problems;
  if (!analysis.value) return page.expectPosting ? ['no posting found on a page that plainly has one'] : [];
  if (!analysis.value.posting.title.trim()) return ['a posting without a title'];
  return analysisProblems(analysis.value);
}

describe('fuzz: classify()', () => {
  it('never throws; labels, schema and evidence offsets hold on random postings (400 cases)', () => {
    fc.assert(fc.property(classifyInput(20_000), ({ value }) => {
      const result = noThrow('classify', () => classify(value));
      const problems = result.value ? classificationProblems(result.value, value) : result.problems;
      expect(problems).toEqual([]);
    }), { seed: SEED, numRuns: 400 });
  });

  it('odd Unicode around real cues keeps offsets exact (200 cases)', () => {
    const cue = fc.constantFrom('Senior ML Engineer', '5+ years of experience', '$150,000 - $200,000 per year', 'MLOps on Kubernetes', 'fraud detection in finance');
    const odd = fc.array(fc.constantFrom(...ODD_CHARS), { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(fc.tuple(odd, cue), { minLength: 1, maxLength: 12 }), odd, (pairs, tail) => {
      const description = pairs.map(([o, c]) => `${o}${c}${o}`).join('\n') + tail;
      const input = { title: `${pairs[0]![0]}${pairs[0]![1]}`, description, salaryText: pairs.find(([, c]) => c.startsWith('$'))?.[1] ?? null };
      const result = noThrow('classify', () => classify(input));
      expect(result.value ? classificationProblems(result.value, input) : result.problems).toEqual([]);
    }), { seed: SEED, numRuns: 200 });
  });

  it('1 MB descriptions are classified with valid output', () => {
    const MB = 1_000_000;
    for (const description of ['5+ years of experience '.repeat(MB / 23), ' '.repeat(MB) + 'Senior', '$1,'.repeat(MB / 3), 'a-'.repeat(MB / 2), `${ODD_CHARS.join('')}MLOps `.repeat(MB / 100)]) {
      const input = { title: 'Machine Learning Engineer', description, salaryText: '$1,'.repeat(300) };
      const result = noThrow('classify', () => classify(input));
      expect(result.value ? classificationProblems(result.value, input) : result.problems).toEqual([]);
    }
  });
});

describe('fuzz: extract() and analyze() on pages', () => {
  it('the unmutated fixture yields a valid analysis (the checks below can see one)', () => {
    const a = analyze(toDocument(FIXTURE_HTML), new URL(FIXTURE_URL));
    expect(a).not.toBeNull();
    expect(analysisProblems(a)).toEqual([]);
    expect(a!.classification.years?.evidence.length).toBeGreaterThan(0);
  });

  it('extract() on random JSON-LD (wrong types, broken syntax) never throws and stays within PostingSchema (150 cases)', () => {
    fc.assert(fc.property(pageCase(), (page) => {
      const posting = noThrow('extract', () => extract(toDocument(page.html), new URL(page.url), { generic: page.generic }));
      expect(posting.problems).toEqual([]);
      if (posting.value) expect(PostingSchema.safeParse(posting.value).success).toBe(true);
    }), { seed: SEED + 1, numRuns: 150 });
  });

  it('analyze() on random JSON-LD and mutated fixture pages (200 cases)', () => {
    fc.assert(fc.property(pageCase(), (page) => { expect(pageProblems(page)).toEqual([]); }), { seed: SEED, numRuns: 200 });
  });

  it.skipIf(corpus.length === 0)(`mutated real corpus pages (12 cases)${corpus.length === 0 ? ` — SKIPPED: ${CORPUS_MISSING}` : ''}`, () => {
    const onlyCorpus = pageCase(corpus).filter((p) => p.what.startsWith('corpus'));
    fc.assert(fc.property(onlyCorpus, (page) => { expect(pageProblems(page)).toEqual([]); }), { seed: SEED, numRuns: 12 });
  });

  it.each(extremePages().map((p) => [p.what, p] as const))('%s', (_what, page) => {
    expect(pageProblems(page)).toEqual([]);
  });

  it('a posting with soup in every field analyses to a valid record (200 cases)', () => {
    const field = (max: number) => soup(max);
    fc.assert(fc.property(field(8), field(60), fc.option(field(4), { nil: null }), fc.option(field(4), { nil: null }), fc.option(field(4), { nil: null }),
      (title, description, company, location, salaryText) => {
        // Within PostingSchema's limits, as extract() guarantees.
        const posting = {
          url: FIXTURE_URL, board: 'greenhouse', title: title.slice(0, 1000), description,
          company: company?.slice(0, 1000) ?? null, location: location?.slice(0, 2000) ?? null, salaryText: salaryText?.slice(0, 1000) ?? null, datePosted: null,
        };
        const result = noThrow('analyzePosting', () => analyzePosting(posting));
        expect(result.value ? analysisProblems(result.value) : result.problems).toEqual([]);
      }), { seed: SEED, numRuns: 200 });
  });
});

describe('the invariant checks can fail', () => {
  it('catches a wrong offset, a bad label and a schema break', () => {
    const input = { title: 'Senior ML Engineer', description: '5+ years of experience' };
    const good = classify(input);
    expect(classificationProblems(good, input)).toEqual([]);
    const shifted = structuredClone(good);
    shifted.level.evidence = [{ text: 'Senior', start: 1, end: 7, field: 'title' }];
    expect(classificationProblems(shifted, input).join()).toMatch(/slice/);
    const outside = structuredClone(good);
    outside.work.evidence = [{ text: 'x', start: 90, end: 91, field: 'description' }];
    expect(classificationProblems(outside, input).join()).toMatch(/outside/);
    const label = structuredClone(good) as unknown as { work: { label: string } };
    label.work.label = 'vibes';
    expect(classificationProblems(label as never, input).join()).toMatch(/schema|work label/);
    expect(analysisProblems({ posting: {}, fingerprint: 'x' })).not.toEqual([]);
  });
});
