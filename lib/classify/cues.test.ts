import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { compileCues, compiledFamilies, MAX_SCAN_CHARS, scanCues } from './cues';
import { foldCase, lowerTwin } from './lower-case';
import { literalStarts, patternId, startKeys } from './prefix-index';
import { matchNotAtALiteralStart } from '../testing/literal-starts';

const CUES = compileCues<string>([
  { id: 'rl', tag: 'rl', weight: 1, pattern: 'rl|reinforcement learning' },
  { id: 'cpp', tag: 'lang', weight: 1, pattern: 'c\\+\\+' },
  { id: 'k8s', tag: 'ops', weight: 2, pattern: 'kubernetes|k8s' },
]);

const found = (text: string): string[] => scanCues(CUES, text).map((h) => `${h.cue.id}:${text.slice(h.start, h.end)}`);

describe('scanCues', () => {
  test.each<[string, string[]]>([
    ['Experience with RL and Kubernetes', ['rl:RL', 'k8s:Kubernetes']],
    ['Paste the URL; curl it', []],
    ['C++ and K8S', ['cpp:C++', 'k8s:K8S']],
    ['Reinforcement Learning', ['rl:Reinforcement Learning']],
    ['kubernetesx is not kubernetes', ['k8s:kubernetes']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not end a cue before an accented letter ("R" is not the start of "règle")', () => {
    const R = compileCues<string>([{ id: 'r', tag: 'lang', weight: 1, pattern: 'r' }, { id: 'ml', tag: 'ml', weight: 1, pattern: 'ml' }]);
    const text = 'Python or R; les règles du répertoire; MLé, ML.';
    expect(scanCues(R, text).map((h) => text.slice(h.start, h.end))).toEqual(['R', 'ML']);
  });

  it('keeps offsets right when lower-casing would change the length', () => {
    const text = 'İstanbul team: RL on Kubernetes';
    expect(found(text)).toEqual(['rl:RL', 'k8s:Kubernetes']);
  });

  it('is linear on long input', () => {
    // Time is measured by npm run bench; a runaway scan would hit the test timeout.
    expect(() => scanCues(CUES, 'r'.repeat(1_000_000))).not.toThrow();
    expect(() => scanCues(CUES, 'rl '.repeat(300_000))).not.toThrow();
  });
});

describe('scanCues: ranges, bounds and laziness', () => {
  it('reads only the given ranges, with offsets into the whole text', () => {
    const text = 'RL here\nKubernetes there\nC++ last';
    const hits = scanCues(CUES, text, [[8, 25]]).map((h) => text.slice(h.start, h.end));
    expect(hits).toEqual(['Kubernetes']);
  });

  it('reads no further than MAX_SCAN_CHARS', () => {
    const text = `${'x '.repeat(MAX_SCAN_CHARS)}kubernetes`;
    expect(scanCues(CUES, text)).toEqual([]);
  });

  it('compiles a family on first use, and reuses it', () => {
    const lazy = compileCues<string>([{ id: 'gpu', tag: 'ops', weight: 1, pattern: 'gpus?' }]);
    expect(scanCues(lazy, 'Two GPUs').map((h) => h.cue.id)).toEqual(['gpu']);
    expect(scanCues(lazy, 'One GPU').map((h) => h.cue.id)).toEqual(['gpu']);
  });
});

describe('foldCase and lowerTwin: /i regexes read lower-cased text', () => {
  const REGEXES = [/\b(?:experience[ds]?|knowledge|we(?:'|’)re)\b/i, /^\s*(?:\*\*|__)?(skills|nice[- ]to[- ]haves?)(?:\*\*|__)?\s*:/i, /\bk8s|kubernetes\b/gi];
  const ALPHABET = ['a', 'K', 'k', 'E', 'x', 'I', 'i', ' ', ':', '*', '’', "'", '\u212a', '\u0130', '\u017f', 'ß', '\u1e9e', 'Σ', 'é', 'É', '8', 's', 'S'];
  const WORDS = ['Experience', 'KNOWLEDGE', "We're", 'we’re', 'Skills', '**Nice-to-have**', 'K8S', 'Kubernetes', 'kubernetes'];

  it('refuses only texts whose lower-casing moves offsets or makes ASCII of other characters', () => {
    expect(foldCase('Senior ML Engineer')).toBe('senior ml engineer');
    expect(foldCase('İstanbul')).toBeNull();
    expect(foldCase('\u212aubernetes')).toBeNull(); // the Kelvin sign would read as "k"
    expect(foldCase('Σοφία ÉCOLE')).toBe('σοφία école');
  });

  it('finds what the /i regex finds, on random text', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) >>> 0; return seed % n; };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = rand(12); k >= 0; k--) text += rand(3) === 0 ? WORDS[rand(WORDS.length)]! : ALPHABET[rand(ALPHABET.length)]!;
      const low = foldCase(text);
      if (low === null) continue;
      for (const re of REGEXES) {
        const twin = lowerTwin(re);
        re.lastIndex = 0;
        twin.lastIndex = 0;
        const a = re.exec(text);
        const b = twin.exec(low);
        expect([b?.index, b?.[0].length], `${re} on ${JSON.stringify(text)}`).toEqual([a?.index, a?.[0].length]);
      }
    }
  });
});

// cues.ts reads the keys from cue-keys.ts instead of deriving them at each page load.
// After editing a cue of work.ts, scope.ts (domains.ts) or modality.ts, rewrite that file:
//   MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/classify/cues.test.ts
describe('stored start keys', () => {
  test('cue-keys.ts holds the start keys of every classifier cue', async () => {
    await Promise.all([import('./work'), import('./scope'), import('./modality')]);
    const patterns = new Set<string>();
    for (const family of compiledFamilies()) if (family.name !== null) for (const c of family.cues) patterns.add(c.pattern);
    expect(patterns.size).toBeGreaterThan(50);
    // Two patterns under one name would read each other's keys.
    expect(new Set([...patterns].map(patternId)).size).toBe(patterns.size);
    const path = new URL('./cue-keys.ts', import.meta.url);
    const source = [
      '// Generated from the cues of work.ts, domains.ts/scope.ts and modality.ts by',
      '// lib/classify/cues.test.ts; do not edit. To rewrite it:',
      '//   MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/classify/cues.test.ts',
      '// Each pattern\'s start keys (prefix-index.ts startKeys, in its order) under its patternId,',
      '// so the content script does not derive them on every page load. A pattern missing here',
      '// (edited since) is derived at load.',
      'export const CUE_KEYS: Readonly<Record<string, readonly string[]>> = {',
      ...[...patterns].sort().map((p) => `  ${JSON.stringify(patternId(p))}: ${JSON.stringify(startKeys(p))},`),
      '};',
      '',
      '// Each pattern\'s literal starts (prefix-index.ts literalStarts), likewise.',
      'export const CUE_STARTS: Readonly<Record<string, readonly string[] | null>> = {',
      ...[...patterns].sort().map((p) => `  ${JSON.stringify(patternId(p))}: ${JSON.stringify(literalStarts(p))},`),
      '};',
      '',
    ].join('\n');
    if (process.env.MLJL_WRITE_CUE_KEYS) writeFileSync(path, source);
    expect(readFileSync(path, 'utf8'), 'run: MLJL_WRITE_CUE_KEYS=1 npx vitest run --project unit lib/classify/cues.test.ts').toBe(source);
  });
});

describe('literalStarts', () => {
  test.each<[string, string[] | null]>([
    ['data (?:science|engineering)s?', ['data sci', 'data eng']],
    ['models?|ml', ['model', 'ml']],
    ['fine[- ]tun(?:e|ing)', ['fine-tun', 'fine tun']],
    // \s, \w and large classes end a start; a start that would be empty makes it useless.
    ['a\\sb|c\\wd|e[a-z]', ['a', 'c', 'e']],
    ['x|\\w+', null],
    ['[\\u00c0-\\u024f]x', null],
    ['(?<=\\bnot )to\\b be', ['to be']],
  ])('%s', (pattern, starts) => {
    expect(literalStarts(pattern)).toEqual(starts);
  });

  // Exact, not a guess: wherever a cue's regex matches, the text starts with one of them.
  test('every match of every cue begins with one of its starts', async () => {
    await Promise.all([import('./work'), import('./scope'), import('./modality')]);
    const patterns = compiledFamilies().flatMap((f) => f.cues.map((c) => c.pattern));
    expect(matchNotAtALiteralStart(patterns, 11)).toBeNull();
  });
});

// The walk over word starts must find what one alternation of the family's cues finds
// (leftmost, first cue at a position, no overlaps), which is what the cues were written for.
describe('the same hits as one alternation of the cues', () => {
  const WORDS = ('train deploy models model fine-tune fine tuning research papers production serving inference kubernetes '
    + 'docker pipelines ml ai llm llms rag agents not will does require building new machine learning healthcare '
    + 'finance clinical patients fraud payments ads ranking recommendation systems computer vision nlp speech rl url '
    + 'c++ a/b testing statistics causal inference the and of to for with in on our your is 5+ years platform '
    + 'infrastructure for training tools that help teams build data scientists analysts').split(' ')
    // Phrases where two cues of a family compete at one position.
    .concat(['infrastructure for training models', 'tools that help teams build', 'will not require building new models',
      'train and fine-tune models', 'model serving', 'production ml', 'health care data', 'computer vision models',
      'recommendation systems', 'ads ranking', 'speech recognition', 'a/b testing']);
  const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '; ', ' (', ') ', '-', '/'];
  test('on random texts made of cue words', async () => {
    await Promise.all([import('./work'), import('./scope'), import('./modality')]);
    let seed = 7;
    const rand = (n: number): number => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return Math.floor((seed / 2 ** 32) * n); };
    const families = compiledFamilies().filter((f) => f.name !== null);
    expect(families.length).toBeGreaterThanOrEqual(4);
    for (const family of families) {
      const alternation = new RegExp(`\\b(?:${family.cues.map((c) => `(${c.pattern})`).join('|')})(?!\\w)`, 'g');
      for (let k = 0; k < 150; k++) {
        let text = '';
        for (let j = 0; j < 40; j++) text += WORDS[rand(WORDS.length)]! + SEPARATORS[rand(SEPARATORS.length)]!;
        if (rand(2)) text = text.toUpperCase();
        const expected: string[] = [];
        const lower = text.toLowerCase();
        alternation.lastIndex = 0;
        for (let m = alternation.exec(lower); m; m = alternation.exec(lower)) {
          const g = m.findIndex((x, i) => i > 0 && x !== undefined);
          expected.push(`${family.cues[g - 1]!.id}@${m.index}-${m.index + m[0].length}`);
        }
        const got = scanCues(family as typeof CUES, text).map((h) => `${h.cue.id}@${h.start}-${h.end}`);
        expect(got, text).toEqual(expected);
      }
    }
  });
});

test('hits stay the same after adversarial text makes the shared key table start over', () => {
  const text = 'We train RL agents on Kubernetes, not C++ alone. '.repeat(10);
  const before = found(text);
  let noise = '';
  for (let i = 0; i < 70_000; i++) noise += (i * 2654435761 >>> 0).toString(36).slice(0, 4) + ' ';
  expect(scanCues(CUES, noise).length).toBeGreaterThanOrEqual(0);
  expect(found(text)).toEqual(before);
  expect(before.length).toBe(30);
});
