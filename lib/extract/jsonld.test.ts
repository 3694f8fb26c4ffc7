import { describe, expect, test } from 'vitest';
import { readJsonLdPosting, readJsonLdPostings, salaryText } from './jsonld';
import { extract } from './index';
import { toDocument } from './test-utils';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (...scripts: string[]) => toDocument(`<html><head>${scripts.join('')}</head><body></body></html>`);
const posting = (extra = '') => `{"@context":"https://schema.org","@type":"JobPosting","title":"ML Engineer","description":"<p>Train models for search ranking.</p><ul><li>PyTorch</li></ul>","hiringOrganization":{"@type":"Organization","name":"Acme"}${extra}}`;

describe('readJsonLdPosting', () => {
  test('reads the fields, HTML description as text', () => {
    const p = readJsonLdPosting(page(ld(posting(',"datePosted":"2026-01-02","identifier":{"@type":"PropertyValue","value":"REQ-1"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Austin","addressRegion":"TX","addressCountry":{"@type":"Country","name":"US"}}}'))));
    expect(p).toMatchObject({
      title: 'ML Engineer', company: 'Acme', location: 'Austin, TX, US', description: 'Train models for search ranking.\n\n- PyTorch',
      datePosted: '2026-01-02', identifier: 'REQ-1', salaryText: null,
    });
  });

  test.each([
    ['@graph', `{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},${posting()}]}`],
    ['top-level array', `[{"@type":"Organization","name":"x"},${posting()}]`],
    ['@type array', posting().replace('"@type":"JobPosting"', '"@type":["Thing","JobPosting"]')],
    ['prefixed @type', posting().replace('"@type":"JobPosting"', '"@type":"http://schema.org/JobPosting"')],
    ['nested in WebPage.mainEntity', `{"@type":"WebPage","mainEntity":${posting()}}`],
    ['trailing commas', posting(',"datePosted":"2026-01-02",')],
    ['raw newlines in strings', posting().replace('Train models', 'Train\nmodels')],
    ['CDATA wrapper', `//<![CDATA[\n${posting()}\n//]]>`],
    ['HTML comment wrapper', `<!--${posting()}-->`],
  ])('finds the posting: %s', (_name, json) => {
    const p = readJsonLdPosting(page(ld(json)));
    expect(p?.title).toBe('ML Engineer');
    expect(p?.company).toBe('Acme');
  });

  test('parts kept beside the description are added under their headings, once', () => {
    const p = readJsonLdPosting(page(ld(posting(
      ',"qualifications":"<ul><li>PhD in ML</li></ul>","responsibilities":"Train models for search ranking."' +
      ',"experienceRequirements":{"@type":"OccupationalExperienceRequirements","monthsOfExperience":36}' +
      ',"educationRequirements":[{"@type":"EducationalOccupationalCredential","credentialCategory":"bachelor degree"}]',
    ))));
    expect(p?.description).toBe(
      'Train models for search ranking.\n\n- PyTorch\n\nQualifications\n- PhD in ML\n\nEducation\nbachelor degree\n\nExperience\n3+ years of experience',
    );
  });

  test.each([
    ['18', '18 months of experience'],
    [18, '18 months of experience'],
    [60, '5+ years of experience'],
    ['soon', null],
    [0, null],
  ])('experienceRequirements in months (%j) is written as a posting says it', (months, text) => {
    const p = readJsonLdPosting(page(ld(posting(`,"experienceRequirements":{"monthsOfExperience":${JSON.stringify(months)}}`))));
    expect(p?.description?.includes('Experience\n')).toBe(text !== null);
    if (text !== null) expect(p?.description?.endsWith(text)).toBe(true);
  });

  test('an identifier names the page only as a whole token: "mle-12345" holds 12345, not 1234', () => {
    const a = '{"@type":"JobPosting","title":"Data Engineer","identifier":"1234","description":"a much longer description of the data engineering job"}';
    const b = '{"@type":"JobPosting","title":"ML Engineer","identifier":"12345","description":"short"}';
    expect(readJsonLdPosting(page(ld(`[${a},${b}]`)), new URL('https://x.com/jobs/mle-12345'))?.title).toBe('ML Engineer');
  });

  test('an empty value a page template printed ("value": ,) loses nothing else', () => {
    expect(readJsonLdPosting(page(ld(posting(',"baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","value": ,"minValue":110000,"maxValue":130000,"unitText":"YEAR"}}'))))?.salaryText)
      .toBe('USD 110000–130000 per YEAR');
  });

  test('several scripts, one broken: the good one is read, nothing throws', () => {
    const doc = page(ld('{"@type":"JobPosting", "title": broken'), ld('{"@type":"WebSite","name":"x"}'), ld(posting()));
    expect(readJsonLdPosting(doc)?.title).toBe('ML Engineer');
  });

  test('several postings: the one naming the page, else the fullest', () => {
    const a = '{"@type":"JobPosting","title":"A","url":"https://x.com/jobs/1","description":"short"}';
    const b = '{"@type":"JobPosting","title":"B","url":"https://x.com/jobs/2","description":"a much longer description here"}';
    const doc = page(ld(`[${a},${b}]`));
    expect(readJsonLdPostings(doc)).toHaveLength(2);
    expect(readJsonLdPosting(doc, new URL('https://x.com/jobs/1'))?.title).toBe('A');
    expect(readJsonLdPosting(doc, new URL('https://x.com/other'))?.title).toBe('B');
    expect(readJsonLdPosting(doc, new URL('https://x.com/other'), 'A')?.title).toBe('A');
  });

  test.each([
    ['sameAs string', '"sameAs":"https://x.com/jobs/1"'],
    ['sameAs array', '"sameAs":["https://other.example/a","https://x.com/jobs/1"]'],
    ['mainEntityOfPage URL', '"mainEntityOfPage":"https://x.com/jobs/1/"'],
    ['mainEntityOfPage WebPage', '"mainEntityOfPage":{"@type":"WebPage","@id":"https://x.com/jobs/1"}'],
  ])('several postings: %s names the page', (_name, naming) => {
    const a = `{"@type":"JobPosting","title":"A","description":"short",${naming}}`;
    const b = '{"@type":"JobPosting","title":"B","sameAs":"https://x.com/jobs/2","description":"a much longer description here"}';
    expect(readJsonLdPosting(page(ld(`[${a},${b}]`)), new URL('https://x.com/jobs/1'))?.title).toBe('A');
  });

  test('hiringOrganization as an @id reference to an Organization in the same @graph', () => {
    const graph = `{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://acme.example/#org","name":"Acme Robotics"},
      ${posting().replace('{"@type":"Organization","name":"Acme"}', '{"@id":"https://acme.example/#org"}')}]}`;
    expect(readJsonLdPosting(page(ld(graph)))?.company).toBe('Acme Robotics');
    // A reference into another script is not followed.
    const elsewhere = ld('{"@type":"Organization","@id":"https://acme.example/#org","name":"Acme Robotics"}');
    expect(readJsonLdPosting(page(elsewhere, ld(posting().replace('{"@type":"Organization","name":"Acme"}', '{"@id":"https://acme.example/#org"}'))))?.company).toBeNull();
  });

  test('salaryCurrency on the JobPosting names the currency the amount leaves out', () => {
    const amount = posting(',"salaryCurrency":"EUR","baseSalary":{"@type":"MonetaryAmount","value":{"minValue":70000,"maxValue":90000,"unitText":"YEAR"}}');
    expect(readJsonLdPosting(page(ld(amount)))?.salaryText).toBe('EUR 70000–90000 per YEAR');
    expect(readJsonLdPosting(page(ld(posting(',"baseSalary":120000,"salaryCurrency":"USD"'))))?.salaryText).toBe('USD 120000');
  });

  // Time is measured by npm run fuzz, not asserted here; a runaway walk would hit the test timeout.
  test('deeply nested and huge JSON is bounded', () => {
    const deep = '{"a":'.repeat(5000) + posting() + '}'.repeat(5000);
    const huge = `[${Array.from({ length: 50_000 }, (_, i) => `{"@type":"Thing","n":${i}}`).join(',')},${posting()}]`;
    expect(readJsonLdPosting(page(ld(deep)))).toBeNull();
    readJsonLdPosting(page(ld(huge)));
  });

  test('odd field shapes never throw', () => {
    const odd = '{"@type":"JobPosting","title":["x"],"description":42,"hiringOrganization":[{"name":"Org"}],"jobLocation":[null,"Remote",{"address":"Paris"}],"baseSalary":"$100k","identifier":7}';
    expect(readJsonLdPosting(page(ld(odd)))).toMatchObject({
      title: null, description: '42', company: 'Org', location: 'Remote; Paris', salaryText: '$100k', identifier: '7',
    });
  });

  test('remote postings', () => {
    const remote = posting(',"jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"USA"}');
    expect(readJsonLdPosting(page(ld(remote)))?.location).toBe('Remote (USA)');
  });

  test('HTML in title and organization is text', () => {
    const html = posting().replace('"ML Engineer"', '"<b>ML</b> Engineer &amp; Researcher"');
    expect(readJsonLdPosting(page(ld(html)))?.title).toBe('ML Engineer & Researcher');
  });

  test('no posting → null; extract returns null without options.generic', () => {
    const doc = page(ld('{"@type":"WebSite","name":"x"}'));
    expect(readJsonLdPosting(doc)).toBeNull();
    expect(extract(doc, new URL('https://example.com/'))).toBeNull();
  });
});

describe('salaryText', () => {
  test.each([
    [{ '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 150000, maxValue: 200000, unitText: 'YEAR' } }, 'USD 150000–200000 per YEAR'],
    [{ currency: 'EUR', value: { value: 60, unitText: 'HOUR' } }, 'EUR 60 per HOUR'],
    [{ currency: 'GBP', value: 50000 }, 'GBP 50000'],
    [{ currency: 'USD', value: { minValue: '90000', maxValue: '90000' } }, 'USD 90000'],
    [[{ currency: 'USD', value: { minValue: 1, maxValue: 2, unitText: 'MONTH' } }], 'USD 1–2 per MONTH'],
    ['$100,000 a year', '$100,000 a year'],
    [{ currency: 'USD' }, null],
    [{ value: { minValue: 1, maxValue: 2, unitText: 'YEAR' } }, '1–2 per YEAR'],
    [null, null],
  ])('%j → %s', (input, expected) => {
    expect(salaryText(input)).toBe(expected);
  });
});

test('extract() turns a JSON-LD-only page into a Posting with board jsonld', () => {
  const doc = page(ld(posting(',"baseSalary":{"currency":"USD","value":{"minValue":150000,"maxValue":200000,"unitText":"YEAR"}}')));
  const p = extract(doc, new URL('https://careers.example.com/jobs/42?utm_source=x#apply'));
  expect(p).toEqual({
    url: 'https://careers.example.com/jobs/42', board: 'jsonld', title: 'ML Engineer', company: 'Acme', location: null,
    description: 'Train models for search ranking.\n\n- PyTorch', salaryText: 'USD 150000–200000 per YEAR', datePosted: null,
  });
});

test('microdata JobPosting', () => {
  const doc = toDocument(`<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Data Scientist</h1>
    <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Omicron</span></div>
    <div itemprop="jobLocation" itemscope><span itemprop="addressLocality">Oslo</span> <span itemprop="addressCountry">Norway</span></div>
    <div itemprop="baseSalary" itemscope><meta itemprop="currency" content="NOK"><meta itemprop="minValue" content="700000"><meta itemprop="maxValue" content="900000"><meta itemprop="unitText" content="YEAR"></div>
    <time itemprop="datePosted" datetime="2026-02-01">1 Feb</time>
    <div itemprop="description"><p>Build demand forecasts for retail.</p></div></div>`);
  expect(extract(doc, new URL('https://jobs.example.no/42'))).toMatchObject({
    board: 'jsonld', title: 'Data Scientist', company: 'Omicron', location: 'Oslo, Norway',
    salaryText: 'NOK 700000–900000 per YEAR', datePosted: '2026-02-01', description: 'Build demand forecasts for retail.',
  });
});
