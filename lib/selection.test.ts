import { describe, expect, it } from 'vitest';
import { PostingSchema } from './model';
import { selectionPosting } from './selection';

describe('selectionPosting', () => {
  const text = 'Senior ML Engineer\nWe serve models on Kubernetes.\n5+ years of experience.';

  it('takes the first short line as the title and keeps the whole text', () => {
    const p = selectionPosting(text, 'https://careers.example.com/jobs/42?utm_source=x#apply', 'Careers');
    expect(p.title).toBe('Senior ML Engineer');
    expect(p.description).toBe(text);
    expect(p.board).toBe('selection');
    expect(p.url).toMatch(/^https:\/\/careers\.example\.com\/jobs\/42\?utm_source=x#ml-job-lens-selection-/);
    expect(PostingSchema.safeParse(p).success).toBe(true);
  });

  it('keeps two selections on one page apart, and the same selection together', () => {
    const a = selectionPosting(text, 'https://example.com/', null);
    const b = selectionPosting(`${text}\nVisa sponsorship available.`, 'https://example.com/', null);
    expect(a.url).not.toBe(b.url);
    expect(selectionPosting(text, 'https://example.com/', null).url).toBe(a.url);
  });

  it('falls back to the page title when the first line is too long, and survives a bad page URL', () => {
    const long = `${'word '.repeat(60)}\nmore`;
    const p = selectionPosting(long, 'not a url', 'Job at Acme');
    expect(p.title).toBe('Job at Acme');
    expect(p.url).toMatch(/^about:selection#/);
  });

  it('bounds a huge selection', () => {
    expect(selectionPosting('x'.repeat(1_000_000), 'https://example.com/', null).description.length).toBeLessThanOrEqual(200_000);
  });
});
