import { expect, test } from 'vitest';
import { findJobCards, isListPage } from './cards';
import { boardFixture, toDocument } from './test-utils';

test('LinkedIn logged-in list (hand-made): one card per job id, visually-hidden copies ignored', () => {
  const url = new URL('https://www.linkedin.com/jobs/search/?keywords=ml');
  const doc = boardFixture('linkedin', 'logged-in-list.html');
  const cards = findJobCards(doc, url);
  expect(cards.map(({ title, company, url: u }) => ({ title, company, url: u }))).toEqual([
    { title: 'Applied Scientist, LLM', company: 'Acme AI', url: 'https://www.linkedin.com/jobs/view/4100000001/' },
    { title: 'MLOps Engineer', company: 'Beta Labs', url: 'https://www.linkedin.com/jobs/view/4100000002/' },
  ]);
  expect(cards[0]!.element.classList.contains('job-card-container')).toBe(true);
  expect(isListPage(doc, url)).toBe(true);
});

test('Indeed current list layout (hand-made): job_seen_beacon cards keyed by data-jk', () => {
  const url = new URL('https://www.indeed.com/jobs?q=machine+learning&l=Austin');
  const cards = findJobCards(boardFixture('indeed', 'list-2024.html'), url);
  expect(cards.map(({ title, company, url: u }) => ({ title, company, url: u }))).toEqual([
    { title: 'Machine Learning Engineer', company: 'Gamma Corp', url: 'https://www.indeed.com/viewjob?jk=0123456789abcdef' },
    { title: 'Data Scientist, Forecasting', company: 'Delta Retail', url: 'https://www.indeed.com/viewjob?jk=fedcba9876543210' },
  ]);
  expect(cards[0]!.element.classList.contains('job_seen_beacon')).toBe(true);
});

test('other boards and posting pages have no cards', () => {
  expect(findJobCards(boardFixture('lever', 'posting.html'), new URL('https://jobs.lever.co/x'))).toEqual([]);
  expect(isListPage(boardFixture('linkedin', 'logged-in.html'), new URL('https://www.linkedin.com/jobs/view/4100000001/'))).toBe(false);
  expect(findJobCards(toDocument('<div data-jk="not-hex">x</div>'), new URL('https://www.indeed.com/jobs'))).toEqual([]);
});

test('LinkedIn guest "see more" fragment: cards without the results list', () => {
  const card = (id: string, title: string) => `<li><div class="base-card base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${id}">
    <a class="base-card__full-link" href="https://de.linkedin.com/jobs/view/x-${id}?refId=1"><span class="sr-only">${title}</span></a>
    <h3 class="base-search-card__title">${title}</h3><h4 class="base-search-card__subtitle"><a>Omega</a></h4></div></li>`;
  const doc = toDocument(card('4200000001', 'ML Engineer') + card('4200000002', 'Data Scientist'));
  const cards = findJobCards(doc, new URL('https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=ml&start=25'));
  expect(cards.map((c) => [c.title, c.company, c.url])).toEqual([
    ['ML Engineer', 'Omega', 'https://www.linkedin.com/jobs/view/4200000001/'],
    ['Data Scientist', 'Omega', 'https://www.linkedin.com/jobs/view/4200000002/'],
  ]);
});
