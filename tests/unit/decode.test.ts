import { describe, expect, test } from 'vitest';
import { createTextDecoder, FileReadError, type FileEncoding } from '../../src/io/decode';

const POLISH =
  'Phone Number*,Name\r\n+48601234567,Zażółć Gęślą Jaźń\r\n+48601234568,Łukasz Śliwiński\r\n';
const WESTERN = 'Name;Note\nJosé Müller;€5 “quoted” – ok\nFrançois Lefèvre;Señor Núñez\n';

/** Windows-1250 bytes of the Polish letters (the rest of the test text is ASCII). */
const CP1250: Record<string, number> = {
  ą: 0xb9,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0x9c,
  ź: 0x9f,
  ż: 0xbf,
  Ą: 0xa5,
  Ć: 0xc6,
  Ę: 0xca,
  Ł: 0xa3,
  Ń: 0xd1,
  Ó: 0xd3,
  Ś: 0x8c,
  Ź: 0x8f,
  Ż: 0xaf,
};
/** Windows-1252 bytes of the Western letters and punctuation used above. */
const CP1252: Record<string, number> = {
  é: 0xe9,
  ü: 0xfc,
  ç: 0xe7,
  è: 0xe8,
  ñ: 0xf1,
  ú: 0xfa,
  '€': 0x80,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
};

function singleByte(text: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = table[ch] ?? ch.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && table[ch] === undefined))
      throw new Error(`no byte for ${ch}`);
    return code;
  });
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

/** Decodes `bytes` cut at the given offsets; returns the text and the detected encoding. */
function decode(bytes: Uint8Array, cuts: number[] = [], region?: string) {
  const decoder = createTextDecoder(region === undefined ? {} : { region });
  let text = '';
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.push(bytes.subarray(from, cut));
    from = cut;
  }
  text += decoder.end();
  return { text, encoding: decoder.encoding };
}

function readError(run: () => unknown): FileReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
  throw new Error('expected a FileReadError');
}

const cases: Array<[string, Uint8Array, string, FileEncoding, string?]> = [
  ['UTF-8', utf8(POLISH), POLISH, 'utf-8'],
  ['UTF-8 with BOM', withBom(POLISH), POLISH, 'utf-8'],
  ['UTF-8 with an emoji (4 bytes)', utf8(`${POLISH}Ola 😀\n`), `${POLISH}Ola 😀\n`, 'utf-8'],
  ['UTF-16 LE', utf16(POLISH, true), POLISH, 'utf-16le'],
  ['UTF-16 BE', utf16(POLISH, false), POLISH, 'utf-16be'],
  ['UTF-16 LE with a surrogate pair', utf16('Ola 😀\n', true), 'Ola 😀\n', 'utf-16le'],
  ['Windows-1250 (no region)', singleByte(POLISH, CP1250), POLISH, 'windows-1250'],
  ['Windows-1250 (region US)', singleByte(POLISH, CP1250), POLISH, 'windows-1250', 'US'],
  ['Windows-1252 (region US)', singleByte(WESTERN, CP1252), WESTERN, 'windows-1252', 'US'],
];

describe('createTextDecoder: every encoding, cut at every byte boundary', () => {
  test.each(cases)('%s', (_name, bytes, expected, encoding, region) => {
    expect(decode(bytes, [], region)).toEqual({ text: expected, encoding });
    for (let a = 0; a <= bytes.length; a++) {
      expect(decode(bytes, [a], region).text, `cut at ${a}`).toBe(expected);
      for (let b = a; b <= bytes.length; b += 3) {
        expect(decode(bytes, [a, b], region).text, `cuts at ${a}, ${b}`).toBe(expected);
      }
    }
    const oneByOne = Array.from({ length: bytes.length }, (_, i) => i);
    expect(decode(bytes, oneByOne, region)).toEqual({ text: expected, encoding });
  });

  test('the BOM is removed, a second U+FEFF is text', () => {
    expect(decode(withBom('\uFEFFa')).text).toBe('\uFEFFa');
    expect(decode(utf16('\uFEFFa', true)).text).toBe('\uFEFFa');
  });

  test('the encoding is known once four bytes have arrived', () => {
    const decoder = createTextDecoder();
    decoder.push(utf8('ab'));
    expect(decoder.encoding).toBeUndefined();
    decoder.push(utf8('cd'));
    expect(decoder.encoding).toBe('utf-8');
  });

  test('empty and tiny files', () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
    expect(decode(utf8('a'))).toEqual({ text: 'a', encoding: 'utf-8' });
    expect(decode(Uint8Array.of(0xff, 0xfe))).toEqual({ text: '', encoding: 'utf-16le' });
  });
});

describe('createTextDecoder: choosing Windows-1250 or 1252', () => {
  test('Windows-1252 punctuation 0x80–0x9F decodes as in browsers (€ “ ” –)', () => {
    expect(decode(Uint8Array.of(0x80, 0x20, 0x93, 0x61, 0x94, 0x96), [], 'US').text).toBe('€ “a”–');
  });

  test('letters that are the same in both code pages: the region decides', () => {
    const bytes = singleByte('José Núñez\n', CP1252);
    expect(decode(bytes, [], 'FR')).toEqual({ text: 'José Núñez\n', encoding: 'windows-1252' });
    expect(decode(bytes, [], 'pl')).toEqual({ text: 'José Núńez\n', encoding: 'windows-1250' });
    expect(decode(bytes).encoding).toBe('windows-1252');
  });

  test('Polish-only bytes outvote a Western region', () => {
    const bytes = singleByte('Łukasz Śliwiński, ąę\n', CP1250);
    expect(decode(bytes, [], 'US').text).toBe('Łukasz Śliwiński, ąę\n');
  });

  test('ÿ (a letter only in 1252) outvotes region PL', () => {
    expect(decode(Uint8Array.of(0x61, 0xff), [], 'PL').text).toBe('aÿ');
  });

  test('a CZ region decides 1250 on a tie', () => {
    expect(decode(Uint8Array.of(0x65, 0xe8), [], 'CZ').text).toBe('eč');
  });
});

describe('createTextDecoder: invalid UTF-8 late in the file', () => {
  const ascii = `Phone Number,Name\n${'+48601234567,Anna Nowak\n'.repeat(9000)}`;
  const late = Uint8Array.from([
    ...utf8(ascii),
    ...singleByte('+48601234568,Łukasz Śliwiński\n', CP1250),
  ]);
  const expected = `${ascii}+48601234568,Łukasz Śliwiński\n`;

  test.each([
    ['one chunk', []],
    ['64 KiB chunks', [65536, 131072]],
    ['the first invalid byte starts a chunk', [ascii.length + 13]],
    ['the first invalid byte ends a chunk', [ascii.length + 14]],
    ['one byte before the end', [late.length - 1]],
  ])('after only ASCII, switches to 1250 from there: %s', (_name, cuts) => {
    expect(decode(late, cuts)).toEqual({ text: expected, encoding: 'windows-1250' });
  });

  test('while waiting for the 1250/1252 decision, nothing is lost or repeated', () => {
    const decoder = createTextDecoder();
    let text = '';
    for (let at = 0; at < late.length; at += 1000)
      text += decoder.push(late.subarray(at, at + 1000));
    expect(decoder.encoding).toBe('utf-8');
    text += decoder.end();
    expect(decoder.encoding).toBe('windows-1250');
    expect(text).toBe(expected);
  });

  test('a caller that reuses one buffer for every chunk', () => {
    const decoder = createTextDecoder();
    const buffer = new Uint8Array(4096);
    let text = '';
    for (let at = 0; at < late.length; at += buffer.length) {
      const chunk = late.subarray(at, at + buffer.length);
      buffer.set(chunk);
      text += decoder.push(buffer.subarray(0, chunk.length));
    }
    expect(text + decoder.end()).toBe(expected);
  });

  test('a file cut in the middle of a character after ASCII is read as a code page', () => {
    expect(decode(Uint8Array.of(0x61, 0x62, 0x63, 0x0a, 0xc5), [], 'PL').text).toBe('abc\nĹ');
  });
});

describe('createTextDecoder: UTF-8 and then something else', () => {
  // Line 1 ASCII, 2 UTF-8 Polish, 3 ends in a lone CR, 4 CRLF, 5 holds a 1250 byte.
  const head = utf8('Phone,Name\n1,Zażółć\r2,x\r\n3,y\n4,');
  const bytes = Uint8Array.from([...head, 0xb9, 0x0a]);

  test('throws file.mixedEncoding with the line, however the file is cut', () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const error = readError(() => decode(bytes, [cut]));
      expect(error.code).toBe('file.mixedEncoding');
      expect(error.line).toBe(5);
      expect(error.params).toEqual({ line: 5 });
    }
  });

  test('a UTF-8 BOM counts as UTF-8', () => {
    const error = readError(() => decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xb9])));
    expect([error.code, error.line]).toEqual(['file.mixedEncoding', 2]);
  });

  test('a character cut off by the end of the file', () => {
    const cutOff = Uint8Array.from([...utf8('ż\nż\n'), 0xc5]);
    const error = readError(() => decode(cutOff, [4]));
    expect([error.code, error.line]).toEqual(['file.mixedEncoding', 3]);
  });
});

describe('createTextDecoder: binary files', () => {
  test.each([
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['excel', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]],
    ['pdf', [...utf8('%PDF-1.7\n')]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['binary', [...utf8('Phone,Name\n'), 0x00, 0x01]],
  ])('%s', (kind, list) => {
    const bytes = Uint8Array.from(list);
    for (const cuts of [[], [1, 2, 3]]) {
      const error = readError(() => decode(bytes, cuts));
      expect([error.code, error.params]).toEqual(['file.binary', { kind }]);
    }
  });

  test('NUL bytes are fine in UTF-16', () => {
    expect(decode(utf16('ab', true)).text).toBe('ab');
  });

  test('only the first 4 KB are checked for NUL bytes', () => {
    const late = Uint8Array.from([...utf8('a'.repeat(5000)), 0x00]);
    expect(decode(late).text).toBe(`${'a'.repeat(5000)}\u0000`);
  });
});
