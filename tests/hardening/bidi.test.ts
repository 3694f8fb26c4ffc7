// Bidi controls in one-line fields (title, company, location, salary). An unclosed
// RIGHT-TO-LEFT OVERRIDE (U+202E) or isolate in a posting's title reorders
// everything after it on the same line of the popup and history rows ("title ·
// company · location"), so a page can make another company's name or a salary
// read differently (the "Trojan Source" trick). Extraction must not pass an
// unbalanced embedding/override/isolate on: strip them, or close them.
// (Marks like U+200F RLM are fine: they reorder nothing beyond themselves.)
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { escapeHtml, jsonForScript, toDocument } from '../../lib/testing/fuzz';

const OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO, closed by PDF U+202C
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI, closed by PDI U+2069

/** Embeddings/overrides and isolates left open at the end of `text` (0 when balanced or absent). */
export function unclosedBidi(text: string): number {
  let embeddings = 0;
  let isolates = 0;
  for (const c of text) {
    if (OPENERS.has(c)) embeddings += 1;
    else if (c === '\u202C') embeddings = Math.max(0, embeddings - 1);
    else if (ISOLATES.has(c)) isolates += 1;
    else if (c === '\u2069') { isolates = Math.max(0, isolates - 1); embeddings = 0; }
  }
  return embeddings + isolates;
}

const URL_ = 'https://job-boards.greenhouse.io/acme/jobs/1';
function pageWith(fields: { title: string; company: string; location: string; salary: string }): Document {
  const jsonld = {
    '@context': 'https://schema.org', '@type': 'JobPosting', title: fields.title,
    description: 'Train and deploy machine learning models with PyTorch. 5+ years of experience.',
    hiringOrganization: { name: fields.company }, jobLocation: { address: { addressLocality: fields.location } }, baseSalary: fields.salary,
  };
  return toDocument(`<!doctype html><html><head><script type="application/ld+json">${jsonForScript(jsonld)}</script></head><body><h1>${escapeHtml(fields.title)}</h1></body></html>`);
}

describe('bidi controls in one-line fields', () => {
  it('the check itself', () => {
    expect(unclosedBidi('Senior ML Engineer')).toBe(0);
    expect(unclosedBidi('\u202Eabc\u202C')).toBe(0);
    expect(unclosedBidi('\u2067שלום\u2069 Engineer')).toBe(0);
    expect(unclosedBidi('Engineer \u202Erenigne')).toBe(1);
    expect(unclosedBidi('\u2066x')).toBe(1);
    expect(unclosedBidi('Engineer \u200F')).toBe(0);
  });

  it.each([
    ['RLO in the title', { title: 'Senior ML Engineer \u202E', company: 'Acme', location: 'Remote', salary: '$100,000' }],
    ['RLI in the company', { title: 'ML Engineer', company: 'Acme \u2067', location: 'Remote', salary: '$100,000' }],
    ['LRO in the location', { title: 'ML Engineer', company: 'Acme', location: 'Remote\u202D', salary: '$100,000' }],
    ['RLE in the salary', { title: 'ML Engineer', company: 'Acme', location: 'Remote', salary: '\u202B$100,000' }],
  ])('%s is not passed on unclosed', (_name, fields) => {
    const posting = extract(pageWith(fields), new URL(URL_));
    expect(posting).not.toBeNull();
    const leaks = Object.fromEntries((['title', 'company', 'location', 'salaryText'] as const)
      .map((k) => [k, unclosedBidi(posting![k] ?? '')]).filter(([, n]) => n !== 0));
    expect(leaks).toEqual({});
  });

  it('right-to-left text itself survives (only the controls are at issue)', () => {
    const posting = extract(pageWith({ title: 'מהנדס למידת מכונה', company: 'شركة', location: 'תל אביב', salary: '₪30,000' }), new URL(URL_));
    expect(posting?.title).toBe('מהנדס למידת מכונה');
    expect(posting?.company).toBe('شركة');
  });
});
