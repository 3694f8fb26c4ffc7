// Permissions and policy of the BUILT extension: the fewest permissions, host
// access to job boards only, a strict CSP, and no remote or eval'd code in any
// built file. Builds nothing: reads .output/ (`npm test` builds before vitest
// runs; otherwise `npx wxt build && npx wxt build -b firefox`) and skips clearly
// where a build is missing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '../../lib/extract/hosts';

const root = resolve(import.meta.dirname, '../..');
const OUTPUT = join(root, '.output');

/** The API permissions we need, and why (README "Privacy and permissions"). */
const PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus'];

/** Hosts that are job boards. A new board is a permission change: add it here on purpose. */
const JOB_BOARD_HOST = /^(\*\.)?(linkedin\.com|indeed\.(com|co\.uk|ca|de|fr|com\.au|co\.in|nl)|(boards|job-boards)(\.eu)?\.greenhouse\.io|jobs(\.eu)?\.lever\.co|jobs\.ashbyhq\.com|myworkdayjobs\.com|myworkdaysite\.com|(jobs|careers)\.smartrecruiters\.com|(apply|jobs)\.workable\.com|glassdoor\.(com|co\.uk)|wellfound\.com|builtin\.com|seek\.(com|com\.au|co\.nz)|www\.jobindex\.dk)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  content_scripts?: Array<{ matches: string[] }>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  chrome_url_overrides?: Record<string, string>;
  browser_specific_settings?: { gecko?: { strict_min_version?: string }; gecko_android?: { strict_min_version?: string } };
}

/** Problems with one match pattern (empty if it is a job board over https). */
function hostProblems(pattern: string): string[] {
  if (pattern === '<all_urls>' || /^\*:\/\/\*\//.test(pattern) || /^[a-z*]+:\/\/\*\/$/.test(pattern)) return [`${pattern}: every site`];
  const m = /^https:\/\/([^/]+)\/(.*)$/.exec(pattern);
  if (!m) return [`${pattern}: not an https match pattern`];
  return JOB_BOARD_HOST.test(m[1]!) ? [] : [`${pattern}: not a job board`];
}

function checkCsp(csp: string | undefined): void {
  expect(csp, 'a CSP for extension pages').toBeTruthy();
  const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values];
  }));
  expect(directives['script-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'self'"]);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
}

/** Remote code or eval in any built file. */
function codeProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const file of files(dir)) {
    const name = relative(dir, file);
    if (/\.html?$/.test(file)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
        if (!src) problems.push(`${name}: inline <script> (the CSP would block it)`);
        else if (/^(https?:)?\/\//i.test(src)) problems.push(`${name}: remote script ${src}`);
      }
      for (const m of html.matchAll(/<link\b[^>]*href\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)) problems.push(`${name}: remote resource ${m[1]}`);
    } else if (/\.(m?js)$/.test(file)) {
      const js = readFileSync(file, 'utf8');
      if (/\bimportScripts\s*\(\s*[`'"](https?:)?\/\//.test(js)) problems.push(`${name}: importScripts of a remote URL`);
      if (/\bimport\s*\(\s*[`'"]https?:/.test(js)) problems.push(`${name}: import() of a remote URL`);
      if (/\.src\s*=\s*[`'"]https?:\/\//.test(js) || /createElement\(\s*[`'"]script[`'"]\s*\)/.test(js)) problems.push(`${name}: builds a <script> element`);
      if (/\bnew\s+Function\s*\(|\bnew\s+[A-Za-z_$][\w$]*\s*\(\s*["'`]\s*["'`]\s*\)|(^|[^.\w$|(])eval\((?!\?)/.test(js)) problems.push(`${name}: eval / new Function`);
      if (/[=:(,]\s*Function\s*[;,)]/.test(js)) problems.push(`${name}: aliases the Function constructor`);
    }
  }
  return problems;
}

const builds = [
  { name: 'chrome-mv3', dir: join(OUTPUT, 'chrome-mv3'), build: 'npx wxt build' },
  { name: 'firefox-mv2', dir: join(OUTPUT, 'firefox-mv2'), build: 'npx wxt build -b firefox' },
];

describe('the match-pattern check itself', () => {
  it('refuses broad or non-board patterns and accepts the boards', () => {
    expect(hostProblems('<all_urls>')).not.toEqual([]);
    expect(hostProblems('*://*/*')).not.toEqual([]);
    expect(hostProblems('https://*/*')).not.toEqual([]);
    expect(hostProblems('http://jobs.lever.co/*')).not.toEqual([]);
    expect(hostProblems('https://*.com/*')).not.toEqual([]);
    expect(hostProblems('https://example.com/*')).not.toEqual([]);
    expect(BOARD_MATCHES.flatMap(hostProblems)).toEqual([]);
  });

  it('refuses a weak CSP', () => {
    expect(() => checkCsp("script-src 'self' 'unsafe-eval'; object-src 'self'")).toThrow();
    expect(() => checkCsp("script-src 'self' https://cdn.example.com; object-src 'self'")).toThrow();
    expect(() => checkCsp(undefined)).toThrow();
  });

  it('finds remote scripts, inline scripts and eval in built code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mljl-manifest-'));
    try {
      writeFileSync(join(dir, 'a.html'), '<script src="https://cdn.example.com/x.js"></script><script>alert(1)</script>');
      writeFileSync(join(dir, 'b.js'), 'const F=Function;new F("");');
      writeFileSync(join(dir, 'c.js'), 'x=eval(y)');
      writeFileSync(join(dir, 'e.js'), 'compile(){let e=Function,t=this.content;return new e(...Object.keys(this.closed),t)}');
      writeFileSync(join(dir, 'd.js'), 'const re=/eval (?:suites)/; ok()');
      const found = codeProblems(dir);
      expect(found.filter((p) => p.startsWith('a.html'))).toHaveLength(2);
      expect(found.some((p) => p.startsWith('b.js'))).toBe(true);
      expect(found.some((p) => p.startsWith('c.js'))).toBe(true);
      expect(found.some((p) => p.startsWith('e.js'))).toBe(true);
      expect(found.some((p) => p.startsWith('d.js'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const { name, dir, build } of builds) {
  const manifestPath = join(dir, 'manifest.json');
  const missing = existsSync(manifestPath) ? null : `${manifestPath} not built (${build})`;
  describe.skipIf(missing !== null)(`${name} manifest and files${missing ? ` — SKIPPED: ${missing}` : ''}`, () => {
    const manifest = (missing ? {} : JSON.parse(readFileSync(manifestPath, 'utf8'))) as Manifest;
    const mv3 = manifest.manifest_version === 3;

    it('asks for exactly storage, activeTab, scripting and contextMenus, and nothing optional', () => {
      const api = (manifest.permissions ?? []).filter((p) => !p.includes('://') && p !== '<all_urls>');
      expect([...api].sort()).toEqual([...PERMISSIONS].sort());
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
    });

    it('has host access to the job boards only (no <all_urls>, no *://*/*)', () => {
      const hosts = mv3 ? manifest.host_permissions ?? [] : (manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>');
      if (mv3) expect((manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
      expect(hosts.flatMap(hostProblems)).toEqual([]);
      expect([...hosts].sort()).toEqual([...BOARD_MATCHES].sort());
      const scripted = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
      expect(scripted.flatMap(hostProblems)).toEqual([]);
      for (const m of scripted) expect(hosts).toContain(m);
    });

    it('exposes nothing to web pages or other extensions', () => {
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
    });

    it('sets a strict CSP for extension pages (no unsafe-eval, no remote sources)', () => {
      const csp = manifest.content_security_policy;
      checkCsp(typeof csp === 'string' ? csp : csp?.extension_pages);
      if (mv3) expect(typeof csp).toBe('object');
      else expect(typeof csp).toBe('string');
    });

    it.skipIf(mv3)('requires the Firefox versions that read every key it uses', () => {
      const gecko = manifest.browser_specific_settings?.gecko;
      expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
      expect(Number.parseFloat(manifest.browser_specific_settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
    });

    it('ships no remote code, no inline scripts and no eval in any built file', () => {
      expect(codeProblems(dir)).toEqual([]);
    });

    it("does not replace the browser's own pages (chrome_url_overrides)", () => {
      // WXT turns an entrypoint named `history` into an override of chrome://history
      // (modules/unlisted-history.ts removes it): the user's own history page must stay theirs.
      expect(manifest.chrome_url_overrides ?? {}).toEqual({});
    });
  });
}

describe('source policy', () => {
  it('no component or entrypoint writes HTML (Preact escapes text; the bundle keeps its innerHTML path unused)', () => {
    const sources = ['components', 'entrypoints'].flatMap((d) => files(join(root, d)))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    expect(sources.length).toBeGreaterThan(5);
    const writers = sources.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\s*\(|createContextualFragment/.test(readFileSync(f, 'utf8')));
    expect(writers.map((f) => relative(root, f))).toEqual([]);
  });
});
