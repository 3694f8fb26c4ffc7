import { describe, expect, test } from 'vitest';
import { readEmbeddedPosting } from './embedded';
import { extract } from './index';
import { toDocument } from './test-utils';

const text = (what: string) => `${what} builds ranking models and ships them to production every week. `.repeat(4);
const job = (title: string, extra = '') => `{"title":"${title}","description":"${text(title)}","company":"${title} Co"${extra}}`;
const state = (...jobs: string[]) => `<script>window.__INITIAL_STATE__ = {"jobs":[${jobs.join(',')}]};</script>`;

describe('readEmbeddedPosting: only a job the page agrees with', () => {
  const similar = job('Data Scientist', ',"id":"999999"');
  const real = job('Machine Learning Engineer', ',"id":"3012345"');

  test('the title the board shows picks the real job over a longer similar one', () => {
    const doc = toDocument(state(job('Data Scientist, a much longer teaser title'), real, similar.replace('"description":"', '"description":"longer longer longer ')));
    expect(readEmbeddedPosting(doc, { shownTitle: 'Machine Learning Engineer' })?.title).toBe('Machine Learning Engineer');
  });

  test('the page URL naming the job id picks it, whatever the titles', () => {
    const doc = toDocument(state(similar, real));
    expect(readEmbeddedPosting(doc, { url: new URL('https://wellfound.com/jobs/3012345-ml-engineer') })?.title).toBe('Machine Learning Engineer');
  });

  test('<title> counts as the page title ("Job Application for X at Acme")', () => {
    const doc = toDocument(`<title>Job Application for Machine Learning Engineer at Acme</title>${state(similar, real)}`);
    expect(readEmbeddedPosting(doc)?.title).toBe('Machine Learning Engineer');
  });

  test('no job agrees with the title shown → none', () => {
    expect(readEmbeddedPosting(toDocument(state(similar)), { shownTitle: 'Machine Learning Engineer' })).toBeNull();
  });

  test('a page showing no title takes the longest job', () => {
    expect(readEmbeddedPosting(toDocument(state(similar)))?.title).toBe('Data Scientist');
  });
});

test("a recommended job in the page's state does not replace the board's posting", () => {
  const doc = toDocument(`<title>Job Application for Machine Learning Engineer at Acme Robotics</title>${state(job('Data Scientist'))}
    <div id="header"><h1 class="app-title">Machine Learning Engineer</h1><span class="company-name">at Acme Robotics</span></div>
    <div id="content"><p>${text('Acme')}</p></div>`);
  expect(extract(doc, new URL('https://boards.greenhouse.io/acme/jobs/4182383008'))).toMatchObject({
    board: 'greenhouse', title: 'Machine Learning Engineer', company: 'Acme Robotics',
  });
});
