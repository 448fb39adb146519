import { describe, expect, test } from 'vitest';
import {
  formatPhone,
  parsePhone,
  parsePhoneList,
  phoneProblem,
  readImportPhone,
  regionList,
  type PhoneResult,
} from '../../src/io/phone';

function failure(result: PhoneResult): Extract<PhoneResult, { ok: false }> {
  if (result.ok) throw new Error(`expected a failure, got ${result.e164}`);
  return result;
}

describe('parsePhone: valid numbers become E.164', () => {
  test.each([
    ['601 234 567', 'PL', '+48601234567'],
    ['601-234-567', 'PL', '+48601234567'],
    ['+48 601 234 567', 'PL', '+48601234567'],
    ['  +48601234567  ', 'US', '+48601234567'],
    ['98765 43210', 'IN', '+919876543210'],
    ['09876543210', 'IN', '+919876543210'],
    ['+91 98765 43210', 'PL', '+919876543210'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['415.555.2671', 'US', '+14155552671'],
    ['+1 415 555 2671', 'IN', '+14155552671'],
  ])('%s in %s → %s', (raw, region, e164) => {
    expect(parsePhone(raw, region)).toEqual({ ok: true, e164 });
  });
});

describe('parsePhone: failures say what happened', () => {
  test('scientific notation from a spreadsheet', () => {
    for (const raw of ['4.86E+10', '4,86E+10', '9.19876E+11', '1e9']) {
      expect(failure(parsePhone(raw, 'PL')).code, raw).toBe('phone.scientific');
    }
  });

  test('letters', () => {
    for (const raw of ['60A 234 567', 'abc', 'call me', 'six0one']) {
      expect(failure(parsePhone(raw, 'PL')).code, raw).toBe('phone.letters');
    }
  });

  test('symbols that are not part of a number (a "commented-out" row, a stray formula sign)', () => {
    for (const [raw, symbol] of [
      ['#+48601100002', '#'],
      ['*601100002', '*'],
      ['=+48601100002', '='],
      ['601!100!002', '!'],
      ['+48 601+100 002', '+'],
    ] as const) {
      const f = failure(parsePhone(raw, 'PL'));
      expect([f.code, f.params['symbol']], raw).toEqual(['phone.symbols', symbol]);
    }
    // What people do write in numbers stays fine.
    for (const raw of ['+48 (601) 100-002', '601.100.002', '601/100/002', '+48\u00a0601 100 002'])
      expect(parsePhone(raw, 'PL').ok, raw).toBe(true);
  });

  test('an extension is not mistaken for letters', () => {
    expect(parsePhone('601 234 567 ext 12', 'PL').ok).toBe(true);
  });

  test('too short', () => {
    expect(failure(parsePhone('12345', 'PL')).code).toBe('phone.tooShort');
    expect(failure(parsePhone('+48 60', 'PL')).code).toBe('phone.tooShort');
  });

  test('too long', () => {
    expect(failure(parsePhone('1234567890123456', 'PL')).code).toBe('phone.tooLong');
  });

  test('empty', () => {
    expect(failure(parsePhone('   ', 'PL')).code).toBe('phone.empty');
  });

  test('an unknown region', () => {
    expect(failure(parsePhone('601234567', 'XX')).code).toBe('phone.region');
  });

  test('the failure carries the value and region for the message, shortened', () => {
    const long = failure(parsePhone(`${'1'.repeat(20)}abc${'2'.repeat(30)}`, 'PL'));
    expect(long.params['region']).toBe('PL');
    expect(long.params['value']!.length).toBeLessThanOrEqual(40);
  });
});

describe('parsePhone: an Indian number read with region PL', () => {
  test('with the country code but no +: lost plus, and the fix is suggested', () => {
    const result = failure(parsePhone('919876543210', 'PL'));
    expect(result.code).toBe('phone.lostPlus');
    expect(result.params['suggestion']).toBe('+919876543210');
    // The suggestion itself is the number the person meant.
    expect(parsePhone(result.params['suggestion']!, 'PL')).toEqual({
      ok: true,
      e164: '+919876543210',
    });
  });

  test('without the country code: not a Polish number (nothing to suggest)', () => {
    const result = failure(parsePhone('9876543210', 'PL'));
    expect(result.code).toBe('phone.invalid');
    expect(result.params['suggestion']).toBeUndefined();
    expect(result.params['region']).toBe('PL');
    // The same digits are fine for the right region.
    expect(parsePhone('9876543210', 'IN')).toEqual({ ok: true, e164: '+919876543210' });
  });

  test('a + number that is invalid says so', () => {
    expect(failure(parsePhone('+1 123 456 7890', 'PL')).code).toBe('phone.invalidIntl');
  });
});

describe('readImportPhone: a number that lost its + is read with a warning', () => {
  test('a foreign number and a number of the region’s own country alike (SPEC §5.2)', () => {
    expect(readImportPhone('919876543210', 'PL')).toEqual({
      ok: true,
      e164: '+919876543210',
      recovered: 'plus',
    });
    expect(readImportPhone('48606789012', 'PL')).toEqual({
      ok: true,
      e164: '+48606789012',
      recovered: 'plus',
    });
    expect(readImportPhone('48 606 789 012', 'PL')).toMatchObject({ recovered: 'plus' });
    expect(readImportPhone('919876543210', 'IN')).toMatchObject({ recovered: 'plus' });
  });

  test('the forms people write at home are no damage', () => {
    for (const [raw, region, e164] of [
      ['606789012', 'PL', '+48606789012'],
      ['+48606789012', 'PL', '+48606789012'],
      ['0048606789012', 'PL', '+48606789012'],
      ['09876543210', 'IN', '+919876543210'],
      // In the NANP the leading 1 is the trunk prefix dialled at home as well.
      ['1 201 555 0123', 'US', '+12015550123'],
    ] as const) {
      expect(readImportPhone(raw, region), raw).toEqual({ ok: true, e164 });
    }
  });
});

describe('parsePhoneList', () => {
  test('splits on commas, numbers each entry and reads each one with the region', () => {
    const entries = parsePhoneList('601 234 567, 602000002,abc ,  4.86E+10', 'PL');
    expect(entries.map((e) => [e.entry, e.raw])).toEqual([
      [1, '601 234 567'],
      [2, '602000002'],
      [3, 'abc'],
      [4, '4.86E+10'],
    ]);
    expect(entries.map((e) => (e.result.ok ? e.result.e164 : e.result.code))).toEqual([
      '+48601234567',
      '+48602000002',
      'phone.letters',
      'phone.scientific',
    ]);
  });

  test('semicolons and new lines separate too; empty entries are skipped', () => {
    const entries = parsePhoneList('601234567;\n\n602000002,, ;603000003\n', 'PL');
    expect(entries.map((e) => e.entry)).toEqual([1, 2, 3]);
    expect(entries.every((e) => e.result.ok)).toBe(true);
  });

  test('an empty text has no entries', () => {
    expect(parsePhoneList(' , ; \n', 'PL')).toEqual([]);
  });
});

describe('phoneProblem, formatPhone, regionList', () => {
  test('a failed result becomes a Problem on the phone column, with its row when given', () => {
    const result = failure(parsePhone('4.86E+10', 'PL'));
    expect(phoneProblem(result, 14)).toEqual({
      row: 14,
      column: 'phone',
      value: '4.86E+10',
      code: 'phone.scientific',
      params: result.params,
    });
    expect(phoneProblem(result)).not.toHaveProperty('row');
  });

  test('formats E.164 for people and leaves anything else alone', () => {
    expect(formatPhone('+48601234567')).toBe('+48 601 234 567');
    expect(formatPhone('not a number')).toBe('not a number');
  });

  test('the region list has calling codes', () => {
    const list = regionList();
    expect(list).toContainEqual({ region: 'PL', callingCode: '48' });
    expect(list).toContainEqual({ region: 'IN', callingCode: '91' });
    expect(list).toContainEqual({ region: 'US', callingCode: '1' });
  });
});
