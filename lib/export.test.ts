import { describe, expect, test } from 'vitest';
import {
  BOM, CSV_COLUMNS, csvCell, csvChunks, exportFileName, jsonChunks, toCsv, toJson,
} from './export';
import { makePosting, makePostings } from './testing/postings';

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      cell += ch; i++; continue;
    }
    if (ch === '"') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(cell); cell = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    cell += ch; i++;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('csvCell', () => {
  test.each<[string | number | null | undefined, string]>([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [0.5, '0.5'],
    [Number.NaN, ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['line1\r\nline2', '"line1\r\nline2"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'],
    [' =x', ' =x'],
    ['naïve — 東京 😀', 'naïve — 東京 😀'],
  ])('%j → %j', (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe('toCsv', () => {
  test('BOM, header, CRLF rows, one column per field', () => {
    const csv = toCsv(makePostings(3));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([name]) => name));
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  test('UTF-8 with BOM bytes, non-ASCII survives', () => {
    const r = makePosting(1, { title: 'Ingénieur ML — 東京', company: 'Zürich AG 😀' });
    const bytes = new TextEncoder().encode(toCsv([r]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    const col = (name: string) => CSV_COLUMNS.findIndex(([n]) => n === name);
    expect(back[1]![col('title')]).toBe('Ingénieur ML — 東京');
    expect(back[1]![col('company')]).toBe('Zürich AG 😀');
  });

  test('the full description, with newlines, quotes and commas, reads back exactly', () => {
    const description = 'First paragraph, with "quotes".\n\nSecond\r\nline.\n' + 'x'.repeat(100_000);
    const r = makePosting(1, { description, note: '=cmd|\' /C calc\'!A0' });
    const rows = parseCsv(toCsv([r]).slice(1));
    const col = (name: string) => CSV_COLUMNS.findIndex(([n]) => n === name);
    expect(rows[1]![col('description')]).toBe(description);
    expect(rows[1]![col('note')]).toBe('\'=cmd|\' /C calc\'!A0');
  });

  test('formula injection in any text column is neutralised', () => {
    const r = makePosting(1, { title: '=1+1', company: '@evil', location: '+44', salaryText: '-100' });
    const rows = parseCsv(toCsv([r]).slice(1));
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+@\t\r]/);
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^-[^0-9]/);
  });

  test('dates are ISO, lists are joined, nulls are empty', () => {
    const r = makePosting(1, { firstSeen: Date.UTC(2026, 0, 2), domains: ['finance', 'ads'], company: null, salaryAnnualMin: null });
    const row = parseCsv(toCsv([r]).slice(1))[1]!;
    const col = (name: string) => CSV_COLUMNS.findIndex(([n]) => n === name);
    expect(row[col('firstSeen')]).toBe('2026-01-02T00:00:00.000Z');
    expect(row[col('domains')]).toBe('finance; ads');
    expect(row[col('company')]).toBe('');
    expect(row[col('salaryAnnualMin')]).toBe('');
  });

  test('chunks join to the whole, header first', () => {
    const records = makePostings(1200);
    const chunks = [...csvChunks(records, 500)];
    expect(chunks).toHaveLength(1 + 3);
    expect(chunks.join('')).toBe(toCsv(records));
  });

  test('no records → header only', () => {
    expect(parseCsv(toCsv([]).slice(1))).toHaveLength(1);
  });
});

describe('toJson', () => {
  test('schemaVersion, exportedAt and the postings, exactly', () => {
    const records = makePostings(5);
    const at = new Date(Date.UTC(2026, 10, 27, 9, 30));
    const parsed = JSON.parse(toJson(records, at));
    expect(parsed).toEqual({ schemaVersion: 1, exportedAt: '2026-11-27T09:30:00.000Z', postings: records });
  });
  test('chunks join to the same text, empty list included', () => {
    const at = new Date(0);
    const records = makePostings(1001);
    expect([...jsonChunks(records, at, 250)].join('')).toBe(toJson(records, at));
    expect(JSON.parse(toJson([], at)).postings).toEqual([]);
  });
  test('hostile text stays data', () => {
    const r = makePosting(1, { title: '</script><img src=x onerror=alert(1)>', description: '"\u2028\u0000' });
    expect(JSON.parse(toJson([r])).postings[0].title).toBe(r.title);
    expect(JSON.parse(toJson([r])).postings[0].description).toBe(r.description);
  });
});

test('exportFileName uses the local date', () => {
  expect(exportFileName('csv', new Date(2026, 10, 27, 23, 59))).toBe('ml-job-lens-2026-11-27.csv');
  expect(exportFileName('json', new Date(2027, 0, 5))).toBe('ml-job-lens-2027-01-05.json');
});
