import { describe, expect, test } from 'vitest';
import { PostingSchema } from '../model';
import { extract, extractAll } from './index';
import { boardFixture, toDocument } from './test-utils';

describe('extract', () => {
  test('generic heuristic only when asked', () => {
    const doc = boardFixture('generic', 'careers.html');
    const url = new URL('https://careers.xi-audio.example/jobs/speech-scientist?utm_source=x');
    expect(extract(doc, url)).toBeNull();
    const posting = extract(doc, url, { generic: true });
    expect(posting).toMatchObject({
      board: 'generic', title: 'Research Scientist, Speech', company: 'Xi Audio', location: null, salaryText: null,
      url: 'https://careers.xi-audio.example/jobs/speech-scientist',
    });
    expect(posting!.description).toContain('Xi Audio builds speech recognition');
    expect(posting!.description).toContain('- PhD or equivalent experience');
    expect(posting!.description).not.toContain('All rights reserved');
  });

  test('layers merge: JSON-LD wins, the board adapter fills gaps', () => {
    const doc = toDocument(`<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"LD Title","description":"<p>The description from structured data, long enough.</p>"}</script></head>
      <body><h1 class="app-title">DOM Title</h1><span class="company-name">at Acme</span><div id="header"><div class="location">Remote</div></div><div id="content"><p>DOM text</p></div></body></html>`);
    const posting = extract(doc, new URL('https://boards.greenhouse.io/acme/jobs/123'));
    expect(posting).toMatchObject({ board: 'greenhouse', title: 'LD Title', company: 'Acme', location: 'Remote', description: 'The description from structured data, long enough.' });
  });

  test("LinkedIn's guest job fragment is a posting page: the generic reading is its fallback", () => {
    const html = `<section><h1>Deep Learning Engineer</h1><div class="unknown-new-layout"><p>${'Train and ship vision models for our robots. '.repeat(12)}</p>
      <ul><li>3+ years of PyTorch</li><li>Experience deploying models to edge devices</li></ul></div></section>`;
    const posting = extract(toDocument(html), new URL('https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4053542511'));
    expect(posting).toMatchObject({ board: 'linkedin', url: 'https://www.linkedin.com/jobs/view/4053542511/' });
    expect(posting!.description).toContain('3+ years of PyTorch');
  });

  test('a salary slot without a figure is not a salary', () => {
    const doc = toDocument('<h1 data-testid="jobsearch-JobInfoHeader-title">ML Engineer</h1><div id="salaryInfoAndJobType"><span>Full-time</span></div><div id="jobDescriptionText"><p>Build and ship machine learning systems.</p></div>');
    expect(extract(doc, new URL('https://www.indeed.com/viewjob?jk=0123456789abcdef'))?.salaryText).toBeNull();
  });

  test.each([
    ['empty document', ''],
    ['title only', '<h1 class="top-card-layout__title">Role</h1>'],
    ['junk', '<<<>>><script type="application/ld+json">{{{{</script><div itemscope itemtype="x/JobPosting"></div>'],
  ])('no posting → null: %s', (_name, html) => {
    expect(extract(toDocument(html), new URL('https://www.linkedin.com/jobs/view/123456789/'))).toBeNull();
  });

  test('output always satisfies PostingSchema', () => {
    const huge = 'x'.repeat(3_000_000);
    const doc = toDocument(`<h1 class="top-card-layout__title">${'T'.repeat(5000)}</h1><div class="show-more-less-html__markup">${huge}</div>`);
    const posting = extract(doc, new URL('https://www.linkedin.com/jobs/view/123456789/'));
    expect(PostingSchema.safeParse(posting).success).toBe(true);
    expect(posting!.title.length).toBe(1000);
  });

  test('__NEXT_DATA__ on an unknown site is read as embedded data', () => {
    const description = 'Train and deploy ranking models for our marketplace. '.repeat(5);
    const doc = toDocument(`<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"job":{"title":"Ranking Engineer","description":"${description}","companyName":"Pi Market","location":{"name":"Lisbon"}}}}}</script>`);
    expect(extract(doc, new URL('https://jobs.pi.example/ranking'))).toMatchObject({
      board: 'embedded', title: 'Ranking Engineer', company: 'Pi Market', location: 'Lisbon',
    });
  });

  test('window state (Greenhouse-style __remixContext with escaped HTML) fills a board page', () => {
    const content = '&lt;p&gt;We build retrieval systems for scientific papers and need an engineer to own ranking.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;&lt;li&gt;Search relevance&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Join a small team that ships every week and learns from users every day.&lt;/p&gt;';
    const doc = toDocument(`<div id="root"></div><script>window.__remixContext = {"state":{"loaderData":{"routes/job":{"jobPost":{"title":"Search Engineer","content":"${content}","company_name":"Sigma Science","job_post_location":"Remote, EU"}}}}};</script>`);
    expect(extract(doc, new URL('https://job-boards.greenhouse.io/sigma/jobs/5000001'))).toMatchObject({
      board: 'greenhouse', title: 'Search Engineer', company: 'Sigma Science', location: 'Remote, EU',
      url: 'https://job-boards.greenhouse.io/sigma/jobs/5000001',
      description: expect.stringContaining('ranking.\n\n- Python\n- Search relevance\n\nJoin'),
    });
  });

  test('extractAll: one posting per JSON-LD posting on a list page; extract() still gives one', () => {
    const job = (title: string, path: string) => `{"@type":"JobPosting","title":"${title}","url":"${path}","description":"<p>Train and ship ranking models for ${title}.</p>"}`;
    const doc = toDocument(`<title>Open roles</title><script type="application/ld+json">[${job('Data Scientist', '/jobs/1?utm_source=x')},${job('ML Engineer', '/jobs/2')}]</script>`);
    const list = new URL('https://careers.acme.example/jobs');
    expect(extractAll(doc, list).map((p) => [p.board, p.url, p.title])).toEqual([
      ['jsonld', 'https://careers.acme.example/jobs/1', 'Data Scientist'],
      ['jsonld', 'https://careers.acme.example/jobs/2', 'ML Engineer'],
    ]);
    expect(extract(doc, list)?.title).toBe('Data Scientist');
    expect(extractAll(doc, new URL('https://careers.acme.example/jobs/2')).map((p) => p.title)).toEqual(['ML Engineer']);
  });
});
