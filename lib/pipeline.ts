// analyze(doc, url) = extract → classify: the whole pure pipeline, shared by the
// content script and the command line.
import { classify } from './classify';
import { extract, type ExtractOptions } from './extract';
import { fingerprint } from './extract/fingerprint';
import type { Analysis, Posting } from './model';

export function analyzePosting(posting: Posting): Analysis {
  return {
    posting,
    fingerprint: fingerprint(posting),
    classification: classify(posting),
  };
}

export function analyze(doc: Document, url: URL, options: ExtractOptions = {}): Analysis | null {
  const posting = extract(doc, url, options);
  return posting ? analyzePosting(posting) : null;
}
