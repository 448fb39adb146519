import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/domain/demo';
import { FIRST_NAMES, SURNAMES, demoName, fullName } from '../../src/domain/demo-names';

const genderOf = new Map(FIRST_NAMES.map((f) => [f.name, f.gender]));
/** Polish adjectival surnames: -ski/-cki/-dzki for men, -ska/-cka/-dzka for women. */
const MALE_FORM = /(sk|ck|dzk)i$/;
const FEMALE_FORM = /(sk|ck|dzk)a$/;

/** The gender a name's surname form belongs to, if the form tells. */
function surnameGender(name: string): 'female' | 'male' | undefined {
  const surname = name.split(' ')[1] ?? '';
  if (MALE_FORM.test(surname)) return 'male';
  if (FEMALE_FORM.test(surname)) return 'female';
  return undefined;
}

describe('demo names pair first names and surnames by gender', () => {
  it('gives women the feminine form and men the masculine one', () => {
    const anna = FIRST_NAMES.find((f) => f.name === 'Anna')!;
    const tomasz = FIRST_NAMES.find((f) => f.name === 'Tomasz')!;
    const wisniewski = SURNAMES.find((s) => s.male === 'Wiśniewski')!;
    expect(fullName(anna, wisniewski)).toBe('Anna Wiśniewska');
    expect(fullName(tomasz, wisniewski)).toBe('Tomasz Wiśniewski');
    const nowak = SURNAMES.find((s) => s.male === 'Nowak')!;
    expect(fullName(anna, nowak)).toBe('Anna Nowak');
  });

  it('never pairs a first name with the other gender’s surname, in any combination', () => {
    for (let i = 0; i < FIRST_NAMES.length; i++) {
      for (let j = 0; j < SURNAMES.length; j++) {
        const name = demoName(i, j);
        const form = surnameGender(name);
        if (form) expect([name, form]).toEqual([name, genderOf.get(name.split(' ')[0]!)]);
      }
    }
  });

  it('holds for every person of the demo organization', () => {
    const demo = buildDemo(Date.UTC(2026, 2, 1), 0);
    const mismatched = demo.users
      .map((u) => u.name)
      .filter((name) => {
        const form = surnameGender(name);
        return form !== undefined && form !== genderOf.get(name.split(' ')[0]!);
      });
    expect(mismatched).toEqual([]);
    // The list has adjectival surnames of both forms in use, so the test above is not empty.
    const forms = new Set(demo.users.map((u) => surnameGender(u.name)));
    expect(forms).toEqual(new Set(['female', 'male', undefined]));
  });
});
