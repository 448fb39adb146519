import { describe, expect, test, vi } from 'vitest';
import { en } from '../../src/i18n/en';
import { pl } from '../../src/i18n/pl';
import { enGroups } from '../../src/i18n/en-groups';
import { plGroups } from '../../src/i18n/pl-groups';
import { enCatalog } from '../../src/i18n/en-catalog';
import { plCatalog } from '../../src/i18n/pl-catalog';
import { enGroupUpload } from '../../src/i18n/en-group-upload';
import { plGroupUpload } from '../../src/i18n/pl-group-upload';
import { enExports } from '../../src/i18n/en-exports';
import { enPages } from '../../src/i18n/en-pages';
import { plPages } from '../../src/i18n/pl-pages';
import { plExports } from '../../src/i18n/pl-exports';
import { pluralForm, translate, type PluralKey } from '../../src/i18n';
import '../../src/i18n/areas';
import '../../src/i18n/exports';

/**
 * Both languages say every string, and counts are said the way each language counts:
 * English one/other, Polish one/few/many ("1 użytkownik", "2 użytkowników" is wrong; the
 * Polish strings either have the forms or say "Użytkownicy: 5").
 */

const EN: Record<string, string> = {
  ...en,
  ...enGroups,
  ...enCatalog,
  ...enGroupUpload,
  ...enExports,
  ...enPages,
};
const PL: Record<string, string> = {
  ...pl,
  ...plGroups,
  ...plCatalog,
  ...plGroupUpload,
  ...plExports,
  ...plPages,
};

/** `directory.count.one` → `directory.count`; other keys as they are. */
const base = (key: string) => key.replace(/\.(zero|one|two|few|many|other)$/, '');

describe('loading', () => {
  test("a page's strings load per language: the other language's stay out", async () => {
    vi.resetModules();
    const fresh = await import('../../src/i18n');
    // Nothing loaded: the key itself (the island shows its loading state meanwhile).
    expect(fresh.translate('pl', 'common.loading')).toBe('common.loading');
    expect(fresh.isMessageKey('common.loading')).toBe(false);
    await fresh.loadStrings('pl');
    expect(fresh.translate('pl', 'common.loading')).toBe(pl['common.loading']);
    expect(fresh.isMessageKey('common.loading')).toBe(true);
    // English was not loaded with it.
    expect(fresh.translate('en', 'common.loading')).toBe('common.loading');
    // An area's strings added before the core ones stay when the core ones arrive.
    fresh.addStrings(enGroups, plGroups);
    await fresh.loadStrings('en');
    expect(fresh.translate('en', 'groups.back')).toBe(enGroups['groups.back']);
    expect(fresh.translate('en', 'common.loading')).toBe(en['common.loading']);
    vi.resetModules();
  });
});

describe('the catalogs', () => {
  test('every English string has a Polish one, and Polish has no stray key', () => {
    const enBases = new Set(Object.keys(EN).map(base));
    const plBases = new Set(Object.keys(PL).map(base));
    expect([...enBases].filter((k) => !plBases.has(k))).toEqual([]);
    expect([...plBases].filter((k) => !enBases.has(k))).toEqual([]);
  });

  test('a counted message has every plural form its language uses, or none', () => {
    const forms = (catalog: Record<string, string>, key: string) =>
      Object.keys(catalog)
        .filter((k) => base(k) === key && k !== key)
        .map((k) => k.slice(key.length + 1))
        .sort();
    const counted = new Set(
      Object.keys(EN)
        .filter((k) => k.endsWith('.other'))
        .map(base),
    );
    expect(counted.size).toBeGreaterThan(5);
    for (const key of counted) {
      expect(forms(EN, key), `en ${key}`).toEqual(['one', 'other']);
      const polish = forms(PL, key);
      if (polish.length > 0) expect(polish, `pl ${key}`).toEqual(['few', 'many', 'one', 'other']);
      else expect(PL[key], `pl ${key}: the forms, or one string for every count`).toBeDefined();
    }
  });
});

describe('counts', () => {
  const say = (key: PluralKey, count: number) => translate('en', key, { count });

  test('English never says "1 users" or "problem(s)"', () => {
    expect(say('directory.count', 1)).toBe('1 user');
    expect(say('directory.count', 2)).toBe('2 users');
    expect(say('directory.count', 0)).toBe('0 users');
    expect(say('directory.count', 68_285)).toBe('68,285 users');
    expect(translate('en', 'delete.title', { count: 1 })).toBe('Delete 1 user?');
    expect(translate('en', 'attributes.saved', { count: 1 })).toBe('Saved 1 change.');
    expect(translate('en', 'form.fixProblems', { count: 1 })).toBe(
      'Nothing was saved. Fix this problem:',
    );
    expect(translate('en', 'form.fixProblems', { count: 3 })).toBe(
      'Nothing was saved. Fix these 3 problems:',
    );
    expect(translate('en', 'groups.subCount', { count: 1 })).toBe('1 sub-group');
    for (const [key, value] of Object.entries(EN)) expect(value, key).not.toMatch(/\(s\)|\(es\)/);
  });

  test('Polish counts take one, few and many', () => {
    expect(pluralForm('pl', 1)).toBe('one');
    expect(pluralForm('pl', 3)).toBe('few');
    expect(pluralForm('pl', 5)).toBe('many');
    expect(pluralForm('pl', 22)).toBe('few');
    expect(translate('pl', 'groups.subCount', { count: 1 })).toBe('1 podgrupa');
    expect(translate('pl', 'groups.subCount', { count: 3 })).toBe('3 podgrupy');
    expect(translate('pl', 'groups.subCount', { count: 5 })).toBe('5 podgrup');
    expect(translate('pl', 'groups.subCount', { count: 1_000 })).toBe('1000 podgrup');
    // Said without forms: one string is right for every count, digits grouped the Polish way.
    expect(translate('pl', 'directory.count', { count: 12_345 })).toMatch(
      /^Użytkownicy: 12\s345$/u,
    );
  });
});
