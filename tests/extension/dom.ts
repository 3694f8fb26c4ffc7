// A linkedom document as the global DOM for Preact component tests.
import { parseHTML } from 'linkedom';

export function installDom(): { document: Document; window: Window } {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.document = document;
  g.window = window;
  for (const k of ['Node', 'Element', 'HTMLElement', 'Event', 'KeyboardEvent', 'MouseEvent', 'CustomEvent', 'SVGElement', 'Text']) {
    if (k in window) g[k] = (window as unknown as Record<string, unknown>)[k];
  }
  return { document: document as unknown as Document, window: window as unknown as Window };
}

/** Polls until `check` returns a truthy value (rendering and liveQuery are async). */
export async function until<T>(check: () => T | Promise<T>, timeout = 3000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
