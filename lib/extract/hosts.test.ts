import { expect, test } from 'vitest';
import { getUrlTests } from './canonical';
import { BOARD_MATCHES } from './hosts';

/** Minimal WebExtension match-pattern check (scheme://host/path with * wildcards). */
function matchesPattern(pattern: string, url: URL): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostOk = host!.startsWith('*.')
    ? url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1))
    : url.hostname === host;
  const pathRe = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && pathRe.test(url.pathname + url.search);
}

/** Test URLs that are deliberately outside the install-time hosts (analysed on request only). */
const ON_REQUEST_ONLY = [
  'https://www.example.com/careers/job?gh_jid=4000001', // Greenhouse embedded in a company site
  'https://www.builtinnyc.com/job/engineer/machine-learning-engineer/201234', // legacy Built In city site
  'https://angel.co/company/acme/jobs/3012345-machine-learning-engineer', // redirects to wellfound.com
];

test('the content script runs on every board URL an adapter claims', () => {
  for (const [name, urls] of getUrlTests()) {
    for (const url of urls) {
      if (ON_REQUEST_ONLY.includes(url)) continue;
      expect(BOARD_MATCHES.some((p) => matchesPattern(p, new URL(url))), `${name}: ${url}`).toBe(true);
    }
  }
});
