// STUB (issue 8 replaces it).
import type { Posting } from '../model';
export function fingerprint(posting: Pick<Posting, 'title' | 'company' | 'description'>): string {
  return `${posting.title}|${posting.company ?? ''}|${posting.description.length}`;
}
