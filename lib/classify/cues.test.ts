import { describe, expect, it, test } from 'vitest';
import { compileCues, foldCase, lowerTwin, MAX_SCAN_CHARS, scanCues } from './cues';

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
