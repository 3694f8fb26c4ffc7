import { describe, expect, test } from 'vitest';
import { matchBrackets, parseLooseJson, readAssignedJson, walkObjects } from './json';

describe('parseLooseJson', () => {
  test.each([
    ['valid', '{"a":1}', { a: 1 }],
    ['trailing commas', '{"a":[1,2,],}', { a: [1, 2] }],
    ['an empty value a template left', '{"a": ,"b": 1, "c": }', { a: null, b: 1, c: null }],
    ['raw newline in string', '{"a":"line1\nline2\ttab"}', { a: 'line1\nline2\ttab' }],
    ['CDATA wrapper with JS comments', '//<![CDATA[\n{"a":1}\n//]]>', { a: 1 }],
    ['CDATA plain', '<![CDATA[{"a":1}]]>', { a: 1 }],
    ['HTML comment wrapper', '<!-- {"a":1} -->', { a: 1 }],
    ['trailing semicolon', '{"a":1};', { a: 1 }],
    ['single-quote escape', '{"a":"it\\\'s"}', { a: "it's" }],
    ['undefined values', '{"a":undefined,"undefinedKey":1}', { a: null, undefinedKey: 1 }],
    ['commas inside strings kept', '{"a":"x, ]"}', { a: 'x, ]' }],
    ['comments outside strings', '{\n  // generated\n  "a": 1, /* note */ "b": [2,],\n}', { a: 1, b: [2] }],
    ['comment markers inside strings kept', '{"u":"https://x.com/a", "c":"/* not a comment */",}', { u: 'https://x.com/a', c: '/* not a comment */' }],
    ['garbage', '{not json', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, text, expected) => {
    expect(parseLooseJson(text)).toEqual(expected);
  });
});

test('readAssignedJson cuts the literal out of a script', () => {
  const script = 'var x = 1; window.__appData = {"posting":{"title":"ML \\"Eng\\"","s":"}"}}; window.other = [];';
  expect(readAssignedJson(script, '__appData')).toEqual({ posting: { title: 'ML "Eng"', s: '}' } });
  expect(readAssignedJson('if (a.__appData == null) {}', '__appData')).toBeUndefined();
  expect(matchBrackets('{"a":[1,{"b":2}]} tail', 0)).toBe(17);
});

describe('walkObjects', () => {
  test('is bounded in depth', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 10_000; i += 1) deep = { child: deep };
    const seen = [...walkObjects(deep, { maxDepth: 16, maxNodes: 100_000 })];
    expect(seen.length).toBeLessThanOrEqual(17);
  });
  test('is bounded in size', () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    const seen = [...walkObjects(huge, { maxDepth: 16, maxNodes: 1000 })];
    expect(seen.length).toBeLessThan(1000);
  });
});
