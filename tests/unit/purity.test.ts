// The pure core must run in node and in the command line tool: no browser APIs,
// no extension framework, no database, no UI library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const PURE_DIRS = ['lib/classify', 'lib/extract', 'lib/trends'];
const PURE_FILES = ['lib/model.ts', 'lib/pipeline.ts', 'lib/selection.ts', 'lib/messages.ts'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = [...PURE_DIRS.flatMap((d) => walk(join(root, d))), ...PURE_FILES.map((f) => join(root, f))];
const FORBIDDEN_IMPORT = /from\s+['"](wxt(\/[^'"]*)?|#imports|dexie|preact(\/[^'"]*)?|[./]*\/db|[./]*\/history)['"]/;
// A browser global used as an object (document.x, window[...], chrome.runtime) outside comments.
const FORBIDDEN_GLOBAL = /(?<![.\w$'"`])(window|document|location|chrome|browser|localStorage|indexedDB)\s*[.[(]/;

/** The code without comments and string literals (which may mention "document" or "window" freely). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('the pure core', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [relative(root, f), f]))('%s imports no browser, framework or database code', (_name, file) => {
    const text = code(readFileSync(file, 'utf8'));
    expect(text).not.toMatch(FORBIDDEN_IMPORT);
    expect(text).not.toMatch(FORBIDDEN_GLOBAL);
  });
});
