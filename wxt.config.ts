import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { BOARD_MATCHES } from './lib/extract/hosts';

/** Extension pages run only our own bundled scripts: no eval, no inline or remote code, no plugins. */
const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

interface SourcePatch { why: string; file: RegExp; from: RegExp; to: string }

/**
 * Build-time patches to dependencies, so that no eval and no HTML injection code
 * ships at all (web-ext lint: DANGEROUS_EVAL, UNSAFE_VAR_ASSIGNMENT) and nothing can
 * trip the CSP. A dependency update that changes a patched line fails the build,
 * rather than silently shipping that code again.
 */
const SOURCE_PATCHES: SourcePatch[] = [
  {
    // zod 4 can compile object parsers with `new Function`. lib/zod-config.ts turns that
    // JIT off at run time (`z.config({ jitless: true })`); the probe goes too.
    why: 'zod util.js allowsEval: the new Function("") probe becomes `return false`',
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    from: /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/,
    to: 'return false; // ML Job Lens: no eval (wxt.config.ts SOURCE_PATCHES)',
  },
  {
    why: 'zod doc.js Doc.compile() (only reached when eval is allowed) throws instead',
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    from: /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    to: 'throw new Error("zod JIT is disabled in ML Job Lens (no eval under the extension CSP)");',
  },
  {
    // Page text is never rendered as HTML: dangerouslySetInnerHTML is never used (a
    // hardening test enforces it), so Preact's one innerHTML write of it is removed.
    why: 'preact diff: the dangerouslySetInnerHTML write throws instead',
    file: /[\\/]preact[\\/]dist[\\/]preact\.module\.js$/,
    from: /\((\w)\.innerHTML=(\w)\.__html\)/,
    to: '(function(){throw new Error("dangerouslySetInnerHTML is disabled in ML Job Lens")}())',
  },
];

function patchSources(patches: SourcePatch[]): Plugin {
  return {
    name: 'mljl-source-patches',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      const patch = patches.find((p) => p.file.test(path));
      if (!patch) return null;
      if (!patch.from.test(code)) this.error(`source patch "${patch.why}": the expected code is not in ${path}; the dependency changed — update SOURCE_PATCHES in wxt.config.ts`);
      return { code: code.replace(patch.from, patch.to), map: null };
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency stays visible in the import list.
  imports: false,
  vite: () => ({ plugins: [patchSources(SOURCE_PATCHES), preact()] }),
  hooks: {
    // WXT reads entrypoints/history/ as a chrome_url_overrides "history" page, which
    // would replace the browser's own History (Ctrl+H). Ours is an ordinary page.
    'build:manifestGenerated': (_wxt, manifest) => {
      const overrides = manifest.chrome_url_overrides as Record<string, string> | undefined;
      if (!overrides?.history) return;
      delete overrides.history;
      if (Object.keys(overrides).length === 0) delete manifest.chrome_url_overrides;
    },
  },
  manifest: ({ browser }) => ({
    name: 'ML Job Lens',
    description: 'Shows whether an ML job is about building or running models, which domain it needs, its level, and what the sources say about its skills. Nothing leaves your machine.',
    // activeTab + scripting: "Analyze this page" on sites we do not match at install.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...BOARD_MATCHES],
    // MV3 form; WXT writes it as the MV2 string for Firefox, and adds its dev server in `wxt` dev mode only.
    content_security_policy: { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ml-job-lens@example.org',
              // data_collection_permissions is read from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
