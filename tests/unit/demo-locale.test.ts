import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run } from '../../src/app/kernel/client';
import '../../src/app/areas';
import { setRuntime } from '../../src/app/kernel/runtime';
import { openDb, type LabDb } from '../../src/storage/db';
import { buildDemo } from '../../src/domain/demo';
import { DEMO_VOCABULARY } from '../../src/domain/demo-vocabulary';

const FIXED = Date.UTC(2026, 2, 1, 10);

describe('the demo organization speaks the language of the page that loads it', () => {
  const en = buildDemo(FIXED, 0);
  const pl = buildDemo(FIXED, 0, 'pl');

  test('Polish attribute names and values, the same people and draws as in English', () => {
    expect(pl.attributes.map((a) => a.name)).toEqual([
      'Identyfikator pracownika',
      'Dział',
      'Stanowisko',
      'Biuro',
      'Data zatrudnienia',
      'Uprawnienia na wózek widłowy',
      'Grupa zaszeregowania',
    ]);
    expect(pl.attributes.map((a) => a.id)).toEqual(en.attributes.map((a) => a.id));
    expect(pl.users.map((u) => [u.phone, u.name, u.network])).toEqual(
      en.users.map((u) => [u.phone, u.name, u.network]),
    );
    const english = Object.values(DEMO_VOCABULARY.en).flatMap((v) =>
      Array.isArray(v) ? v : Object.values(v),
    );
    const polishOnly = new Set(['Kraków', 'Gdańsk', 'Pune', 'Bengaluru', 'IT']);
    for (const user of pl.users) {
      for (const [key, value] of Object.entries(user.attrs)) {
        if (typeof value !== 'string' || polishOnly.has(value)) continue;
        expect(english, `${user.phone} ${key}`).not.toContain(value);
      }
    }
    expect(pl.users[2]!.attrs['department']).toBe(
      DEMO_VOCABULARY.pl.departments[
        DEMO_VOCABULARY.en.departments.indexOf(en.users[2]!.attrs['department'] as string)
      ],
    );
    expect(pl.org.locale).toBe('pl');
  });

  test('English stays the default (exercises build theirs in English)', () => {
    expect(en.attributes[0]!.name).toBe('Employee ID');
    expect(en.org.locale).toBe('en');
  });
});

describe('demo-load takes the page’s locale', () => {
  let db: LabDb;
  beforeEach(() => {
    db = openDb(`test-${crypto.randomUUID()}`);
    setRuntime({ db, realNow: () => FIXED });
  });
  afterEach(async () => {
    await db.delete();
  });

  test('from a Polish page the sandbox holds Polish attributes', async () => {
    await run('demo-load', { locale: 'pl' });
    const names = (await db.attributes.orderBy('order').toArray()).map((a) => a.name);
    expect(names[0]).toBe('Identyfikator pracownika');
    expect((await db.org.toArray())[0]?.locale).toBe('pl');
  });

  test('from an English page, English ones', async () => {
    await run('demo-load', { locale: 'en' });
    const names = (await db.attributes.orderBy('order').toArray()).map((a) => a.name);
    expect(names[0]).toBe('Employee ID');
  });
});
