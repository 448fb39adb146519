import { afterEach, describe, expect, test } from 'vitest';
import { DAY_MS } from '../../src/domain/clock';
import { purgedByAdvance, selectAllOf } from '../../src/domain/deletion';
import { translate } from '../../src/i18n';
import { formatDate, formatDateValue, formatNumber, formatSize, locale } from '../../src/ui/i18n';
import { formatValue } from '../../src/ui/directory/columns';

/**
 * Issue 14's rough edges whose logic is not in a component: who Advance 30 days purges,
 * Select all of a filtered list, and one localized style for numbers and dates.
 */

const NOW = Date.UTC(2026, 2, 1, 10, 0, 0);

describe('Advance 30 days: who it would purge', () => {
  const deletedDaysAgo = (name: string, days: number) => ({
    name,
    deletedAt: NOW - days * DAY_MS,
  });

  test('those whose 30-day window ends by the new date, not the others', () => {
    const users = [
      deletedDaysAgo('today', 0),
      deletedDaysAgo('a day ago', 1),
      deletedDaysAgo('29 days ago', 29),
      { name: 'not deleted', deletedAt: undefined },
    ];
    expect(purgedByAdvance(users, NOW, 30).map((u) => u.name)).toEqual([
      'today',
      'a day ago',
      '29 days ago',
    ]);
    expect(purgedByAdvance(users, NOW, 1).map((u) => u.name)).toEqual(['29 days ago']);
    expect(purgedByAdvance(users, NOW, 0)).toEqual([]);
  });

  test('a window ending one hour after the new date survives it', () => {
    const user = { name: 'later', deletedAt: NOW - 30 * DAY_MS + 30 * DAY_MS + 3_600_000 };
    expect(purgedByAdvance([user], NOW, 30)).toEqual([]);
  });
});

describe('Directory → Select all of the filtered list', () => {
  const phones = (n: number) => Array.from({ length: n }, (_, i) => `+4860000${1000 + i}`);

  test('a short list is taken whole, without the acting user', () => {
    const list = phones(5);
    expect(selectAllOf(list, list[2], 5)).toEqual({
      phones: [list[0], list[1], list[3], list[4]],
      capped: false,
    });
  });

  test('a long list gives the first 100 and says it holds more', () => {
    const list = phones(101);
    const pick = selectAllOf(list, undefined, 2_000);
    expect(pick.phones).toEqual(list.slice(0, 100));
    expect(pick.capped).toBe(true);
  });

  test('the acting user among the first 100 does not cost a place', () => {
    const list = phones(101);
    const pick = selectAllOf(list, list[0], 101);
    expect(pick.phones).toEqual(list.slice(1, 101));
    // 101 listed, one of them the actor: exactly 100 others, all taken.
    expect(pick.capped).toBe(false);
  });
});

describe('numbers and dates in the page’s language', () => {
  afterEach(() => {
    locale.value = 'en';
  });

  test('every number in a message is grouped for the language, a year is not', () => {
    expect(translate('en', 'settings.purged', { count: 1, names: 'Ola' })).toBe(
      'Purged 1 user for good: Ola.',
    );
    expect(translate('pl', 'directory.selectedFirst', { max: 100, count: 12_345 })).toBe(
      'Zaznaczono pierwszych 100 z 12\u00a0345 użytkowników: naraz można usunąć najwyżej 100.',
    );
    expect(translate('en', 'add.summary', { added: 1234, present: 0, invalid: 2 })).toBe(
      '1,234 added, 0 already in the directory, 2 not added.',
    );
    expect(
      translate('en', 'problem.value.date.day', {
        attribute: 'Joined',
        value: '31/02/2024',
        day: 31,
        month: 2,
        year: 2024,
        max: 29,
      }),
    ).toContain('month 2 of 2024 has 29 days');
  });

  test('formatNumber and formatSize follow the page language', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    locale.value = 'pl';
    expect(formatNumber(1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(formatSize(2_500_000)).toMatch(/^2,5\s+MB$/);
  });

  test('attribute values: numbers localized, dates in the one date style, days not shifted', () => {
    expect(formatValue(1234.5, 'number')).toBe('1,234.5');
    expect(formatValue(true, 'yesno')).toBe('Yes');
    expect(formatValue('2021-03-04', 'datetime')).toBe(formatDate(Date.UTC(2021, 2, 4), false));
    expect(formatValue('2021-03-04', 'datetime')).toBe('Mar 4, 2021');
    expect(formatDateValue('2021-03-04T09:30:00')).toBe('Mar 4, 2021, 9:30 AM');
    expect(formatDateValue('2021-03-04T09:30:00Z')).toBe(formatDate(Date.UTC(2021, 2, 4, 9, 30)));
    expect(formatValue('not a date', 'datetime')).toBe('not a date');
    expect(formatValue('2021-03-04', 'text')).toBe('2021-03-04');
    locale.value = 'pl';
    expect(formatValue('2021-03-04', 'datetime')).toBe('4 mar 2021');
    expect(formatValue(1234.5, 'number')).toBe('1234,5');
    expect(formatValue(false, 'yesno')).toBe('Nie');
  });
});
