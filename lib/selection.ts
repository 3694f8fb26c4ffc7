// A posting made from text the user selected on any page.
import { fingerprint } from './extract/fingerprint';
import type { Posting } from './model';

const MAX_SELECTION = 200_000;

export function selectionPosting(selection: string, pageUrl: string, pageTitle: string | null): Posting {
  const text = selection.slice(0, MAX_SELECTION).trim();
  const firstLine = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  const title = (firstLine.length > 0 && firstLine.length <= 120 ? firstLine : pageTitle ?? 'Selected text').slice(0, 300);
  let url: string;
  try {
    const page = new URL(pageUrl);
    page.hash = '';
    // One page may hold several selections: the fingerprint keeps them apart.
    url = `${page.href}#ml-job-lens-selection-${fingerprint({ title, company: null, description: text })}`;
  } catch {
    url = `about:selection#${fingerprint({ title, company: null, description: text })}`;
  }
  return { url, board: 'selection', title, company: null, location: null, description: text, salaryText: null, datePosted: null };
}
