// Evidence: the phrases that decided a label, as offsets into one field of the
// posting, so the page can highlight them and a person can see why.
import type { Evidence } from '../model';

export type Field = Evidence['field'];

export function evidenceAt(field: Field, text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end, field };
}

/** Every match of a global regex in `text`, as evidence. */
export function findAll(re: RegExp, text: string, field: Field, limit = 50): Evidence[] {
  if (!re.global) throw new Error(`findAll needs a global regex: ${re}`);
  const out: Evidence[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push(evidenceAt(field, text, m.index, m.index + m[0].length));
  }
  return out;
}
