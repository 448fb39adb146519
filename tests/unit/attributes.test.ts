import { describe, expect, test } from 'vitest';
import {
  MAX_ATTRIBUTE_NAME,
  attributeEditTexts,
  formatAttributeValue,
  missingMandatory,
  plainNumber,
  parseAttributeValue,
  validateAttributeDrafts,
  valueContextFor,
  type AttributeDraft,
  type ParsedValue,
} from '../../src/domain/attributes';
import type { Attribute, AttributeType } from '../../src/domain/types';

function saved(
  id: string,
  name: string,
  mandatory = false,
  type: AttributeType = 'text',
): Attribute {
  return {
    id,
    name,
    type,
    mandatory,
    userEditable: true,
    visibleToAll: true,
    createdAt: 0,
    order: 1,
  };
}

function draft(name: string, type: AttributeType = 'text'): AttributeDraft {
  return { name, type, mandatory: false, userEditable: true, visibleToAll: true };
}

const PL = valueContextFor('PL');
const US = valueContextFor('US');
const PL_FILE = valueContextFor('PL', true);

function ok(result: ParsedValue): unknown {
  if (!result.ok) throw new Error(`expected a value, got ${result.code}`);
  return result.value;
}

function failure(result: ParsedValue): { code: string; params?: Record<string, string | number> } {
  if (result.ok) throw new Error(`expected a failure, got ${String(result.value)}`);
  return result;
}

describe('validateAttributeDrafts', () => {
  const existing = [saved('a1', 'Employee ID'), saved('a2', 'Department')];

  test('accepts new, distinct names', () => {
    expect(
      validateAttributeDrafts(existing, [draft('Shift'), draft('Badge number', 'number')]),
    ).toEqual([]);
  });

  test("a users file's own columns cannot be attribute names (any case, stray * and spaces)", () => {
    const problems = validateAttributeDrafts(existing, [
      draft('network'),
      draft(' Phone  Number* '),
      draft('Created'),
      draft('Name'),
      draft('Source code'),
    ]);
    expect(problems.map((p) => [p.row, p.value, p.code])).toEqual([
      [1, 'network', 'attribute.name.reserved'],
      [2, 'Phone  Number*', 'attribute.name.reserved'],
      [3, 'Created', 'attribute.name.reserved'],
      [4, 'Name', 'attribute.name.reserved'],
    ]);
  });

  test('an empty or blank name is reported with its row', () => {
    const problems = validateAttributeDrafts(existing, [draft('Shift'), draft(''), draft('   ')]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'name', 'attribute.name.empty'],
      [3, 'name', 'attribute.name.empty'],
    ]);
  });

  test('names longer than 64 characters are refused; exactly 64 is fine', () => {
    const exact = 'x'.repeat(MAX_ATTRIBUTE_NAME);
    expect(MAX_ATTRIBUTE_NAME).toBe(64);
    expect(validateAttributeDrafts([], [draft(exact)])).toEqual([]);
    const [problem, ...rest] = validateAttributeDrafts([], [draft(exact), draft('y'.repeat(65))]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      row: 2,
      column: 'name',
      code: 'attribute.name.tooLong',
      params: { max: 64, length: 65 },
    });
    expect(problem?.value?.length).toBeLessThan(65);
  });

  test('length is measured after trimming', () => {
    expect(validateAttributeDrafts([], [draft(`  ${'x'.repeat(64)}  `)])).toEqual([]);
  });

  test('a name clashing case-insensitively with a saved attribute names the saved one', () => {
    const problems = validateAttributeDrafts(existing, [draft('Shift'), draft('  employee id ')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      row: 2,
      code: 'attribute.name.duplicate',
      params: { other: 'Employee ID' },
    });
  });

  test('duplicates among the drafts are reported on the later row', () => {
    const problems = validateAttributeDrafts(existing, [
      draft('Shift'),
      draft('Badge'),
      draft('SHIFT'),
      draft('badge'),
    ]);
    expect(problems.map((p) => [p.row, p.code, p.params?.['other']])).toEqual([
      [3, 'attribute.name.duplicate', 'Shift'],
      [4, 'attribute.name.duplicate', 'Badge'],
    ]);
  });

  test('every bad draft is listed at once', () => {
    const problems = validateAttributeDrafts(existing, [
      draft(''),
      draft('department'),
      draft('z'.repeat(70)),
    ]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [1, 'attribute.name.empty'],
      [2, 'attribute.name.duplicate'],
      [3, 'attribute.name.tooLong'],
    ]);
  });
});

describe('valueContextFor', () => {
  test('month-first regions read a/b/yyyy month first, others day first', () => {
    expect(valueContextFor('US').dayFirst).toBe(false);
    expect(valueContextFor('us').dayFirst).toBe(false);
    expect(valueContextFor('PL').dayFirst).toBe(true);
    expect(valueContextFor('IN').dayFirst).toBe(true);
  });

  test('decimal comma only when asked for', () => {
    expect(valueContextFor('PL').decimalComma).toBe(false);
    expect(valueContextFor('PL', true).decimalComma).toBe(true);
  });
});

describe('parseAttributeValue: number', () => {
  test('finite decimals', () => {
    expect(ok(parseAttributeValue('number', '7.5', PL))).toBe(7.5);
    expect(ok(parseAttributeValue('number', '-12', PL))).toBe(-12);
    expect(ok(parseAttributeValue('number', '0', PL))).toBe(0);
    expect(ok(parseAttributeValue('number', '.25', PL))).toBe(0.25);
  });

  test('7,5 only with a decimal comma (semicolon- or tab-separated files)', () => {
    expect(failure(parseAttributeValue('number', '7,5', PL)).code).toBe('value.number.format');
    expect(ok(parseAttributeValue('number', '7,5', PL_FILE))).toBe(7.5);
    expect(ok(parseAttributeValue('number', '7.5', PL_FILE))).toBe(7.5);
  });

  test.each(['abc', '7.5.1', '1e5', 'Infinity', 'NaN', '7 5', '12abc', '0x10'])(
    '%s is not a number',
    (raw) => {
      expect(failure(parseAttributeValue('number', raw, PL)).code).toBe('value.number.format');
    },
  );

  test('the failure in a decimal-comma file has its own code, so the message can mention both forms', () => {
    expect(failure(parseAttributeValue('number', 'abc', PL_FILE)).code).toBe(
      'value.number.formatComma',
    );
  });
});

describe('parseAttributeValue: yes/no', () => {
  test.each([
    ['Yes', true],
    ['No', false],
    ['True', true],
    ['False', false],
    ['1', true],
    ['0', false],
    ['Tak', true],
    ['Nie', false],
    ['YES', true],
    ['nie', false],
  ] as const)('%s → %s', (raw, expected) => {
    expect(ok(parseAttributeValue('yesno', raw, PL))).toBe(expected);
  });

  test.each(['maybe', '2', 'yess', 'prawda'])('%s fails', (raw) => {
    expect(failure(parseAttributeValue('yesno', raw, PL)).code).toBe('value.yesno.format');
  });
});

describe('parseAttributeValue: date/time', () => {
  test('ISO date is kept as is', () => {
    expect(ok(parseAttributeValue('datetime', '2024-02-29', PL))).toBe('2024-02-29');
  });

  test('ISO date-time without a zone is normalized to local seconds, not shifted', () => {
    expect(ok(parseAttributeValue('datetime', '2024-03-05T14:30', PL))).toBe('2024-03-05T14:30:00');
    expect(ok(parseAttributeValue('datetime', '2024-03-05 14:30:15', US))).toBe(
      '2024-03-05T14:30:15',
    );
  });

  test('ISO date-time with a zone is normalized to UTC', () => {
    expect(ok(parseAttributeValue('datetime', '2024-03-05T14:30:00+02:00', PL))).toBe(
      '2024-03-05T12:30:00Z',
    );
    expect(ok(parseAttributeValue('datetime', '2024-03-05T14:30+0200', PL))).toBe(
      '2024-03-05T12:30:00Z',
    );
    expect(ok(parseAttributeValue('datetime', '2024-03-05T14:30:00Z', PL))).toBe(
      '2024-03-05T14:30:00Z',
    );
    expect(ok(parseAttributeValue('datetime', '2024-03-05T14:30:00.5Z', PL))).toBe(
      '2024-03-05T14:30:00.500Z',
    );
    // Crossing midnight moves the date too.
    expect(ok(parseAttributeValue('datetime', '2024-03-01T01:00:00+05:30', PL))).toBe(
      '2024-02-29T19:30:00Z',
    );
  });

  test('a time out of range fails', () => {
    expect(failure(parseAttributeValue('datetime', '2024-03-05T24:00', PL)).code).toBe(
      'value.date.time',
    );
    expect(failure(parseAttributeValue('datetime', '2024-03-05T10:60', PL)).code).toBe(
      'value.date.time',
    );
  });

  test('DD.MM.YYYY is always day first', () => {
    expect(ok(parseAttributeValue('datetime', '05.03.2024', PL))).toBe('2024-03-05');
    expect(ok(parseAttributeValue('datetime', '5.3.2024', US))).toBe('2024-03-05');
  });

  test('ambiguous DD/MM/YYYY follows the region', () => {
    expect(ok(parseAttributeValue('datetime', '05/03/2024', PL))).toBe('2024-03-05');
    expect(ok(parseAttributeValue('datetime', '05/03/2024', US))).toBe('2024-05-03');
  });

  test('an unambiguous slashed date reads the same in every region', () => {
    expect(ok(parseAttributeValue('datetime', '13/02/2024', PL))).toBe('2024-02-13');
    expect(ok(parseAttributeValue('datetime', '13/02/2024', US))).toBe('2024-02-13');
    expect(ok(parseAttributeValue('datetime', '02/13/2024', PL))).toBe('2024-02-13');
  });

  test('31/02/2024 names the day and the month length', () => {
    for (const ctx of [PL, US]) {
      const result = failure(parseAttributeValue('datetime', '31/02/2024', ctx));
      expect(result.code).toBe('value.date.day');
      expect(result.params).toMatchObject({ day: 31, month: 2, year: 2024, max: 29 });
    }
    expect(failure(parseAttributeValue('datetime', '29.02.2023', PL)).params).toMatchObject({
      max: 28,
    });
    expect(failure(parseAttributeValue('datetime', '2023-02-29', PL)).code).toBe('value.date.day');
  });

  test('a month out of range fails', () => {
    expect(failure(parseAttributeValue('datetime', '2024-13-01', PL)).code).toBe(
      'value.date.month',
    );
    expect(failure(parseAttributeValue('datetime', '01.13.2024', PL)).code).toBe(
      'value.date.month',
    );
    expect(failure(parseAttributeValue('datetime', '13/13/2024', PL)).code).toBe(
      'value.date.month',
    );
  });

  test.each(['yesterday', '2024/03/05', '5-3-2024', '20240305', '05/03/24'])(
    '%s is not a date',
    (raw) => {
      expect(failure(parseAttributeValue('datetime', raw, PL)).code).toBe('value.date.format');
    },
  );
});

describe('parseAttributeValue: text', () => {
  test('kept as typed up to the limit', () => {
    expect(ok(parseAttributeValue('text', 'Warehouse, North', PL))).toBe('Warehouse, North');
    expect(failure(parseAttributeValue('text', 'x'.repeat(1001), PL)).code).toBe(
      'value.text.tooLong',
    );
  });
});

describe('missingMandatory', () => {
  const attributes = [
    saved('emp', 'Employee ID', true),
    saved('dept', 'Department', false),
    saved('badge', 'Badge', true, 'number'),
  ];

  test('lists the mandatory attributes without a value', () => {
    expect(missingMandatory({}, attributes).map((a) => a.id)).toEqual(['emp', 'badge']);
    expect(missingMandatory({ emp: 'CL-1', dept: 'IT' }, attributes).map((a) => a.id)).toEqual([
      'badge',
    ]);
  });

  test('falsy values still count as values', () => {
    expect(missingMandatory({ emp: '', badge: 0 }, attributes)).toEqual([]);
  });

  test('a complete user has nothing missing', () => {
    expect(missingMandatory({ emp: 'CL-1', badge: 7 }, attributes)).toEqual([]);
  });
});

describe('formatAttributeValue', () => {
  test('writes what parseAttributeValue reads back to the same value', () => {
    const cases: Array<[AttributeType, string | number | boolean]> = [
      ['yesno', true],
      ['yesno', false],
      ['number', 7.5],
      ['number', -5],
      ['number', 1e21],
      ['number', -1.5e-7],
      ['number', 123456789012345680000],
      ['number', Number.MAX_VALUE],
      ['number', 5e-324],
      ['datetime', '2024-02-29'],
      ['datetime', '2024-02-29T23:59:00Z'],
      ['text', 'Kraków, "North"'],
    ];
    for (const [type, value] of cases) {
      const text = formatAttributeValue(value);
      expect(ok(parseAttributeValue(type, text, PL)), text).toBe(value);
    }
  });

  test('an edit form starts from the stored values, a No included (not an empty select)', () => {
    const attributes = [
      saved('a1', 'Remote', false, 'yesno'),
      saved('a2', 'On call', false, 'yesno'),
      saved('a3', 'Desk', false, 'number'),
      saved('a4', 'Team'),
    ];
    const texts = attributeEditTexts(attributes, { a1: false, a2: true, a3: 12 });
    expect(texts).toEqual({ a1: 'No', a2: 'Yes', a3: '12', a4: '' });
    // The select's option values are these texts; the command reads them back unchanged.
    expect(ok(parseAttributeValue('yesno', texts['a1']!, PL))).toBe(false);
    expect(ok(parseAttributeValue('yesno', texts['a2']!, PL))).toBe(true);
  });

  test('numbers come in plain decimals, never with an exponent', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015');
    expect(plainNumber(1.25e22)).toBe('12500000000000000000000');
    expect(plainNumber(42)).toBe('42');
    expect(formatAttributeValue(undefined)).toBe('');
  });
});
