import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../../lib/db';
import { reclassifyOutdated } from '../history/reclassify';
import { handleMessage } from './handlers';
import { registerContextMenu } from './context-menu';

export default defineBackground(() => {
  const db = openDb();
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    void handleMessage(db, message, sender, browser.runtime.id).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: String(error) }));
    return true; // keeps the channel open for the async reply (Chrome and Firefox)
  });
  registerContextMenu(db);
  // After an update with better rules, saved postings are re-labelled from their stored text.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void reclassifyOutdated(db).catch((error: unknown) => console.warn('ML Job Lens: re-classification failed', error));
  });
});
