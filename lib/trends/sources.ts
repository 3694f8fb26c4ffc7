// The documents the trend signals come from. Each fact in the catalogue cites
// one or more of these by id, so a reader can check the claim at its source.
import { z } from 'zod';

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Author or publisher, as the document gives it. */
  author: z.string().min(1),
  /** As precise as the document states it: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** True where the document presents one person's view rather than data. */
  opinion: z.boolean(),
  note: z.string(),
});
export type Source = z.infer<typeof SourceSchema>;

// Static data, checked against SourceSchema by catalogue.test.ts rather than parsed on
// every page load.
export const SOURCES: readonly Source[] = [
  {
    id: 'hiring-trends-2025',
    title: "2025's Career and Hiring Trends - part 2",
    author: 'personal blog (author not named)',
    date: '2025-02-17',
    opinion: true,
    note: 'Blog post built on a conversation with an engineer about AutoML and LLMs at Google; a view, not survey data.',
  },
  {
    id: 'mlg-mla-030',
    title: 'MLA 030 AI Job Displacement & ML Careers',
    author: 'Machine Learning Guide podcast (OCDevel)',
    date: '2025',
    opinion: false,
    note: 'Episode notes quoting market figures (demand, salaries, job ratios) and listing technical priorities.',
  },
  {
    id: 'shah-2020',
    title: 'The Problem With Machine Learning And Data Science Jobs',
    author: 'Jinay Shah',
    date: '2020-11-22',
    opinion: true,
    note: 'Personal opinion; the author says he has no data to back it.',
  },
  {
    id: 'mendoza-2025',
    title: 'Untitled article: ML engineers writing fewer models from scratch',
    author: 'edited by Dr. Carlos Mendoza',
    date: '2025',
    opinion: false,
    note: 'Summarises practitioners\u2019 forum comments; the 70% figure is an estimate attributed to experts.',
  },
  {
    id: 'tds-2020',
    title: 'ML Engineering: past and current industry trends, open-source and what the future looks like',
    author: 'Towards Data Science',
    date: '2020',
    opinion: true,
    note: 'An ML engineer\u2019s account of hiring trends in the US and advice to students.',
  },
];

export const SOURCE_IDS = new Set(SOURCES.map((s) => s.id));

export function sourceById(id: string): Source | undefined {
  return SOURCES.find((s) => s.id === id);
}
