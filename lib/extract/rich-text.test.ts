import { describe, expect, test } from 'vitest';
import { readEmbeddedPosting } from './embedded';
import { richTextToText } from './rich-text';
import { toDocument } from './test-utils';

const text = (value: string) => ({ nodeType: 'text', value, marks: [], data: {} });
const block = (nodeType: string, ...content: unknown[]) => ({ nodeType, content, data: {} });

describe('richTextToText', () => {
  test('Contentful: blocks apart by a blank line, list items on their own lines', () => {
    const doc = block('document',
      block('heading-2', text('About the Role')),
      block('paragraph', text('Forecasting, metric design and '), text('A/B testing.')),
      block('unordered-list', block('list-item', block('paragraph', text('SQL'))), block('list-item', block('paragraph', text('Python')))),
      block('paragraph', text('Remote in the US.')));
    expect(richTextToText(doc)).toBe('About the Role\n\nForecasting, metric design and A/B testing.\n\n- SQL\n- Python\n\nRemote in the US.');
  });

  test('ProseMirror/Tiptap: text in `text`, hard breaks end a line', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Train models.' }, { type: 'hardBreak' }, { type: 'text', text: 'Ship them.' }] }] };
    expect(richTextToText(doc)).toBe('Train models.\n\nShip them.');
  });

  test.each([
    ['a string', 'text'],
    ['null', null],
    ['another object', { nodeType: 'paragraph', content: [] }],
    ['an empty document', { nodeType: 'document', content: [] }],
  ])('not a document, or an empty one: %s', (_name, value) => {
    expect(richTextToText(value)).toBeNull();
  });

  test('a hostile depth is bounded, not a stack overflow', () => {
    let node: unknown = text('deep');
    for (let i = 0; i < 100_000; i++) node = { nodeType: 'paragraph', content: [node] };
    expect(() => richTextToText({ nodeType: 'document', content: [node] })).not.toThrow();
  });
});

test('a Next.js careers page whose description is a rich-text document is read', () => {
  const description = block('document', block('paragraph', text('The data scientist provides forecasting, metric design and A/B testing to every department, '.repeat(4))));
  const state = { props: { pageProps: { position: { id: 1, title: 'Data Scientist', description } } } };
  const doc = toDocument(`<h1>Data Scientist</h1><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`);
  const posting = readEmbeddedPosting(doc, {});
  expect(posting?.title).toBe('Data Scientist');
  expect(posting?.description).toMatch(/^The data scientist provides forecasting/);
});
