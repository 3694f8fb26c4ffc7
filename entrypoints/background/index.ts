import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../../lib/db';
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
});
