// Test helpers (node only, imported by *.test.ts files alone): HTML → Document via linkedom.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function toDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A hand-made board fixture from tests/fixtures/boards/<board>/<file>. */
export function boardFixture(board: string, file: string): Document {
  return toDocument(readFileSync(join(root, 'tests/fixtures/boards', board, file), 'utf8'));
}
