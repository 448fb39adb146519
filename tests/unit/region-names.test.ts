import { describe, expect, test } from 'vitest';
import { regionList } from '../../src/io/phone';
import { regionNames as en } from '../../src/ui/kit/region-names/regions-en';
import { regionNames as pl } from '../../src/ui/kit/region-names/regions-pl';

/*
 * The region picker's names are tables written ahead (scripts/region-names.mjs), not
 * Intl.DisplayNames at run time (a long main-thread task in Chromium). They must name every
 * region the phone library offers, in each language.
 */
describe('region names', () => {
  const regions = regionList().map((r) => r.region);

  test.each([
    ['en', en],
    ['pl', pl],
  ])('%s names every region of the phone library, and no other', (lang, names) => {
    const missing = regions.filter((r) => !names[r]);
    expect(missing, `run: node scripts/region-names.mjs (${lang})`).toEqual([]);
    expect(Object.keys(names).filter((r) => !regions.includes(r))).toEqual([]);
  });

  test('names are in the language, not codes', () => {
    expect(en['PL']).toBe('Poland');
    expect(pl['PL']).toBe('Polska');
    expect(pl['DE']).toBe('Niemcy');
    expect(Object.entries(pl).filter(([code, name]) => name === code)).toEqual([]);
  });
});
