import { pick, rng } from './random';
import type { Attribute, Group, Locale, Membership, Organization, User, UserSource } from './types';
import { DAY_MS } from './clock';
import { buildDemoCatalog, type DemoCatalog } from './demo-catalog';
import { FIRST_NAMES, SURNAMES, fullName } from './demo-names';
import { DEMO_VOCABULARY } from './demo-vocabulary';

/**
 * The demo organization: the same people, groups and values every time it is loaded,
 * so guides and exercises can name them. Only timestamps follow the simulated clock.
 */
export interface DemoOrganization {
  org: Organization;
  attributes: Attribute[];
  users: User[];
  groups: Group[];
  memberships: Membership[];
  /** The org admin the person acts as after loading. */
  actor: string;
  /** Connectors, Actions, their publications and the groups' conversations. */
  catalog: DemoCatalog;
}

export const DEMO_USER_COUNT = 320;

export { FIRST_NAMES, SURNAMES, demoName } from './demo-names';

/** Polish mobile numbers `+48 60x xxx xxx`, distinct for every index below 10 million. */
export function demoPhone(index: number): string {
  return `+4860${String((index * 7919 + 1_000_003) % 10_000_000).padStart(7, '0')}`;
}

/**
 * The demo organization at `now`. `locale` is the language of the page that loads it: the
 * attributes' names and values are in that language (the people, groups and every draw of the
 * seed are the same in each); exercises build theirs in English, which their checks read.
 */
export function buildDemo(
  now: number,
  clockOffset: number,
  locale: Locale = 'en',
): DemoOrganization {
  const words = DEMO_VOCABULARY[locale];
  const r = rng(2024);
  const day = (n: number) => now - n * DAY_MS;
  const attr = (
    id: string,
    name: string,
    type: Attribute['type'],
    mandatory: boolean,
    order: number,
    suggested?: string,
  ): Attribute => ({
    id,
    name,
    type,
    mandatory,
    userEditable: id !== 'employeeId',
    visibleToAll: id !== 'salaryBand',
    ...(suggested ? { suggested } : {}),
    createdAt: day(400),
    order,
  });
  const attributes = [
    attr('employeeId', words.attributes.employeeId, 'text', true, 1, 'employeeId'),
    attr('department', words.attributes.department, 'text', false, 2, 'department'),
    attr('jobTitle', words.attributes.jobTitle, 'text', false, 3, 'jobTitle'),
    attr('office', words.attributes.office, 'text', false, 4, 'officeLocation'),
    attr('joined', words.attributes.joined, 'datetime', false, 5, 'dateOfJoining'),
    attr('forklift', words.attributes.forklift, 'yesno', false, 6),
    attr('salaryBand', words.attributes.salaryBand, 'number', false, 7),
  ];
  const users: User[] = [];
  for (let i = 0; i < DEMO_USER_COUNT; i++) {
    const others = i % 9 === 8;
    const source: UserSource = others
      ? 'group-admin'
      : i % 5 === 0
        ? 'directory-sync'
        : i % 7 === 0
          ? 'import'
          : 'portal';
    const joined = new Date(day(30 + Math.floor(r() * 2000)));
    const attrs: User['attrs'] = others
      ? {}
      : {
          employeeId: `CL-${String(10_000 + i)}`,
          department: pick(r, words.departments),
          jobTitle: pick(r, words.titles),
          office: pick(r, words.offices),
          joined: joined.toISOString().slice(0, 10),
          forklift: r() < 0.3,
          salaryBand: 1 + Math.floor(r() * 6),
        };
    // A few employees joined after Employee ID became mandatory and still lack it.
    if (!others && i % 41 === 40) delete attrs['employeeId'];
    users.push({
      phone: demoPhone(i),
      name: fullName(pick(r, FIRST_NAMES), pick(r, SURNAMES)),
      network: others ? 'others' : 'employee',
      orgRole: i < 2 ? 'admin' : 'member',
      source,
      attrs,
      createdAt: day(365 - (i % 300)),
      updatedAt: day(i % 30),
    });
  }
  users[0]!.name = 'Anna Nowak';
  users[1]!.name = 'Rahul Sharma';
  const group = (
    id: string,
    name: string,
    parentId?: string,
    kind: Group['kind'] = 'organization',
  ): Group => ({
    id,
    name,
    kind,
    ...(parentId ? { parentId } : {}),
    createdBy: users[0]!.phone,
    createdAt: day(300),
  });
  const groups: Group[] = [
    group('g-all', 'Contoso Logistics — everyone'),
    group('g-north', 'Warehouse North', 'g-all'),
    group('g-south', 'Warehouse South', 'g-all'),
    group('g-office', 'Head office', 'g-all'),
    group('g-north-night', 'North — night shift', 'g-north'),
    group('g-north-day', 'North — day shift', 'g-north'),
    group('g-south-drivers', 'South — drivers', 'g-south'),
    group('g-it', 'IT helpdesk', 'g-office'),
    group('p-football', 'Friday football', undefined, 'private'),
    group('p-carpool', 'Carpool Kraków', undefined, 'private'),
  ];
  const memberships: Membership[] = [];
  const add = (groupId: string, userIndex: number, role: Membership['role']) =>
    memberships.push({ groupId, phone: users[userIndex]!.phone, role, addedAt: day(200) });
  for (let i = 0; i < 60; i++) add('g-all', i, i < 2 ? 'admin' : 'member');
  for (let i = 60; i < 120; i++)
    add(i < 90 ? 'g-north-night' : 'g-north-day', i, i === 60 || i === 90 ? 'admin' : 'member');
  for (let i = 120; i < 160; i++) add('g-north', i, i === 120 ? 'admin' : 'member');
  for (let i = 160; i < 220; i++)
    add(i < 190 ? 'g-south' : 'g-south-drivers', i, i === 160 || i === 190 ? 'admin' : 'member');
  for (let i = 220; i < 260; i++)
    add(i < 245 ? 'g-office' : 'g-it', i, i === 220 || i === 245 ? 'admin' : 'member');
  for (let i = 2; i < 14; i++) add('p-football', i * 7, i === 2 ? 'admin' : 'member');
  for (let i = 3; i < 9; i++) add('p-carpool', i * 11, i === 3 ? 'admin' : 'member');
  const org: Organization = {
    id: 'org',
    name: 'Contoso Logistics',
    region: 'PL',
    clockOffset,
    locale,
    createdAt: day(400),
  };
  const catalog = buildDemoCatalog((i) => users[i]!.phone, now);
  return { org, attributes, users, groups, memberships, actor: users[0]!.phone, catalog };
}
