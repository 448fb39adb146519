import { describe, expect, test } from 'vitest';
import {
  csvBlob,
  csvFile,
  escapeFormula,
  needsFormulaEscape,
  toCsvLine,
  unescapeFormula,
} from '../../src/io/csv-write';
import { createCsvReader, type Delimiter } from '../../src/io/csv';

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings built from the characters that matter to formulas and CSV quoting. */
function randomStrings(seed: number, count: number): string[] {
  const next = random(seed);
  const alphabet = [
    '=',
    '+',
    '-',
    '@',
    '\t',
    '\r',
    '\n',
    "'",
    '"',
    ',',
    ';',
    '#',
    '1',
    'a',
    'ł',
    ' ',
  ];
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 7);
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
}

describe('needsFormulaEscape', () => {
  test.each([
    ['=SUM(A1:A2)', true],
    ['+1+1', true],
    ['-5', true],
    ['@cmd', true],
    ['\tx', true],
    ['\rx', true],
    ['\nx', true],
    ['Anna\n=HYPERLINK("x")', true],
    ['Anna\r\n-1', true],
    ['Anna\r@x', true],
    ['a\n\tb', true],
    ['+48601234567', false],
    ['+', true],
    ['+48 601 234 567', true],
    ['+4860123456a', true],
    ['Anna Nowak', false],
    ['Anna\r\nNowak', false],
    ['a=b', false],
    [' =1', false],
    ["'=1", false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(needsFormulaEscape(value)).toBe(expected);
  });
});

describe('escapeFormula / unescapeFormula', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['-5', "'-5"],
    ['Anna\n@x', "'Anna\n@x"],
    ['+48601234567', '+48601234567'],
    ["'=1+1", "''=1+1"],
    ["''-x", "'''-x"],
    ["'+48601234567", "'+48601234567"],
    ["'Anna", "'Anna"],
    ["'", "'"],
    ['Anna', 'Anna'],
  ])('%j ↔ %j', (value, escaped) => {
    expect(escapeFormula(value)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(value);
  });

  test('the importer strips exactly one quote, and only one the writer would add', () => {
    expect(unescapeFormula("'=1")).toBe('=1');
    expect(unescapeFormula("'Anna")).toBe("'Anna");
    expect(unescapeFormula("'+48601234567")).toBe("'+48601234567");
    expect(unescapeFormula("'''=1")).toBe("''=1");
  });

  test('unescape(escape(x)) === x for 50,000 random strings', () => {
    let escaped = 0;
    for (const value of randomStrings(1, 50_000)) {
      const out = escapeFormula(value);
      if (out !== value) escaped++;
      expect(unescapeFormula(out), JSON.stringify(value)).toBe(value);
      if (needsFormulaEscape(value)) expect(out, JSON.stringify(value)).toBe(`'${value}`);
    }
    expect(escaped).toBeGreaterThan(10_000);
  });
});

describe('toCsvLine', () => {
  test('quotes the delimiter, quotes, CR and LF; escapes formulas', () => {
    expect(toCsvLine(['+48601234567', 'Nowak, Anna', 'say "hi"', 'a\r\nb', '=1', 'x;y'])).toBe(
      '+48601234567,"Nowak, Anna","say ""hi""","a\r\nb",\'=1,x;y',
    );
  });

  test('another delimiter', () => {
    expect(toCsvLine(['a;b', 'c,d', 'e\tf'], ';')).toBe('"a;b";c,d;e\tf');
    expect(toCsvLine(['a\tb', '\tc'], '\t')).toBe('"a\tb"\t"\'\tc"');
  });

  test('a first field starting with # is quoted, so it is not read as an instruction', () => {
    expect(toCsvLine(['#1', '#2'])).toBe('"#1",#2');
  });

  test('empty fields and an empty row', () => {
    expect(toCsvLine(['', 'a', ''])).toBe(',a,');
    expect(toCsvLine([])).toBe('');
  });
});

describe('csvFile and csvBlob', () => {
  const rows = [
    ['Phone Number*', 'Name'],
    ['+48601234567', 'Zażółć Gęślą Jaźń'],
    ['+48601234568', '=cmd'],
  ];

  test('UTF-8 BOM, instruction lines, CRLF after every line', () => {
    expect(csvFile(rows, { comments: ['Fill in one user per row', 'Two\nlines'] })).toBe(
      '\uFEFF# Fill in one user per row\r\n# Two lines\r\nPhone Number*,Name\r\n' +
        "+48601234567,Zażółć Gęślą Jaźń\r\n+48601234568,'=cmd\r\n",
    );
    expect(csvFile([['a', 'b;c']], { delimiter: ';' })).toBe('\uFEFFa;"b;c"\r\n');
    expect(csvFile([])).toBe('\uFEFF');
  });

  test('the Blob is UTF-8 text/csv with the BOM bytes', async () => {
    const blob = csvBlob(rows);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(csvFile(rows).slice(1));
  });
});

describe('export → import is exact', () => {
  test.each([',', ';', '\t'] as Delimiter[])('random rows, delimiter %j, random chunks', (d) => {
    const next = random(7);
    const values = randomStrings(d.charCodeAt(0), 6000);
    const rows: string[][] = [];
    // Rows whose cells are all empty are skipped by the reader, so each row has a name.
    for (let i = 0; i < values.length; i += 3) rows.push([`n${i}`, ...values.slice(i, i + 3)]);
    const text = csvFile(rows, { delimiter: d, comments: ['instructions'] });
    const reader = createCsvReader({ delimiter: d });
    const read: string[][] = [];
    for (let at = 0; at < text.length;) {
      const size = 1 + Math.floor(next() * 50);
      for (const row of reader.push(text.slice(at, at + size))) read.push(row.fields);
      at += size;
    }
    for (const row of reader.end()) read.push(row.fields);
    expect(read.map((r) => r.map(unescapeFormula))).toEqual(rows);
  });
});
