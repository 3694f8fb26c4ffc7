import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BOARD_MATCHES } from '../../lib/extract/hosts';
import { startPageWatch } from './page-watch';

export default defineContentScript({
  matches: [...BOARD_MATCHES],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  main(ctx) {
    // "Analyze this page" injects this script again: keep one watcher per page.
    const marker = globalThis as { __mlJobLens?: boolean };
    if (marker.__mlJobLens) return;
    marker.__mlJobLens = true;
    startPageWatch(ctx, browser);
  },
});
