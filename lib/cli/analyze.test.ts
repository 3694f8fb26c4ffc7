import { afterEach, expect, test, vi } from 'vitest';
import { analyzeHtml, main } from './analyze';

afterEach(() => vi.restoreAllMocks());

const description = 'Train, evaluate and deploy ranking models for our search product with PyTorch.';
const job = (title: string, url: string) =>
  `{"@context":"https://schema.org","@type":"JobPosting","title":"${title}","description":"<p>${description}</p>","hiringOrganization":{"name":"Acme"},"url":"${url}"}`;
const page = (title: string, ...jobs: string[]) =>
  `<html><head><title>${title}</title><script type="application/ld+json">[${jobs.join(',')}]</script></head><body></body></html>`;

test('a page listing several JSON-LD postings gives one line each, with its own url', () => {
  const html = page('Careers', job('Data Scientist', 'https://acme.example/jobs/1'), job('ML Engineer', '/jobs/2'));
  const lines = analyzeHtml('list.html', html, 'https://acme.example/jobs');
  expect(lines.map((l) => [l.id, l.url, l.title])).toEqual([
    ['list:1', 'https://acme.example/jobs/1', 'Data Scientist'],
    ['list:2', 'https://acme.example/jobs/2', 'ML Engineer'],
  ]);
});

test('a posting page whose JSON-LD also lists others gives its own posting only', () => {
  const jobs = [job('Data Scientist', 'https://acme.example/jobs/1'), job('ML Engineer', 'https://acme.example/jobs/2')];
  expect(analyzeHtml('p.html', page('Careers', ...jobs), 'https://acme.example/jobs/2').map((l) => l.title)).toEqual(['ML Engineer']);
  expect(analyzeHtml('p.html', page('ML Engineer | Acme', ...jobs), 'https://acme.example/x').map((l) => l.title)).toEqual(['ML Engineer']);
});

test('an --url that is not a URL is named as such', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(main(['page.html', '--url', 'boards.greenhouse.io/acme'])).toBe(2);
  expect(error).toHaveBeenCalledWith(expect.stringMatching(/^analyze: invalid --url "boards\.greenhouse\.io\/acme"/));
});
