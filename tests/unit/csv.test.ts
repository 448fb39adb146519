import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  createCsvReader,
  detectDelimiter,
  normalizeHeader,
  type CsvRow,
  type Delimiter,
} from '../../src/io/csv';
import { FileReadError } from '../../src/io/decode';

/** Reads `text` cut at the given offsets. */
function read(text: string, cuts: number[] = [], delimiter?: Delimiter): CsvRow[] {
  const reader = createCsvReader(delimiter ? { delimiter } : {});
  const rows: CsvRow[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    rows.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...reader.end());
  return rows;
}

const row = (line: number, ...fields: string[]): CsvRow => ({ line, fields });

function readError(run: () => unknown): FileReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
  throw new Error('expected a FileReadError');
}

describe('createCsvReader: rows and physical line numbers', () => {
  test('plain rows; a last row without a newline', () => {
    expect(read('a,b\nc,d')).toEqual([row(1, 'a', 'b'), row(2, 'c', 'd')]);
  });

  test('quoted fields hold delimiters, quotes and newlines; later rows start on later lines', () => {
    const text =
      'Name,Note\n"Nowak, Anna","She said ""hi""\nand left",x\nKowal,"a\r\nb"\r\nLast,z\n';
    expect(read(text)).toEqual([
      row(1, 'Name', 'Note'),
      row(2, 'Nowak, Anna', 'She said "hi"\nand left', 'x'),
      row(4, 'Kowal', 'a\r\nb'),
      row(6, 'Last', 'z'),
    ]);
  });

  test('CRLF, LF and a lone CR each end one line, also mixed', () => {
    expect(read('a\r\nb\nc\rd\r\n\re')).toEqual([
      row(1, 'a'),
      row(2, 'b'),
      row(3, 'c'),
      row(4, 'd'),
      row(6, 'e'),
    ]);
  });

  test('a quote inside an unquoted field is kept; text after closing quotes too', () => {
    expect(read('5" disk,ab"c\n"a"b,"x" \n')).toEqual([
      row(1, '5" disk', 'ab"c'),
      row(2, 'ab', 'x '),
    ]);
  });

  test('empty fields, trailing delimiters, empty quoted fields', () => {
    expect(read(',a,,\n"",b\nc,')).toEqual([
      row(1, '', 'a', '', ''),
      row(2, '', 'b'),
      row(3, 'c', ''),
    ]);
  });

  test('blank lines and rows of empty fields are skipped', () => {
    expect(read('\n\na\n\r\n;;\n,,\n""\n\nb\n\n', [], ',')).toEqual([
      row(3, 'a'),
      row(5, ';;'),
      row(9, 'b'),
    ]);
  });

  test('# lines are instructions only before the first row, and are not parsed', () => {
    const text = '\uFEFF# Fill in, then "save\n\n#Phone: +48…\nPhone Number*,Name\n#1,x\n# b,y\n';
    expect(read(text)).toEqual([
      row(4, 'Phone Number*', 'Name'),
      row(5, '#1', 'x'),
      row(6, '# b', 'y'),
    ]);
  });

  test('a leading BOM is dropped', () => {
    expect(read('\uFEFFPhone,Name\n')).toEqual([row(1, 'Phone', 'Name')]);
  });

  test('semicolon and tab delimiters', () => {
    expect(read('a;"b;c";d\n', [], ';')).toEqual([row(1, 'a', 'b;c', 'd')]);
    expect(read('a\t"b\tc"\td,e\n', [], '\t')).toEqual([row(1, 'a', 'b\tc', 'd,e')]);
  });
});

describe('createCsvReader: chunks may end anywhere', () => {
  const text =
    '\uFEFF# instructions, "unbalanced\r\n#more\r\nPhone Number*;Name;Note\r\n' +
    '+48601234567;"Nowak; ""Ania""";"two\r\nlines"\r\n\r\n' +
    '+48601234568;Łukasz Śliwiński;\r+48601234569;"a""";"x\ny"\n;;\n#data;"";z';
  const expected = [
    row(3, 'Phone Number*', 'Name', 'Note'),
    row(4, '+48601234567', 'Nowak; "Ania"', 'two\r\nlines'),
    row(7, '+48601234568', 'Łukasz Śliwiński', ''),
    row(8, '+48601234569', 'a"', 'x\ny'),
    row(11, '#data', '', 'z'),
  ];

  test('one cut at every position, and two cuts at many', () => {
    expect(read(text, [], ';')).toEqual(expected);
    for (let a = 0; a <= text.length; a++) {
      expect(read(text, [a], ';'), `cut at ${a}`).toEqual(expected);
      for (let b = a; b <= text.length; b += 5) {
        expect(read(text, [a, b], ';'), `cuts at ${a}, ${b}`).toEqual(expected);
      }
    }
  });

  test('one character at a time', () => {
    const cuts = Array.from({ length: text.length }, (_, i) => i);
    expect(read(text, cuts, ';')).toEqual(expected);
  });

  test('CRLF split between chunks is one line break', () => {
    const reader = createCsvReader();
    expect(reader.push('a,b\r')).toEqual([row(1, 'a', 'b')]);
    expect(reader.push('\nc,"d\r')).toEqual([]);
    expect(reader.push('\ne"\r')).toEqual([row(2, 'c', 'd\r\ne')]);
    expect(reader.push('\nf')).toEqual([]);
    expect(reader.end()).toEqual([row(4, 'f')]);
  });

  test('"" split between chunks is one quote', () => {
    const reader = createCsvReader();
    expect(reader.push('"say "')).toEqual([]);
    expect(reader.push('"hi"')).toEqual([]);
    expect(reader.push('"",x\n')).toEqual([row(1, 'say "hi"', 'x')]);
    expect(reader.end()).toEqual([]);
  });

  test('empty pushes change nothing', () => {
    const reader = createCsvReader();
    expect([reader.push(''), reader.push('a\r'), reader.push(''), reader.push('\nb')]).toEqual([
      [],
      [row(1, 'a')],
      [],
      [],
    ]);
    expect(reader.end()).toEqual([row(2, 'b')]);
  });
});

describe('createCsvReader: an unclosed quote', () => {
  test('end() throws csv.unclosedQuote with the line where the quote opened', () => {
    const text = 'Phone,Name\n1,ok\n"2\n3",fine\n4,"Nowak\n5,Anna\n6,Ola\n';
    for (const cuts of [[], [20], [27, 28, 29]]) {
      const reader = createCsvReader();
      let from = 0;
      for (const cut of [...cuts, text.length]) {
        reader.push(text.slice(from, cut));
        from = cut;
      }
      const error = readError(() => reader.end());
      expect([error.code, error.line, error.params]).toEqual(['csv.unclosedQuote', 5, { line: 5 }]);
    }
  });

  test('rows before the quote were returned', () => {
    expect(createCsvReader().push('a\nb,"c\nd\n')).toEqual([row(1, 'a')]);
  });
});

describe('detectDelimiter', () => {
  const headers = ['Phone Number', 'Name', 'Department'];

  test.each([
    ['a one-row semicolon file', 'Phone Number*;Name', ';'],
    ['a one-row tab file', 'Phone Number*\tName\tDepartment', '\t'],
    ['a comma file', 'Phone Number*,Name\n+48601234567,"Nowak; Anna"\n', ','],
    ['header names win over more fields', 'Phone Number;Name, first, second\n', ';'],
    [
      'instruction lines are passed over',
      '# Fill in; please, thanks\tok\nPhone Number\tName\n',
      '\t',
    ],
    ['case, spaces, * and BOM do not matter', '\uFEFF PHONE  number* ;name\n', ';'],
    ['no header: values holding commas', '"Nowak, Anna";+48601234567\n', ';'],
    ['no header: most fields', 'a;b;c,d\n', ';'],
    ['an empty sample', '', ','],
    ['one column', 'Phone Number\n+48601234567\n', ','],
    ['a sample cut inside quotes', 'Phone;"Na', ';'],
  ] as const)('%s', (_name, sample, delimiter) => {
    expect(detectDelimiter(sample, headers)).toBe(delimiter);
  });

  test('a big sample: only the first row is read', () => {
    const sample = `Phone Number;Name\n${'1,2,3,4,5,6\n'.repeat(100_000)}`;
    expect(detectDelimiter(sample, headers)).toBe(';');
  });
});

describe('normalizeHeader', () => {
  test.each([
    ['\uFEFFPhone Number*', 'phone number'],
    ['  Phone   Number ', 'phone number'],
    ['*NAME*', 'name'],
    ['Imię i NAZWISKO', 'imię i nazwisko'],
    ['Employee\tID', 'employee id'],
  ])('%j → %j', (name, normalized) => {
    expect(normalizeHeader(name)).toBe(normalized);
  });
});

describe('createCsvReader: counting rows', () => {
  /** Text made of the pieces that change how rows are read: quotes, line ends, blanks, `#`. */
  const csvText = fc
    .array(fc.constantFrom('a', ' ', '\u00a0', ',', ';', '"', '""', '\n', '\r', '\r\n', '#', 'Ł'), {
      maxLength: 60,
    })
    .map((parts) => parts.join(''));

  /** Rows returned before `countOnly()` at `switchAt` plus rows counted after it. */
  function counted(text: string, cuts: number[], switchAt: number): number | FileReadError {
    const reader = createCsvReader();
    let returned = 0;
    let from = 0;
    try {
      for (const cut of [...cuts, text.length]) {
        if (from >= switchAt && !Number.isNaN(switchAt)) {
          reader.countOnly();
          switchAt = Number.NaN;
        }
        returned += reader.push(text.slice(from, cut)).length;
        from = cut;
      }
      returned += reader.end().length;
    } catch (error) {
      if (error instanceof FileReadError) return error;
      throw error;
    }
    return returned + reader.counted;
  }

  test('counts the rows a reader returns, wherever the chunks end and counting starts', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.nat(60), { maxLength: 4 }),
        fc.nat(60),
        (text, rawCuts, switchAt) => {
          const cuts = [...new Set(rawCuts.map((c) => Math.min(c, text.length)))].sort(
            (a, b) => a - b,
          );
          const rows = (() => {
            try {
              return read(text, cuts).length;
            } catch (error) {
              return error as FileReadError;
            }
          })();
          const count = counted(text, cuts, switchAt);
          if (typeof rows === 'number') expect(count).toBe(rows);
          else
            expect([(count as FileReadError).code, (count as FileReadError).line]).toEqual([
              rows.code,
              rows.line,
            ]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('rows after countOnly() are counted, not returned: a blank row is not counted, a # row after data is', () => {
    const reader = createCsvReader();
    expect(reader.push('# note\nPhone,Name\n+1,"a')).toEqual([row(2, 'Phone', 'Name')]);
    reader.countOnly();
    expect(reader.push('b"\n,\n ,\t\n#x,y\n')).toEqual([]);
    expect(reader.end()).toEqual([]);
    expect(reader.counted).toBe(2);
  });
});
