// Defensive JSON for data embedded in pages: parse with safe repairs, and walk
// the result with hard bounds so a huge or hostile blob costs little and never throws.

/** Larger blobs are skipped: no real posting needs them, and they cost parse time. */
const MAX_JSON_CHARS = 5_000_000;

/**
 * JSON.parse, and if that fails, once more after repairs that cannot change the
 * meaning of valid data: CDATA/HTML-comment wrappers, a trailing `;`, trailing
 * commas, `//` and `/* … *\/` comments, raw control characters inside strings,
 * `\'` escapes, bare `undefined`.
 * Returns undefined when the text is still not JSON.
 */
export function parseLooseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  const trimmed = stripWrappers(text);
  if (!trimmed || trimmed.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    try {
      return JSON.parse(repairJson(trimmed)) as unknown;
    } catch {
      return undefined;
    }
  }
}

function stripWrappers(text: string): string {
  let t = text.replace(/^\ufeff/, '').trim();
  // Each wrapper is anchored at an end, so these are constant-time checks.
  for (let round = 0; round < 3; round += 1) {
    const before = t;
    if (t.startsWith('<![CDATA[')) t = t.slice(9).trim();
    if (t.endsWith(']]>')) t = t.slice(0, -3).trim();
    if (t.startsWith('<!--')) t = t.slice(4).trim();
    if (t.endsWith('-->')) t = t.slice(0, -3).trim();
    if (t.startsWith('//')) t = t.slice(t.indexOf('\n') + 1 || t.length).trim();
    if (t.endsWith('//')) t = t.slice(0, -2).trim();
    if (t.endsWith(';')) t = t.slice(0, -1).trim();
    if (t === before) break;
  }
  return t;
}

/** The last character pushed that is not whitespace, or undefined. */
function lastNonSpace(out: readonly string[]): string | undefined {
  for (let k = out.length - 1; k >= 0; k -= 1) if (!/\s/.test(out[k]!)) return out[k];
  return undefined;
}

/** One linear pass; tracks whether it is inside a string so repairs never touch string content wrongly. */
function repairJson(text: string): string {
  const out: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') {
        const next = text[i + 1];
        if (next === "'") { out.push("'"); i += 1; continue; }
        out.push(c);
        if (next !== undefined) { out.push(next); i += 1; }
        continue;
      }
      if (c === '"') { inString = false; out.push(c); continue; }
      const code = c.charCodeAt(0);
      if (code < 0x20) {
        out.push(c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${code.toString(16).padStart(4, '0')}`);
        continue;
      }
      out.push(c);
      continue;
    }
    if (c === '"') { inString = true; out.push(c); continue; }
    // CMS templates leave JS comments in JSON-LD; outside strings they are only whitespace.
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i + 2);
      i = (end === -1 ? text.length : end) - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      out.push(' ');
      continue;
    }
    // '"value": ,' — a page template printed an empty field: it is null.
    if ((c === ',' || c === '}') && lastNonSpace(out) === ':') out.push('null');
    if (c === '}' || c === ']') {
      // Drop a trailing comma (and the whitespace after it) before a closer.
      let k = out.length - 1;
      while (k >= 0 && /\s/.test(out[k]!)) k -= 1;
      if (k >= 0 && out[k] === ',') out.splice(k, out.length - k);
      out.push(c);
      continue;
    }
    if (c === 'u' && text.startsWith('undefined', i) && !/[\w$]/.test(text[i - 1] ?? '') && !/[\w$]/.test(text[i + 9] ?? '')) {
      out.push('null');
      i += 8;
      continue;
    }
    out.push(c);
  }
  return out.join('');
}

/**
 * The JSON literal assigned to `name` in a script (`window.__appData = {…};`,
 * `var X = {…}`), cut out by bracket matching that respects strings.
 */
export function readAssignedJson(script: string, name: string): unknown {
  let from = 0;
  while (from < script.length) {
    const at = script.indexOf(name, from);
    if (at === -1) return undefined;
    from = at + name.length;
    let i = from;
    while (i < script.length && /\s/.test(script[i]!)) i += 1;
    if (script[i] !== '=' || script[i + 1] === '=') continue;
    i += 1;
    while (i < script.length && /\s/.test(script[i]!)) i += 1;
    const end = matchBrackets(script, i);
    if (end === -1) continue;
    return parseLooseJson(script.slice(i, end));
  }
  return undefined;
}

/** Index after the bracket closing the `{` or `[` at `start`, or -1. */
export function matchBrackets(text: string, start: number): number {
  const open = text[start];
  if (open !== '{' && open !== '[') return -1;
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length && i - start <= MAX_JSON_CHARS; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface WalkLimits {
  maxDepth: number;
  maxNodes: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = { maxDepth: 16, maxNodes: 20_000 };

/**
 * Every object reachable from `root` (breadth-first, so shallow matches come
 * first), bounded in depth and count so deep or huge data cannot stall a page.
 */
export function* walkObjects(root: unknown, limits: WalkLimits = DEFAULT_WALK_LIMITS): Generator<JsonObject> {
  const queue: Array<[unknown, number]> = [[root, 0]];
  let visited = 0;
  for (let head = 0; head < queue.length; head += 1) {
    const [value, depth] = queue[head]!;
    if (++visited > limits.maxNodes) return;
    if (Array.isArray(value)) {
      if (depth < limits.maxDepth) {
        for (const item of value) {
          if (queue.length >= limits.maxNodes) break;
          if (typeof item === 'object' && item) queue.push([item, depth + 1]);
        }
      }
      continue;
    }
    if (!isObject(value)) continue;
    yield value;
    if (depth < limits.maxDepth) {
      for (const key in value) {
        if (queue.length >= limits.maxNodes) break;
        const child = value[key];
        if (typeof child === 'object' && child) queue.push([child, depth + 1]);
      }
    }
  }
}

/** A string field, trimmed; numbers are accepted as text. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') { const t = value.trim(); return t || null; }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
