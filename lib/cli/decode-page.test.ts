import { describe, expect, test } from 'vitest';
import { decodePage, pageEncoding } from './decode-page';

const html = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const utf16 = (text: string, bigEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], 2 + i * 2);
  }
  return bytes;
};
/** Latin-1 and windows-1252 bytes of a string whose characters are all in windows-1252. */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ '–': 0x96, '€': 0x80 } as Record<string, number>)[c] ?? c.charCodeAt(0)));

describe('decodePage', () => {
  test.each([
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html('', 'Köln'))]), 'utf-8'],
    ['UTF-16LE BOM', utf16(html('', 'Köln'), false), 'utf-16le'],
    ['UTF-16BE BOM', utf16(html('', 'Köln'), true), 'utf-16be'],
    ['meta charset', cp1252(html('<meta charset="windows-1252">', 'Köln – 60.000 €')), 'windows-1252'],
    ['http-equiv', cp1252(html('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'Köln')), 'windows-1252'],
    ['nothing declared', new TextEncoder().encode(html('', 'Köln')), 'utf-8'],
    ['unknown label', new TextEncoder().encode(html('<meta charset="x-bogus">', 'Köln')), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    expect(pageEncoding(bytes)).toBe(encoding);
    const text = decodePage(bytes);
    expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(text).toContain('Köln');
  });

  test('windows-1252 bytes 0x80–0x9F are the characters browsers show (€, –)', () => {
    expect(decodePage(cp1252(html('<meta charset="windows-1252">', 'Köln – 60.000 €')))).toContain('Köln – 60.000 €');
  });
});
