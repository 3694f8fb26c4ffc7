// Every adapter against its hand-made fixture(s) (tests/fixtures/boards/, see the
// README there: NOT real pages). Real pages are covered by ../corpus-pages.test.ts.
import { describe, expect, test } from 'vitest';
import type { Posting } from '../../model';
import { extract } from '../index';
import { boardFixture, toDocument } from '../test-utils';
import { withoutRating } from './glassdoor';
import { adapterFor, adapters } from './index';
import { parseWorkdayCxs } from './workday';

interface Case {
  board: string;
  file: string;
  url: string;
  expected: Partial<Posting>;
  /** Substrings the description must contain, in order. */
  description: string[];
}

const cases: Case[] = [
  {
    board: 'linkedin', file: 'logged-in.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=llm',
    expected: { url: 'https://www.linkedin.com/jobs/view/4100000001/', board: 'linkedin', title: 'Applied Scientist, LLM', company: 'Acme AI', location: 'Berlin, Germany', salaryText: '€85K/yr - €110K/yr' },
    description: ['About the job', 'We are looking for an Applied Scientist', '- Fine-tune LLMs with RLHF\n- Build evaluation harnesses', '3+ years'],
  },
  {
    board: 'indeed', file: 'viewjob.html', url: 'https://www.indeed.com/viewjob?jk=0123456789abcdef&from=serp',
    expected: { url: 'https://www.indeed.com/viewjob?jk=0123456789abcdef', board: 'indeed', title: 'Machine Learning Engineer', company: 'Gamma Corp', location: 'Austin, TX 78701', salaryText: '$140,000 - $180,000 a year' },
    description: ['About us', '- Train ranking models', 'Requirements: 4+ years in ML.'],
  },
  {
    board: 'greenhouse', file: 'job-boards.html', url: 'https://job-boards.greenhouse.io/epsilonrobotics/jobs/7000001?gh_src=x',
    expected: { url: 'https://job-boards.greenhouse.io/epsilonrobotics/jobs/7000001', board: 'greenhouse', title: 'Research Engineer, Vision', company: 'Epsilon Robotics', location: 'Zurich, Switzerland', salaryText: 'CHF 120,000—CHF 150,000' },
    description: ['About the team', '- Train detection and segmentation models'],
  },
  {
    board: 'lever', file: 'posting.html', url: 'https://jobs.lever.co/zetahealth/0b9c5a3e-1234-4cde-8f00-123456789abc?lever-source=LinkedIn',
    expected: { url: 'https://jobs.lever.co/zetahealth/0b9c5a3e-1234-4cde-8f00-123456789abc', board: 'lever', title: 'Senior ML Engineer, Clinical NLP', company: 'Zeta Health', location: 'New York, NY', salaryText: '$170,000 - $210,000 a year' },
    description: ['Zeta Health builds language models', "What you'll do", '- Fine-tune transformer models', 'equal opportunity employer'],
  },
  {
    board: 'ashby', file: 'app-data.html', url: 'https://jobs.ashbyhq.com/etadata/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b',
    expected: { url: 'https://jobs.ashbyhq.com/etadata/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b', board: 'ashby', title: 'Staff ML Platform Engineer', company: 'Eta Data', location: 'Remote - US', salaryText: '$200K – $250K', datePosted: '2026-05-01' },
    description: ['About Eta', '- Own Kubernetes-based training infrastructure'],
  },
  {
    board: 'ashby', file: 'rendered.html', url: 'https://jobs.ashbyhq.com/etadata/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b/application',
    expected: { url: 'https://jobs.ashbyhq.com/etadata/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b', board: 'ashby', title: 'Staff ML Platform Engineer', company: 'Eta Data', location: 'Remote - US' },
    description: ['We run the feature store', '- Own Kubernetes'],
  },
  {
    board: 'workday', file: 'rendered.html', url: 'https://theta.wd1.myworkdayjobs.com/en-US/Careers/job/USA-CA-San-Diego/Senior-Data-Scientist_R-12345',
    expected: { url: 'https://theta.wd1.myworkdayjobs.com/Careers/job/USA-CA-San-Diego/Senior-Data-Scientist_R-12345', board: 'workday', title: 'Senior Data Scientist', company: 'Theta Systems', location: 'USA CA San Diego; USA TX Austin', datePosted: null },
    description: ['Job Description', 'Build forecasting models', '- 5+ years with Python and SQL'],
  },
  {
    board: 'smartrecruiters', file: 'posting.html', url: 'https://jobs.smartrecruiters.com/IotaMobility/744000099999999-computer-vision-engineer',
    expected: { url: 'https://jobs.smartrecruiters.com/IotaMobility/744000099999999', board: 'smartrecruiters', title: 'Computer Vision Engineer', company: 'Iota Mobility', location: 'Munich, BY, DE', datePosted: '2026-04-02' },
    description: ['Company Description', 'Iota builds driver assistance systems.', '- Develop perception models'],
  },
  {
    board: 'workable', file: 'posting.html', url: 'https://apply.workable.com/kappa-labs/j/1A2B3C4D5E/',
    expected: { url: 'https://apply.workable.com/kappa-labs/j/1A2B3C4D5E/', board: 'workable', title: 'NLP Engineer', company: 'Kappa Labs', location: 'Athens, Attica, Greece', salaryText: '€45,000 - €60,000' },
    description: ['Description', 'legal documents', 'Requirements', '- Experience with transformers', 'Benefits', '- Remote-friendly'],
  },
  {
    board: 'glassdoor', file: 'listing.html', url: 'https://www.glassdoor.com/job-listing/data-scientist-acme-analytics-JV_IC1128808_KO0,14_KE15,29.htm?jl=1009000000002',
    expected: { url: 'https://www.glassdoor.com/job-listing/j?jl=1009000000002', board: 'glassdoor', title: 'Data Scientist', company: 'Acme Analytics', location: 'Chicago, IL', salaryText: '$95K - $130K (Employer provided)' },
    description: ['churn models', '- 2+ years of experience'],
  },
  {
    board: 'wellfound', file: 'job.html', url: 'https://wellfound.com/jobs/3012345-machine-learning-engineer',
    expected: { url: 'https://wellfound.com/jobs/3012345', board: 'wellfound', title: 'Machine Learning Engineer', company: 'Lambda Startup', location: 'Remote', salaryText: '$150k – $190k • 0.5% – 1.0%' },
    description: ['AI copilot for accountants', '- 2+ years shipping ML'],
  },
  {
    board: 'builtin', file: 'job.html', url: 'https://builtin.com/job/senior-ai-engineer/3012345?utm_source=feed',
    expected: { url: 'https://builtin.com/job/senior-ai-engineer/3012345', board: 'builtin', title: 'Senior AI Engineer', company: 'Mu Fintech', location: 'New York, NY, USA', salaryText: 'USD 180000–220000 per YEAR', datePosted: '2026-03-10' },
    description: ['large language models to automate underwriting', '- Build RAG pipelines'],
  },
  {
    board: 'seek', file: 'salary.html', url: 'https://www.seek.com.au/job/90000001?ref=search',
    expected: { url: 'https://www.seek.com.au/job/90000001', board: 'seek', title: 'Data Scientist', company: 'Nu Insurance', location: 'Sydney NSW', salaryText: '$130,000 – $150,000 per year' },
    description: ['pricing models', '- GLMs and gradient boosting'],
  },
  {
    board: 'jobindex', file: 'hosted-ad.html', url: 'https://www.jobindex.dk/jobannonce/h1500001/machine-learning-engineer',
    expected: { url: 'https://www.jobindex.dk/jobannonce/h1500001', board: 'jobindex', title: 'Machine Learning Engineer', company: 'Rho Energi A/S' },
    description: ['forecast wind power production', '\n\nYou will build forecasting models', '2+ years of experience'],
  },
];

describe.each(cases)('$board/$file (hand-made fixture)', ({ board, file, url, expected, description }) => {
  const posting = extract(boardFixture(board, file), new URL(url));
  test('fields', () => {
    expect(posting).toMatchObject(expected);
  });
  test('description keeps paragraphs and list items, no HTML', () => {
    let from = 0;
    for (const part of description) {
      const at = posting!.description.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
    expect(posting!.description).not.toMatch(/<[a-z/]/i);
  });
});

test('every adapter is proven by at least one fixture (real pages count: seek-1, jobindex-1 in corpus-pages.test.ts)', () => {
  const proven = new Set(cases.map((c) => c.board));
  for (const adapter of adapters) expect(proven.has(adapter.id), adapter.id).toBe(true);
});

test('adapter ids are unique and registry lookup works', () => {
  expect(new Set(adapters.map((a) => a.id)).size).toBe(adapters.length);
  expect(adapterFor(new URL('https://jobs.lever.co/x/0b9c5a3e-1234-4cde-8f00-123456789abc'))?.id).toBe('lever');
  expect(adapterFor(new URL('https://example.com/jobs/1'))).toBeNull();
});

test('a board page without a posting gives null (no generic fallback unless asked)', () => {
  const doc = boardFixture('linkedin', 'logged-in-list.html');
  expect(extract(doc, new URL('https://www.linkedin.com/jobs/search/?keywords=ml'))).toBeNull();
});

test.each([
  ['Acme Analytics4.1', 'Acme Analytics'],
  ['Acme Analytics 4.1 ★', 'Acme Analytics'],
  ['Acme Analytics ★', 'Acme Analytics'],
  ['Studio 9', 'Studio 9'],
  ['Studio 9 3.8★', 'Studio 9'],
  ['Area 51', 'Area 51'],
])('Glassdoor employer rating is cut, a name ending in a digit is kept: %s', (shown, company) => {
  expect(withoutRating(shown)).toBe(company);
});

// Markup seen on real saved pages (cut down; the text paraphrased): what the adapters must leave out or read.
describe('real-page markup details', () => {
  const read = (html: string, url: string) => extract(toDocument(html), new URL(url));

  test('SmartRecruiters: the description, not the link disclaimer and apply button beside it; the camelCase location', () => {
    const posting = read(`<h1 class="job-title">Solutions Engineer</h1>
      <ul class="job-details"><li><spl-job-location formattedAddress="Santa Clara, California, United States"></spl-job-location></li><li class="job-detail">Full-time</li></ul>
      <div class="job-sections"><div itemprop="description"><p>Build LLM applications across backend, data and UI for enterprise customers.</p></div>
      <section><div class="video-disclaimer"><p>By clicking the link above you are leaving this site.</p></div></section>
      <section class="job-apply"><a class="button">I'm interested</a></section></div>`, 'https://jobs.smartrecruiters.com/Acme/744000154154044-solutions-engineer');
    expect(posting?.description).toBe('Build LLM applications across backend, data and UI for enterprise customers.');
    expect(posting?.location).toBe('Santa Clara, California, United States');
  });

  test("Lever: the AI-use notice is not the job's text", () => {
    const posting = read(`<div class="content"><div class="section page-centered posting-header"><div class="posting-headline"><h2>Frontend Engineer</h2></div><a class="postings-btn">Apply</a></div>
      <div class="section page-centered" data-qa="job-description"><p>We build network tools for cloud connectivity at global scale.</p></div>
      <div class="section page-centered" data-qa="ai-disclaimer"><p>We may use AI tools to assist our recruitment process.</p></div></div>`,
    'https://jobs.lever.co/acme/530b1eda-1234-4cde-8f00-123456789abc');
    expect(posting?.description).toBe('We build network tools for cloud connectivity at global scale.');
  });

  test("Greenhouse on a careers site: the job description, not the site's own <main id=\"content\"> header", () => {
    const posting = read(`<main id="content"><div class="page-header"><span>Business Development</span><h1>Partnership Manager</h1><div>Seoul, Korea<p>Job Id: REQ-1</p></div></div>
      <div class="job-description"><p>The partnerships team builds and runs commercial collaborations with global brands. ${'It plans, negotiates and measures each partnership with the regional teams. '.repeat(3).trim()}</p></div></main>`,
    'https://www.example.com/work-with-us/job/7977844?gh_jid=7977844');
    expect(posting?.description).toMatch(/^The partnerships team builds/);
  });

  test('Workday: the legal entity without its ledger code', () => {
    const json = { jobPostingInfo: { title: 'Test Engineer', jobDescription: '<p>Test boards in our lab.</p>' }, hiringOrganization: { name: 'IL00 Mellanox Technologies, Ltd.' } };
    expect(parseWorkdayCxs(json, new URL('https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/Israel/Test-Engineer_JR1'))?.company).toBe('Mellanox Technologies, Ltd.');
  });
});

describe('a careers page embedding one job\'s application form', () => {
  const body = `<h1>Partnership Manager</h1><div class="job-description">${'<p>The partnerships team builds and runs commercial collaborations with global brands, and measures each one with the regional teams.</p>'.repeat(3)}</div>`;
  const embed = '<div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>';

  test('on a single job\'s URL is read as a posting', () => {
    const posting = extract(toDocument(body + embed), new URL('https://www.acme.com/en/work-with-us/job/7977844'));
    expect(posting?.title).toBe('Partnership Manager');
    expect(posting?.description).toMatch(/^The partnerships team/);
  });
  test.each([
    ['a careers list with the same embed', body + embed, 'https://www.acme.com/careers'],
    ['a job URL without any embed', body, 'https://www.acme.com/en/work-with-us/job/7977844'],
  ])('%s is not', (_name, html, url) => {
    expect(extract(toDocument(html), new URL(url))).toBeNull();
  });
});
