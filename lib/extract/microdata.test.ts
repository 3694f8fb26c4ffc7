import { expect, test } from 'vitest';
import { readMicrodataPosting } from './microdata';
import { toDocument } from './test-utils';

test("a nested item's property is not the posting's (the organization's own description)", () => {
  const doc = toDocument(`<main itemscope itemtype="http://schema.org/JobPosting">
    <span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Acme Robotics">
      <div itemprop="description">Acme Robotics builds warehouse robots.</div></span>
    <h1 itemprop="title">Machine Learning Engineer</h1>
    <span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
      <meta itemprop="addressLocality" content="San Francisco"><meta itemprop="addressRegion" content="CA"></span></span>
    <div itemprop="baseSalary" itemscope itemtype="http://schema.org/MonetaryAmount"><meta itemprop="currency" content="USD">
      <div itemprop="value" itemscope itemtype="http://schema.org/QuantitativeValue"><meta itemprop="minValue" content="150000"><meta itemprop="maxValue" content="200000"></div></div>
    <div itemprop="description"><p>Train ranking models.</p></div></main>`);
  expect(readMicrodataPosting(doc)).toMatchObject({
    title: 'Machine Learning Engineer', company: 'Acme Robotics', description: 'Train ranking models.',
    location: 'San Francisco, CA', salaryText: 'USD 150000–200000',
  });
});
