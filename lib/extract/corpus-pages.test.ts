// The real saved pages of the shared corpus (../shared/corpus/pages or
// $MLJL_CORPUS/pages), read in place — never copied into the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORPUS_MISSING, corpusDir } from '../cli/corpus';
import type { Posting } from '../model';
import { findJobCards, isListPage } from './cards';
import { parseWorkdayCxs } from './boards/workday';
import { fingerprint } from './fingerprint';
import { extract } from './index';
import { toDocument } from './test-utils';

const dir = corpusDir();
const pagesDir = dir ? join(dir, 'pages') : '';
if (!dir) console.warn(`lib/extract/corpus-pages.test.ts: ${CORPUS_MISSING}`);

interface PageMeta { file: string; url: string; title: string; company: string | null; kind?: string }
const meta = (file: string): PageMeta => {
  const lines = readFileSync(join(pagesDir, 'pages.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l) => JSON.parse(l) as PageMeta).find((p) => p.file === file)!;
};
const read = (file: string) => readFileSync(join(pagesDir, file), 'utf8');
const extractPage = (file: string): Posting | null => extract(toDocument(read(file)), new URL(meta(file).url));

interface PostingCase {
  file: string;
  expected: Partial<Posting>;
  descriptionChars: [number, number];
}

const postingPages: PostingCase[] = [
  {
    file: 'linkedin-1.html', descriptionChars: [3000, 5000],
    expected: { board: 'linkedin', url: 'https://www.linkedin.com/jobs/view/4411867124/', title: 'Senior Software Engineer - Developer Experience', company: 'Heidi', location: 'Melbourne, Victoria, Australia', salaryText: null },
  },
  {
    file: 'linkedin-3.html', descriptionChars: [6000, 9000],
    expected: { board: 'linkedin', url: 'https://www.linkedin.com/jobs/view/4053542511/', title: 'Machine Learning Systems Engineer, RL Engineering', company: 'Anthropic', location: 'Seattle, WA', salaryText: '$300,000.00/yr - $425,000.00/yr' },
  },
  {
    file: 'greenhouse-1.html', descriptionChars: [6000, 9000],
    expected: { board: 'greenhouse', url: 'https://job-boards.greenhouse.io/anthropic/jobs/4182383008', title: 'Machine Learning Systems Engineer, RL Engineering', company: 'Anthropic', location: 'San Francisco Bay Area, California, United States', salaryText: '$300,000—$425,000 USD', datePosted: '2024-10-18' },
  },
  {
    file: 'seek-1.html', descriptionChars: [1800, 3000],
    expected: { board: 'seek', url: 'https://au.seek.com/job/93856863', title: 'Senior Platform Engineer | Remote | Australia', company: 'iterate', location: 'Melbourne VIC (Remote)', salaryText: null, datePosted: '2026-08-09T09:19:39.818Z' },
  },
  {
    file: 'jobindex-1.html', descriptionChars: [4000, 6500],
    expected: { board: 'jobindex', url: 'https://www.jobindex.dk/jobannonce/r12800344', title: 'Pilot Scientist for Purification', company: 'Novo Nordisk A/S', location: '2880 Bagsværd', salaryText: null, datePosted: '2024-10-18' },
  },
];

describe.skipIf(!dir)('real posting pages', () => {
  describe.each(postingPages)('$file', ({ file, expected, descriptionChars: [min, max] }) => {
    // Read at collection time only where the corpus is there (skipped suites are still collected).
    const posting = dir ? extractPage(file) : null;
    test('title, company, location, canonical URL', () => {
      expect(posting).toMatchObject(expected);
      expect(posting!.title).toBe(meta(file).title);
      expect(posting!.company).toBe(meta(file).company);
    });
    test(`description is ${min}–${max} chars of plain text with paragraphs`, () => {
      const text = posting!.description;
      expect(text.length).toBeGreaterThanOrEqual(min);
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text).toContain('\n\n');
      expect(text).not.toMatch(/<\/?[a-z][^>]*>|&(amp|lt|gt|nbsp|#\d+);/i);
      expect(text).not.toMatch(/\n{3,}|[ \t]{2,}/);
      expect(isListPage(toDocument(read(file)), new URL(meta(file).url))).toBe(false);
    });
  });

  test('the same Anthropic job on Greenhouse and on LinkedIn has one fingerprint', () => {
    expect(fingerprint(extractPage('greenhouse-1.html')!)).toBe(fingerprint(extractPage('linkedin-3.html')!));
    expect(fingerprint(extractPage('greenhouse-1.html')!)).not.toBe(fingerprint(extractPage('linkedin-1.html')!));
  });

  test('greenhouse-1 lists as bullets and keeps the intro its JSON-LD leaves out', () => {
    const text = extractPage('greenhouse-1.html')!.description;
    expect(text.startsWith('About Anthropic')).toBe(true);
    expect(text).toContain('\n- Have 2+ years of software engineering experience\n- Like working on systems');
  });

  test('workday-1.json (CXS API JSON) via parseWorkdayCxs', () => {
    const apiUrl = new URL(meta('workday-1.json').url);
    const posting = parseWorkdayCxs(JSON.parse(read('workday-1.json')), apiUrl);
    expect(posting).toMatchObject({
      board: 'workday', title: 'Data Engineer', company: 'GD Information Technology, Inc.', location: 'USA DC Washington',
      url: 'https://gdit.wd5.myworkdayjobs.com/External_Career_Site/job/USA-DC-Washington/Data-Engineer_RQ216675',
      datePosted: '2026-07-07', salaryText: null,
    });
    expect(posting!.description.length).toBeGreaterThan(5000);
    expect(posting!.description.length).toBeLessThan(7500);
    expect(posting!.description).not.toMatch(/<\/?[a-z]/i);
    expect(parseWorkdayCxs({ nope: true }, apiUrl)).toBeNull();
  });
});

const listPages = [
  { file: 'indeed-2.html', count: 10, title: 'Nike Full Time Athlete (Sales Associate)', company: 'NIKE INC', url: 'https://www.indeed.co.uk/viewjob?jk=a4ef50c446e8cc33' },
  { file: 'linkedin-4.html', count: 58, title: 'Python Test Engineer', company: 'Infosys', url: 'https://www.linkedin.com/jobs/view/4433468870/' },
  { file: 'linkedin-6.html', count: 60, title: 'Python Developer', company: 'Open Systems Technologies', url: 'https://www.linkedin.com/jobs/view/3952273769/' },
];

describe.skipIf(!dir)('real list pages', () => {
  test.each(listPages)('$file: $count cards, first "$title"', ({ file, count, title, company, url }) => {
    const doc = toDocument(read(file));
    const pageUrl = new URL(meta(file).url);
    const cards = findJobCards(doc, pageUrl);
    expect(cards).toHaveLength(count);
    expect(cards[0]).toMatchObject({ title, company, url });
    expect(new Set(cards.map((c) => c.url)).size).toBe(count);
    expect(isListPage(doc, pageUrl)).toBe(true);
    expect(extract(doc, pageUrl)).toBeNull();
  });
});
