// A small virtualised list: only the rows in (or near) the viewport are in the
// DOM. Rows have a fixed height until they grow (expanded rows are measured with
// a ResizeObserver). Keyboard: a roving tabindex over rows; ↑/↓, Page Up/Down,
// Home/End move between rows, Enter activates one, and the focused row is
// scrolled into view. Tab moves into the row's own buttons.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, scrollToReveal, visibleRange } from './virtual';

export interface VirtualListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string | number;
  rowHeight: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
  /** Row to scroll to and focus once (e.g. ?id= in the URL). */
  focusKey?: string | number | null;
  /** Enter on a focused row (e.g. expand it). */
  onActivate?: (item: T) => void;
  class?: string;
}

export function VirtualList<T>({ items, itemKey, rowHeight, renderRow, label, focusKey, onActivate, class: cls }: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [heights, setHeights] = useState<ReadonlyMap<string | number, number>>(new Map());
  const [active, setActive] = useState(0);
  const wantFocus = useRef(false);

  const offsets = useMemo(
    () => rowOffsets(items.length, (i) => heights.get(itemKey(items[i] as T)) ?? rowHeight),
    [items, heights, rowHeight],
  );
  const { start, end } = visibleRange(offsets, scrollTop, viewport);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setViewport(el.clientHeight || 600));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Measure rendered rows whose height differs from the default (expanded ones).
  const rowObserver = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    rowObserver.current = new ResizeObserver((entries) => {
      setHeights((prev) => {
        let next: Map<string | number, number> | null = null;
        for (const e of entries) {
          const el = e.target as HTMLElement;
          const raw = el.dataset.key;
          if (raw === undefined) continue;
          const key = el.dataset.keyType === 'number' ? Number(raw) : raw;
          const h = Math.ceil(el.getBoundingClientRect().height);
          const known = prev.get(key) ?? rowHeight;
          if (h > 0 && h !== known) {
            next ??= new Map(prev);
            if (h === rowHeight) next.delete(key);
            else next.set(key, h);
          }
        }
        return next ?? prev;
      });
    });
    return () => rowObserver.current?.disconnect();
  }, [rowHeight]);

  useEffect(() => { if (active >= items.length) setActive(Math.max(0, items.length - 1)); }, [items.length]);

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(items.length - 1, index));
    setActive(i);
    wantFocus.current = true;
    const el = scroller.current;
    if (el) {
      const top = scrollToReveal(offsets, i, el.scrollTop, el.clientHeight || viewport);
      if (top !== el.scrollTop) { el.scrollTop = top; setScrollTop(top); }
    }
  };

  useEffect(() => {
    if (focusKey === null || focusKey === undefined) return;
    const i = items.findIndex((it) => itemKey(it) === focusKey);
    if (i >= 0) moveTo(i);
  }, [focusKey, items.length > 0]);

  // Observe exactly the rows in the DOM now (a handful), so scrolled-away rows are released.
  useLayoutEffect(() => {
    const ro = rowObserver.current;
    if (!ro || !scroller.current) return;
    ro.disconnect();
    for (const el of scroller.current.querySelectorAll<HTMLElement>('[data-index]')) ro.observe(el);
  });

  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (!target?.matches('[data-index]')) return; // keys inside a row (textarea, buttons) are the row's
    if (e.key === 'Enter' && onActivate) {
      const item = items[active];
      if (item !== undefined) { e.preventDefault(); onActivate(item); }
      return;
    }
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: items.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
  };

  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i] as T;
    const key = itemKey(item);
    rows.push(
      <div
        key={key}
        role="listitem"
        aria-posinset={i + 1}
        aria-setsize={items.length}
        data-index={i}
        data-key={String(key)}
        data-key-type={typeof key}
        tabIndex={i === active ? 0 : -1}
        class="vrow"
        style={{ top: `${offsets[i]}px`, minHeight: `${rowHeight}px` }}
        onFocus={(e) => { if (e.target === e.currentTarget) setActive(i); }}
      >
        {renderRow(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      class={`vlist ${cls ?? ''}`}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label={label} class="vlist-inner" style={{ height: `${offsets[items.length] ?? 0}px` }}>
        {rows}
      </div>
    </div>
  );
}
