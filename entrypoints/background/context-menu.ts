// "Analyze selected text": a posting on any site, without a broad host permission.
import { browser } from 'wxt/browser';
import type { JobLensDb } from '../../lib/db';
import { saveSighting } from '../../lib/history';
import { selectionPosting } from '../../lib/selection';
import { analyzePosting } from '../../lib/pipeline';

const MENU_ID = 'ml-job-lens-analyze-selection';

export function registerContextMenu(db: JobLensDb): void {
  if (!browser.contextMenus) return;
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Analyze selected job text with ML Job Lens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const posting = selectionPosting(info.selectionText, tab?.url ?? info.pageUrl ?? '', tab?.title ?? null);
    void saveSighting(db, analyzePosting(posting)).then(({ record }) =>
      browser.tabs.create({ url: `${browser.runtime.getURL('/history.html')}?id=${record.id ?? ''}` }));
  });
}
