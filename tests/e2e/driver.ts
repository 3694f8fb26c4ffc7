// One small interface over playwright-core (Chromium) and puppeteer-core over
// WebDriver BiDi (Firefox), so both browsers run the very same checks.
export interface PageHandle {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page; `fn` must be self-contained (it is serialised). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** A page body, with response headers (e.g. a strict Content-Security-Policy). */
export interface ServedResponse { body: string; headers: Record<string, string> }

export function asResponse(served: string | ServedResponse | undefined): ServedResponse | undefined {
  return typeof served === 'string' ? { body: served, headers: {} } : served;
}

export interface Driver {
  name: string;
  /** Pages answered for these URLs; every other http(s) request is aborted. */
  serve(pages: Record<string, string | ServedResponse>): void;
  newPage(): Promise<PageHandle>;
  /** The extension's own page (popup.html, history.html) as a tab. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /** Console messages and uncaught errors of every page so far, where the driver can see them. */
  consoleMessages?(): string[];
  close(): Promise<void>;
}

/** Polls `fn` in the page until it returns a truthy value. */
export async function waitFor<R, A>(page: PageHandle, fn: (arg: A) => R | Promise<R>, arg: A, timeoutMs = 15_000): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value as NonNullable<R>;
    } catch (error) {
      last = error; // page still navigating
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Installed before any page script: records when our element first appears,
 * measured inside the page from navigation start.
 */
export function watchForAnnotation(): void {
  const w = window as unknown as { __mljlVisibleAt?: number };
  const tick = () => {
    if (document.querySelector('ml-job-lens')) { w.__mljlVisibleAt = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  const poll = setInterval(() => {
    if (w.__mljlVisibleAt !== undefined) { clearInterval(poll); return; }
    if (document.querySelector('ml-job-lens')) { w.__mljlVisibleAt = performance.now(); clearInterval(poll); }
  }, 5);
  requestAnimationFrame(tick);
}
