import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BOARD_MATCHES } from '../../lib/extract/hosts';
import { startPageWatch } from './page-watch';

export default defineContentScript({
  matches: [...BOARD_MATCHES],
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  main(ctx) {
    // "Analyze this page" may inject this script again: WXT then invalidates the
    // older instance, which removes its panel, observers and listeners.
    startPageWatch(ctx, browser);
  },
});
