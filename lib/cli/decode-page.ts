// Saved pages come in the encoding they were served in, not always UTF-8: a
// byte-order mark, else a <meta charset> / http-equiv Content-Type in the first
// bytes says which (the browser's own order, much simplified), else UTF-8.
// Node only: the CLI reads files as bytes and hands lib/ a string.

/** Browsers look for the charset declaration in the first 1024 bytes; saved pages put more before it. */
const SNIFF_BYTES = 4096;

/** The encoding a page's bytes declare: BOM first, then a meta charset, else utf-8. */
export function pageEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // No BOM but "<" next to a zero byte: UTF-16 all the same.
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const declared = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  const encoding = declared ? encodingNamed(declared) : null;
  // A page read as ASCII cannot really be UTF-16, whatever it declares (the HTML spec's rule too).
  return !encoding || encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}

/** The encoding's canonical name (iso-8859-1 and latin1 are windows-1252), or null when unknown. */
function encodingNamed(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** windows-1252's 0x80–0x9F (€, ‚, „, …, –, —, ™…); the five unassigned bytes keep their C1 code. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The page's text, decoded as it declares (a BOM is dropped). */
export function decodePage(bytes: Uint8Array): string {
  const decoder = new TextDecoder(pageEncoding(bytes));
  const text = decoder.decode(bytes);
  // Some Node versions decode windows-1252 (and its aliases latin1, iso-8859-1) as
  // ISO-8859-1, leaving 0x80–0x9F as C1 controls: map them as browsers do.
  return decoder.encoding === 'windows-1252'
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!)
    : text;
}
