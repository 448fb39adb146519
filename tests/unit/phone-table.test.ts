import { describe, expect, test } from 'vitest';
import { PhoneTable } from '../../src/app/imports/phone-table';

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('PhoneTable', () => {
  test('answers like a Map through many sets, overwrites and growth', () => {
    const next = random(7);
    const table = new PhoneTable();
    const map = new Map<string, number>();
    const phones: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      // Numbers of 1 to 15 digits, a few reused; values from -1 up to large line numbers.
      const reuse = phones.length > 0 && next() < 0.2;
      const digits = 1 + Math.floor(next() * 15);
      const phone = reuse
        ? phones[Math.floor(next() * phones.length)]!
        : `+${1 + Math.floor(next() * 9)}${String(Math.floor(next() * 1e14))
            .padStart(14, '0')
            .slice(0, digits - 1)}`;
      phones.push(phone);
      const value = next() < 0.1 ? -1 : Math.floor(next() * 2 ** 31);
      table.set(phone, value);
      map.set(phone, value);
    }
    expect(table.size).toBe(map.size);
    for (const [phone, value] of map) expect(table.get(phone)).toBe(value);
    for (let i = 0; i < 5_000; i++) {
      const absent = `+${9}${String(i).padStart(15, '7')}`.slice(0, 16);
      expect(table.has(absent)).toBe(map.has(absent));
    }
  });

  test('numbers that differ only in length or in their high digits are different keys', () => {
    const table = new PhoneTable();
    const phones = ['+1', '+10', '+100', '+999999999999999', '+899999999999999', '+48601234567'];
    phones.forEach((p, i) => table.set(p, i));
    phones.forEach((p, i) => expect(table.get(p)).toBe(i));
    expect(table.get('+4860123456')).toBeUndefined();
    expect(table.size).toBe(phones.length);
  });

  test('strings that are not E.164 numbers are kept too, apart from the numbers', () => {
    const table = new PhoneTable();
    // A leading zero, no plus, letters, too long, empty: each is its own key, as in a Map.
    const odd = ['+0601234567', '48601234567', '+48 601 234 567', '+12345678901234567', '', '+'];
    odd.forEach((p, i) => table.set(p, 100 + i));
    table.set('+601234567', 1);
    odd.forEach((p, i) => expect(table.get(p)).toBe(100 + i));
    expect(table.get('+601234567')).toBe(1);
    expect(table.has('+48601234567')).toBe(false);
    expect(table.size).toBe(odd.length + 1);
  });

  test('a table sized for its numbers up front holds them all', () => {
    const phones = Array.from({ length: 10_000 }, (_, i) => `+4860${String(i).padStart(7, '0')}`);
    const table = new PhoneTable(phones.length);
    for (const p of phones) table.set(p, -1);
    expect(phones.every((p) => table.get(p) === -1)).toBe(true);
    expect(table.size).toBe(phones.length);
  });
});
