import { describe, expect, test } from 'vitest';
import * as canonical from './canonical';
import { canonicalUrl, getUrlTests, stripTracking } from './canonical';
import { toDocument } from './test-utils';

describe('URL predicates (github-url-detection style: each lists the URLs that prove it)', () => {
  const predicates = Object.entries(canonical).filter(([name, value]) => /^is[A-Z]/.test(name) && typeof value === 'function');
  test('every exported predicate has test URLs', () => {
    expect(predicates.length).toBeGreaterThanOrEqual(13);
    for (const [name] of predicates) expect(getUrlTests().get(name), name).toBeTruthy();
  });
  for (const [name, urls] of getUrlTests()) {
    test.each(urls)(`${name} %s`, (url) => {
      const predicate = (canonical as unknown as Record<string, (u: URL) => boolean>)[name]!;
      expect(predicate(new URL(url))).toBe(true);
    });
  }
  test('predicates do not match other boards', () => {
    const others = [...getUrlTests()];
    for (const [name] of others) {
      const predicate = (canonical as unknown as Record<string, (u: URL) => boolean>)[name]!;
      for (const [otherName, urls] of others) {
        if (otherName === name || (name === 'isGreenhouse' || otherName === 'isGreenhouse')) continue;
        for (const url of urls) expect(predicate(new URL(url)), `${name} vs ${url}`).toBe(false);
      }
    }
  });
});

describe('canonicalUrl', () => {
  test.each([
    // LinkedIn: every country subdomain, slug form, currentJobId, collections → one form
    ['https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124', 'https://www.linkedin.com/jobs/view/4411867124/'],
    ['https://www.linkedin.com/jobs/view/4053542511/?refId=abc&trackingId=def&trk=public_jobs', 'https://www.linkedin.com/jobs/view/4053542511/'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4053542511&keywords=ml&geoId=1', 'https://www.linkedin.com/jobs/view/4053542511/'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4053542511', 'https://www.linkedin.com/jobs/view/4053542511/'],
    ['https://in.linkedin.com/jobs/view/python-test-engineer-at-infosys-4433468870?position=1&pageNum=0', 'https://www.linkedin.com/jobs/view/4433468870/'],
    // Indeed: jk or vjk, host kept
    ['https://www.indeed.com/viewjob?jk=A4EF50C446E8CC33&from=serp&vjs=3', 'https://www.indeed.com/viewjob?jk=a4ef50c446e8cc33'],
    ['https://uk.indeed.com/jobs?q=ml&l=London&vjk=a4ef50c446e8cc33', 'https://uk.indeed.com/viewjob?jk=a4ef50c446e8cc33'],
    ['https://www.indeed.co.uk/rc/clk?jk=a4ef50c446e8cc33&fccid=2c62e4de04b8f952', 'https://www.indeed.co.uk/viewjob?jk=a4ef50c446e8cc33'],
    // Greenhouse: boards., job-boards., embed, gh_jid → job-boards form
    ['https://boards.greenhouse.io/anthropic/jobs/4182383008?gh_src=abc#app', 'https://job-boards.greenhouse.io/anthropic/jobs/4182383008'],
    ['https://job-boards.greenhouse.io/anthropic/jobs/4182383008', 'https://job-boards.greenhouse.io/anthropic/jobs/4182383008'],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=4000001', 'https://job-boards.greenhouse.io/acme/jobs/4000001'],
    ['https://boards.greenhouse.io/acme?gh_jid=4000001', 'https://job-boards.greenhouse.io/acme/jobs/4000001'],
    ['https://boards.eu.greenhouse.io/acme/jobs/4000001', 'https://job-boards.eu.greenhouse.io/acme/jobs/4000001'],
    ['https://www.example.com/careers/job?gh_jid=4000001&utm_source=li', 'https://www.example.com/careers/job?gh_jid=4000001'],
    // Lever, Ashby
    ['https://jobs.lever.co/acme/0B9C5A3E-1234-4cde-8f00-123456789abc/apply?lever-source=LinkedIn', 'https://jobs.lever.co/acme/0b9c5a3e-1234-4cde-8f00-123456789abc'],
    ['https://jobs.ashbyhq.com/acme/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b/application?utm_source=x', 'https://jobs.ashbyhq.com/acme/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b'],
    // Workday: locale, /apply and the CXS API path collapse to the page
    ['https://gdit.wd5.myworkdayjobs.com/en-US/External_Career_Site/job/USA-DC-Washington/Data-Engineer_RQ216675/apply?source=LinkedIn', 'https://gdit.wd5.myworkdayjobs.com/External_Career_Site/job/USA-DC-Washington/Data-Engineer_RQ216675'],
    ['https://gdit.wd5.myworkdayjobs.com/wday/cxs/gdit/External_Career_Site/job/USA-DC-Washington/Data-Engineer_RQ216675', 'https://gdit.wd5.myworkdayjobs.com/External_Career_Site/job/USA-DC-Washington/Data-Engineer_RQ216675'],
    // SmartRecruiters, Workable, Glassdoor, Wellfound, SEEK, Jobindex
    ['https://jobs.smartrecruiters.com/Acme/744000012345678-machine-learning-engineer?trid=x', 'https://jobs.smartrecruiters.com/Acme/744000012345678'],
    ['https://apply.workable.com/acme/j/ab12cd34ef/apply/', 'https://apply.workable.com/acme/j/AB12CD34EF/'],
    ['https://www.glassdoor.com/job-listing/ml-engineer-acme-JV_IC1147401_KO0,11_KE12,16.htm?jl=1009000000001&src=GD_JOB_AD', 'https://www.glassdoor.com/job-listing/j?jl=1009000000001'],
    ['https://wellfound.com/company/acme/jobs/3012345-machine-learning-engineer', 'https://wellfound.com/jobs/3012345'],
    ['https://www.seek.com.au/job/93856863?type=standard&ref=search', 'https://www.seek.com.au/job/93856863'],
    ['https://www.seek.co.nz/data-scientist-jobs?jobId=93856863', 'https://www.seek.co.nz/job/93856863'],
    ['https://www.jobindex.dk/jobannonce/R12800344/pilot-scientist-for-purification?lang=en', 'https://www.jobindex.dk/jobannonce/r12800344'],
    // Anything else: tracking and fragment stripped, remaining params sorted
    ['http://careers.example.com/jobs/42?utm_medium=x&b=2&a=1&fbclid=z#top', 'https://careers.example.com/jobs/42?a=1&b=2'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(new URL(input))).toBe(expected);
  });

  test('falls back to <link rel=canonical> on the same site, ignores other sites', () => {
    const same = toDocument('<link rel="canonical" href="/jobs/42-ml-engineer">');
    expect(canonicalUrl(new URL('https://careers.example.com/apply?session=1'), same)).toBe('https://careers.example.com/jobs/42-ml-engineer');
    const other = toDocument('<meta property="og:url" content="https://evil.example.org/x">');
    expect(canonicalUrl(new URL('https://careers.example.com/jobs/42?utm_source=a'), other)).toBe('https://careers.example.com/jobs/42');
  });

  test('board URL that does not name the job: the declared canonical is run through the board rule', () => {
    const doc = toDocument('<link rel="canonical" href="https://au.linkedin.com/jobs/view/some-role-at-acme-4411867124">');
    expect(canonicalUrl(new URL('https://www.linkedin.com/jobs/view/'), doc)).toBe('https://www.linkedin.com/jobs/view/4411867124/');
  });

  test('Greenhouse gh_jid on a company site uses the embedded board token', () => {
    const doc = toDocument('<script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>');
    expect(canonicalUrl(new URL('https://acme.com/careers?gh_jid=4000001'), doc)).toBe('https://job-boards.greenhouse.io/acme/jobs/4000001');
  });

  test('stripTracking keeps meaningful params', () => {
    expect(stripTracking(new URL('https://x.com/j?id=5&utm_campaign=a&ref=b'))).toBe('https://x.com/j?id=5');
  });
});
