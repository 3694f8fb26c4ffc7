// A property check shared by the cue tests (lib/classify/cues.test.ts, lib/trends/match.test.ts):
// wherever a pattern's regex matches, the text starts with one of its literal starts
// (prefix-index.ts literalStarts), on random texts made of the patterns' own starts and
// a few other words and separators.
import { literalStarts } from '../classify/prefix-index';
import { rng } from './postings';

const SEPARATORS = [' ', ' ', '-', '/', ', ', '\n', '\t', ''];
const OTHER_PIECES = ['learning', 'models', 'data', 'ai', '\u00e9', '5', '\u00a0'];

/** The first match found that begins with none of its pattern's starts, described; null when there is none. */
export function matchNotAtALiteralStart(patterns: readonly string[], seed: number, textsPerPattern = 5): string | null {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pieces = patterns.flatMap((p) => literalStarts(p) ?? []).concat(OTHER_PIECES);
  for (const pattern of patterns) {
    const starts = literalStarts(pattern);
    if (starts === null) continue;
    const re = new RegExp(`(?:${pattern})`, 'y');
    for (let k = 0; k < textsPerPattern; k++) {
      let text = '';
      for (let j = 0; j < 30; j++) text += pick(pieces) + pick(SEPARATORS);
      for (let at = 0; at < text.length; at++) {
        re.lastIndex = at;
        if (re.test(text) && !starts.some((s) => text.startsWith(s, at))) return `${pattern} at ${at} of ${JSON.stringify(text)}`;
      }
    }
  }
  return null;
}
