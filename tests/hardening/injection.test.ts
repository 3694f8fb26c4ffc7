// @vitest-environment happy-dom
// Hostile page text rendered by the panel and the card badge: every payload must
// end up as text only — no element, no attribute, no handler, no style made from it.
// (The same payloads in a real page, through the built extension, are in
// tests/e2e/hostile.test.ts.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge } from '../../components/Badge';
import { Panel } from '../../components/Panel';
import { PostingRow } from '../../components/PostingRow';
import { toRecord } from '../../lib/history';
import { LookupReplySchema, parseRequest } from '../../lib/messages';
import type { Analysis, Evidence, Posting } from '../../lib/model';
import { AnalysisSchema } from '../../lib/model';
import { analyze, analyzePosting } from '../../lib/pipeline';
import { toDocument } from '../../lib/testing/fuzz';
import { describeSignal } from '../../lib/trends/describe';
import { PAYLOADS } from './payloads';

type Pwned = { __pwned?: boolean; polluted?: unknown };

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  delete (window as unknown as Pwned).__pwned;
});

interface Shape { tags: string[]; attributes: string[] }

/** Tag names and attribute names of everything rendered, in document order. */
function shapeOf(root: Element): Shape {
  const all = Array.from(root.querySelectorAll('*'));
  return {
    tags: all.map((el) => el.tagName.toLowerCase()),
    attributes: all.flatMap((el) => Array.from(el.attributes).map((a) => `${el.tagName.toLowerCase()}@${a.name}`)),
  };
}

function mount(vnode: VNode<any>): HTMLElement { // eslint-disable-line @typescript-eslint/no-explicit-any
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

/** Nothing a payload asks for happened, and nothing it contains became markup. */
function expectInert(root: HTMLElement, benign: Shape): void {
  const shape = shapeOf(root);
  expect(shape.tags).toEqual(benign.tags);
  expect(shape.attributes).toEqual(benign.attributes);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith('on'), `${el.tagName} has handler ${attr.name}`).toBe(false);
      // A payload may sit in a data-/aria-/title/class attribute as escaped text; nowhere a URL is read.
      if (!/^(data-|aria-|title$|class$)/.test(attr.name)) {
        expect(attr.value.trim().toLowerCase().startsWith('javascript:'), `${el.tagName}@${attr.name}`).toBe(false);
      }
      expect(['style', 'href', 'src', 'srcdoc', 'action'].includes(attr.name), `${el.tagName}@${attr.name}`).toBe(false);
    }
  }
  expect(root.querySelectorAll('script, img, svg, iframe, style, link, meta, base, object, embed, form, input, video, a').length).toBe(0);
  expect((window as unknown as Pwned).__pwned).toBeUndefined();
  expect(document.body.getAttribute('style')).toBeNull();
  expect(document.querySelectorAll('style, script, link').length).toBe(0);
  expect(({} as Pwned).polluted).toBeUndefined();
}

let offset = 0;
/** Evidence for the panel to show (offsets distinct, as real evidence's are: the panel keys on them). */
const ev = (text: string, field: Evidence['field'] = 'description'): Evidence => {
  offset += 1;
  return { text, start: offset, end: offset + text.length, field };
};

/** An analysis with a payload in every free-text slot the panel shows. */
function stuffed(base: Analysis, texts: readonly string[]): Analysis {
  const a = structuredClone(base);
  const c = a.classification;
  const chunk = (i: number) => texts.filter((_, k) => k % 6 === i);
  c.work.evidence = chunk(0).slice(0, 6).map((t) => ev(t));
  c.scope.evidence = chunk(1).slice(0, 6).map((t) => ev(t, 'title'));
  c.level.evidence = chunk(2).slice(0, 3).map((t) => ev(t));
  c.years = { min: 5, evidence: chunk(2).slice(3, 6).map((t) => ev(t)) };
  c.scope.domains = [...texts];
  const directions = ['rising', 'steady', 'declining'] as const;
  c.signals = chunk(3).map((t, i) => ({ id: t, direction: directions[i % 3]!, evidence: [ev(chunk(4)[i] ?? t)] }));
  return a;
}

const PLAIN: Posting = {
  url: 'https://job-boards.greenhouse.io/acme/jobs/1', board: 'greenhouse', title: 'Senior Machine Learning Engineer', company: 'Acme',
  location: 'Remote', description: 'Deploy models on Kubernetes. 5+ years of experience. Fraud detection in finance. PyTorch and RAG.',
  salaryText: '$150,000 - $200,000 per year', datePosted: null,
};

describe('injection: payloads are text, never markup', () => {
  it(`has at least 50 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it('the checks can fail: a component that used innerHTML would be caught', () => {
    const base = analyzePosting(PLAIN);
    const benign = shapeOf(mount(h(Panel, { analysis: stuffed(base, PAYLOADS.map((_, i) => `safe ${i}`)), describeSignal })));
    document.body.replaceChildren();
    const root = mount(h('div', { dangerouslySetInnerHTML: { __html: PAYLOADS[11]! } }));
    expect(() => expectInert(root, benign)).toThrow();
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))('panel: payload %i in every text slot', (_i, payload) => {
    const base = analyzePosting(PLAIN);
    const texts = Array.from({ length: 24 }, () => payload);
    const benignRoot = mount(h(Panel, { analysis: stuffed(base, texts.map((_, k) => `safe text ${k}`)), describeSignal, problem: 'safe problem', seen: { timesSeen: 2, firstSeen: 0 } }));
    const benign = shapeOf(benignRoot);
    document.body.replaceChildren();
    const hostile = stuffed(base, texts);
    expect(AnalysisSchema.safeParse(hostile).success).toBe(true); // a payload is valid data: only rendering can defuse it
    const root = mount(h(Panel, { analysis: hostile, describeSignal, problem: payload, seen: { timesSeen: 2, firstSeen: 0 } }));
    expectInert(root, benign);
    // …and it is shown, as text, where it belongs.
    expect(root.textContent).toContain(payload);
    expect(root.querySelector('.mljl-problem')?.textContent).toBe(payload);
    expect(Array.from(root.querySelectorAll('q.mljl-evidence')).some((q) => q.textContent === payload)).toBe(true);
  });

  it('panel: a posting with payloads in title, company, location, description and salary, classified for real', () => {
    for (let i = 0; i < PAYLOADS.length; i += 5) {
      const p = PAYLOADS.slice(i, i + 5);
      const posting: Posting = {
        ...PLAIN,
        title: `Senior ML Engineer ${p[0]}`.slice(0, 1000),
        company: p[1] ?? null,
        location: p[2] ?? null,
        description: `${p.join(' Deploy models on Kubernetes with 5+ years of experience. ')} ${PLAIN.description} ${p[3] ?? ''}`,
        salaryText: `$150,000 ${p[4] ?? ''} - $200,000`.slice(0, 1000),
      };
      const analysis = analyzePosting(posting);
      const benign = shapeOf(mount(h(Panel, { analysis: analyzePosting({ ...posting, title: 'Senior ML Engineer', company: 'x', location: 'y', salaryText: '$150,000 - $200,000', description: `${p.map(() => 'Deploy models on Kubernetes with 5+ years of experience. ').join('')} ${PLAIN.description}` }), describeSignal })));
      document.body.replaceChildren();
      const root = mount(h(Panel, { analysis, describeSignal }));
      // The evidence lists may differ in length; what matters is no new kind of element or attribute.
      const shape = shapeOf(root);
      expect(new Set(shape.tags)).toEqual(new Set(benign.tags));
      expect(new Set(shape.attributes)).toEqual(new Set(benign.attributes));
      expect(root.querySelectorAll('script, img, svg, iframe, style, link, object, embed, a').length).toBe(0);
      expect((window as unknown as Pwned).__pwned).toBeUndefined();
      expect(document.body.getAttribute('style')).toBeNull();
      document.body.replaceChildren();
    }
  });

  it('badge: payloads in the labels of a lookup reply never reach the badge (the reply is validated)', () => {
    for (const payload of PAYLOADS) {
      const reply = { labels: { 'https://x.example/1': { work: payload, scope: 'generalist', level: 'senior' } } };
      expect(LookupReplySchema.safeParse(reply).success).toBe(false);
      if (payload.length <= 4096) expect(parseRequest({ type: 'lookupUrls', urls: [payload] })).not.toBeNull(); // a URL list is data, not markup
    }
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))('badge: payload %i forced past validation stays inert', (_i, payload) => {
    const benign = shapeOf(mount(h(Badge, { level: 'senior', known: { work: 'ops', scope: 'specialist', level: 'senior' } })));
    document.body.replaceChildren();
    const forced = { work: payload, scope: payload, level: payload } as never;
    const root = mount(h(Badge, { level: payload as never, known: forced }));
    const shape = shapeOf(root);
    // Unknown labels render no name; a payload may only sit inside a class attribute, as text.
    for (const tag of shape.tags) expect(['span']).toContain(tag);
    for (const attr of shape.attributes) expect(benign.attributes).toContain(attr);
    for (const el of Array.from(root.querySelectorAll('[class]'))) expect(el.getAttribute('class')).toMatch(/^(badge|seen|(work|scope|level)-[\s\S]*)$/);
    expect((window as unknown as Pwned).__pwned).toBeUndefined();
    expect(document.body.getAttribute('style')).toBeNull();
  });

  it('history row: a saved posting full of payloads renders as text', () => {
    const posting: Posting = {
      ...PLAIN, title: PAYLOADS.slice(0, 10).join(' ').slice(0, 1000), company: PAYLOADS.slice(10, 20).join(' ').slice(0, 1000),
      location: PAYLOADS.slice(20, 30).join(' ').slice(0, 2000), description: PAYLOADS.join('\n\n'), salaryText: PAYLOADS.slice(30, 34).join(' '),
    };
    const record = { ...toRecord(analyzePosting(posting), Date.now()), id: 1, note: PAYLOADS.slice(40, 50).join(' ') };
    const noop = () => undefined;
    const props = { expanded: true, onToggle: noop, onMark: noop, onNote: noop, onDelete: noop } as never as Parameters<typeof PostingRow>[0];
    const plainRecord = { ...toRecord(analyzePosting(PLAIN), Date.now()), id: 1, note: 'n' };
    const benign = shapeOf(mount(h(PostingRow, { ...props, posting: plainRecord })));
    document.body.replaceChildren();
    const root = mount(h(PostingRow, { ...props, posting: record }));
    const shape = shapeOf(root);
    for (const tag of shape.tags) expect(benign.tags).toContain(tag);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith('on'), `${el.tagName}@${attr.name}`).toBe(false);
    }
    expect(root.querySelectorAll('script, img, svg, iframe, style, object, embed').length).toBe(0);
    expect(root.textContent).toContain(PAYLOADS[0]);
    expect((window as unknown as Pwned).__pwned).toBeUndefined();
  });

  it('the hostile page of the end-to-end test is a posting whose fields carry the payloads as text', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/hostile-posting.html'), 'utf8');
    // The page runs none of them itself: its only inline script is the snapshot.
    const inline = Array.from(html.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/gi), (m) => m[1]!);
    expect(inline).toHaveLength(1);
    expect(inline[0]).not.toMatch(/__pwned\s*=/);
    expect(html).not.toMatch(/<(img|svg|iframe|object|embed|style|video|marquee|details|input|form)\b/i); // every payload is escaped
    const a = analyze(toDocument(html), new URL('https://job-boards.greenhouse.io/hostilecorp/jobs/6660001'));
    expect(a).not.toBeNull();
    const fields = `${a!.posting.title}\n${a!.posting.company}\n${a!.posting.location}\n${a!.posting.description}\n${a!.posting.salaryText}`;
    const carried = PAYLOADS.filter((p) => fields.includes(p));
    expect(carried.length).toBeGreaterThanOrEqual(Math.floor(PAYLOADS.length / 2));
    expect(a!.posting.company).toMatch(/<|&lt;/);
    expect(a!.posting.description).toContain('<script>window.__pwned=true</script>');
  });
});
