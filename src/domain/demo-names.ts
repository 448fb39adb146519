/**
 * The people's names the demo (and the benchmark's generated directories) draw from. Polish
 * surnames in -ski, -cki and -dzki (and Polish adjectival ones in general) change with the
 * person's gender: Tomasz Wiśniewski, Anna Wiśniewska. A name is paired from a first name
 * and a surname's two forms, so a woman never carries a man's form nor the other way round.
 */
export type Gender = 'female' | 'male';

export interface FirstName {
  name: string;
  gender: Gender;
}

/** A surname's forms for a man and for a woman (the same word where it does not change). */
export interface Surname {
  male: string;
  female: string;
}

const f = (name: string): FirstName => ({ name, gender: 'female' });
const m = (name: string): FirstName => ({ name, gender: 'male' });
/** A surname that is the same for everyone (Nowak, Sharma, Smith). */
const same = (name: string): Surname => ({ male: name, female: name });
/** A Polish adjectival surname, given by its masculine form: -ski/-cki/-dzki → -ska/-cka/-dzka. */
const adjectival = (male: string): Surname => ({ male, female: male.replace(/i$/, 'a') });

export const FIRST_NAMES: readonly FirstName[] = [
  f('Anna'),
  m('Piotr'),
  f('Katarzyna'),
  m('Tomasz'),
  f('Agnieszka'),
  m('Michał'),
  f('Magdalena'),
  m('Łukasz'),
  f('Priya'),
  m('Rahul'),
  f('Aisha'),
  m('Vikram'),
  f('Emily'),
  m('James'),
  f('Olivia'),
  m('Daniel'),
  f('Zofia'),
  m('Jakub'),
  f('Maja'),
  m('Wojciech'),
  f('Ananya'),
  m('Arjun'),
  f('Sofia'),
  m('Noah'),
];

export const SURNAMES: readonly Surname[] = [
  same('Nowak'),
  adjectival('Kowalski'),
  adjectival('Wiśniewski'),
  same('Wójcik'),
  adjectival('Kamiński'),
  adjectival('Lewandowski'),
  adjectival('Zieliński'),
  adjectival('Szymański'),
  same('Sharma'),
  same('Patel'),
  same('Iyer'),
  same('Reddy'),
  same('Smith'),
  same('Johnson'),
  same('Brown'),
  same('Garcia'),
  adjectival('Dąbrowski'),
  same('Mazur'),
  same('Krawczyk'),
  same('Gupta'),
];

/** The surname's form for a person of this gender. */
export function surnameFor(surname: Surname, gender: Gender): string {
  return gender === 'female' ? surname.female : surname.male;
}

/** "First Last" with the surname in the first name's gender. */
export function fullName(first: FirstName, surname: Surname): string {
  return `${first.name} ${surnameFor(surname, first.gender)}`;
}

/** The name at a pair of indexes (any integers; each list wraps around). */
export function demoName(firstIndex: number, surnameIndex: number): string {
  return fullName(
    FIRST_NAMES[firstIndex % FIRST_NAMES.length]!,
    SURNAMES[surnameIndex % SURNAMES.length]!,
  );
}
