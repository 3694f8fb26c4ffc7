// Rich-text documents that CMS-built careers pages ship instead of HTML: Contentful
// ({nodeType: 'document', content: [...]}, text in `value`) and ProseMirror/Tiptap
// ({type: 'doc', content: [...]}, text in `text`). Flattened to the plain text the
// rest of the pipeline reads as htmlToText writes it: blocks apart by a blank line,
// list items on lines of their own marked "- ".
import { isObject } from './json';

/** Deeper than any real document; bounds hostile input. */
const MAX_DEPTH = 40;
/** More nodes than any real posting; bounds hostile input. */
const MAX_NODES = 20_000;

const BLOCKS = /^(?:paragraph|heading(?:-\d)?|blockquote|hr|table-row|tableRow|code_?block|codeBlock)$/i;
const LIST_ITEMS = /^(?:list-item|list_item|listItem)$/i;

/** The text of a rich-text document, or null when the value is not one. */
export function richTextToText(value: unknown): string | null {
  if (!isObject(value)) return null;
  const kind = value.nodeType ?? value.type;
  if (kind !== 'document' && kind !== 'doc') return null;
  const lines: Array<{ text: string; item: boolean }> = [];
  let current = '';
  let inItem = false;
  let nodes = 0;
  const endLine = (): void => {
    const text = current.trim();
    if (text && text !== '-') lines.push({ text, item: inItem });
    current = '';
  };
  const walk = (node: unknown, depth: number): void => {
    if (!isObject(node) || depth > MAX_DEPTH || ++nodes > MAX_NODES) return;
    const type = String(node.nodeType ?? node.type ?? '');
    if (type === 'text') {
      const text = node.value ?? node.text;
      if (typeof text === 'string') current += text;
      return;
    }
    if (type === 'hardBreak' || type === 'hard_break') { endLine(); return; }
    const block = BLOCKS.test(type);
    const item = LIST_ITEMS.test(type);
    if (block || item) endLine();
    if (item) { current = '- '; inItem = true; }
    const children = Array.isArray(node.content) ? node.content : [];
    for (const child of children) {
      // A list item's paragraphs continue its line rather than starting new ones.
      if (item && isObject(child) && BLOCKS.test(String(child.nodeType ?? child.type ?? ''))) {
        for (const inner of Array.isArray(child.content) ? child.content : []) walk(inner, depth + 2);
        current += ' ';
      } else {
        walk(child, depth + 1);
      }
    }
    if (block || item) endLine();
    if (item) inItem = false;
  };
  walk(value, 0);
  endLine();
  let out = '';
  lines.forEach((line, i) => {
    if (i > 0) out += line.item && lines[i - 1]!.item ? '\n' : '\n\n';
    out += line.text;
  });
  return out || null;
}
