// Mounts the panel for one posting in a shadow root under <ml-job-lens>, near
// the posting's title, and tears it down when the page moves on.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelProps } from '../../components/Panel';
import panelCss from '../../components/panel.css?inline';
import type { Analysis } from '../../lib/model';
import { describeSignal } from '../../lib/trends/describe';

export interface MountedPanel {
  analysis: Analysis;
  update(props: Partial<Pick<PanelProps, 'seen' | 'problem'>>): void;
  remove(): void;
}

/** The element the panel goes after: the heading that carries the title, else the first h1. */
export function findAnchor(doc: Document, title: string): Element | null {
  const wanted = title.trim().toLowerCase();
  const headings = Array.from(doc.querySelectorAll('h1, h2'));
  return headings.find((h) => (h.textContent ?? '').trim().toLowerCase() === wanted)
    ?? headings.find((h) => h.tagName === 'H1' && (h.textContent ?? '').trim().length > 0)
    ?? null;
}

export async function mountPanel(ctx: ContentScriptContext, analysis: Analysis): Promise<MountedPanel> {
  const anchor = findAnchor(document, analysis.posting.title);
  let props: PanelProps = { analysis, describeSignal };
  let container: HTMLElement | null = null;
  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: 'ml-job-lens',
    css: panelCss,
    position: 'inline',
    anchor: anchor ?? 'body',
    append: anchor ? 'after' : 'first',
    mode: 'open',
    isolateEvents: true,
    onMount: (uiContainer) => {
      container = uiContainer.appendChild(document.createElement('div'));
      render(<Panel {...props} />, container);
      return container;
    },
    onRemove: (el) => { if (el) render(null, el); },
  });
  const { work, scope, level } = analysis.classification;
  ui.mount();
  ui.shadowHost.dataset.work = work.label;
  ui.shadowHost.dataset.scope = scope.label;
  ui.shadowHost.dataset.level = level.label;
  ui.shadowHost.dataset.url = analysis.posting.url;
  return {
    analysis,
    update(next) {
      props = { ...props, ...next };
      if (container) render(<Panel {...props} />, container);
    },
    remove() { ui.remove(); },
  };
}
