/**
 * The tenant of the tenant-data benchmark (SPEC §14): `users` users, `groups` organization
 * groups in a hierarchy ten wide, every user in two groups (the first member of each group
 * its admin), `messages` messages (one in five an Action card: a poll) and `responses`
 * responses to the cards. Deterministic: the seed and the floor build the same records.
 */
import { buildDemo, demoPhone, FIRST_NAMES as FIRST, demoName } from '../src/domain/demo';
import { toStored, type StoredUser } from '../src/domain/users';
import type {
  ActionResponse,
  Attribute,
  Group,
  Membership,
  Message,
  Organization,
} from '../src/domain/types';

export interface TenantSpec {
  users: number;
  groups: number;
  messages: number;
  responses: number;
  /** Days the messages are spread over (the reports benchmark); 50,000 s when absent. */
  spanDays?: number;
}

export const BENCH_TENANT: TenantSpec = {
  users: 100_000,
  groups: 5_000,
  messages: 50_000,
  responses: 200_000,
};

/** The reports benchmark's tenant (SPEC §14): 10,000 groups, 60 days of conversations. */
export const REPORTS_TENANT: TenantSpec = {
  users: 100_000,
  groups: 10_000,
  messages: 50_000,
  responses: 200_000,
  spanDays: 60,
};

const DEPTS = ['Operations', 'Logistics', 'Sales', 'Finance', 'IT'];

export interface TenantRecords {
  org: Organization;
  attributes: Attribute[];
  users: StoredUser[];
  groups: Group[];
  memberships: Membership[];
  messages: Message[];
  responses: ActionResponse[];
}

export function tenantRecords(spec: TenantSpec, now: number): TenantRecords {
  const demo = buildDemo(now, 0);
  const users: StoredUser[] = [];
  for (let i = 0; i < spec.users; i++)
    users.push(
      toStored({
        phone: demoPhone(i),
        name: `${demoName(i, Math.floor(i / FIRST.length))} ${i}`,
        network: i % 10 === 9 ? 'others' : 'employee',
        orgRole: i === 0 ? 'admin' : 'member',
        source: 'import',
        attrs: {
          employeeId: `E${i}`,
          department: DEPTS[i % DEPTS.length]!,
          jobTitle: 'Associate',
          office: 'Warsaw',
          joined: '2024-01-15',
        },
        createdAt: now - i,
        updatedAt: now - i,
      }),
    );
  const groups: Group[] = [];
  for (let g = 0; g < spec.groups; g++)
    groups.push({
      id: `g-${g}`,
      name: `Team ${g}`,
      kind: 'organization',
      ...(g > 0 ? { parentId: `g-${Math.floor((g - 1) / 10)}` } : {}),
      createdBy: demoPhone(0),
      createdAt: now - g,
    });
  // Every user in two groups: group (i mod G) and group ((i + G/2) mod G).
  const memberships: Membership[] = [];
  const firstOf = new Set<number>();
  for (let i = 0; i < spec.users; i++)
    for (const g of [i % spec.groups, (i + Math.floor(spec.groups / 2)) % spec.groups]) {
      const admin = !firstOf.has(g);
      firstOf.add(g);
      memberships.push({
        groupId: `g-${g}`,
        phone: demoPhone(i),
        role: admin ? 'admin' : 'member',
        addedAt: now,
      });
    }
  const messages: Message[] = [];
  const step = spec.spanDays ? (spec.spanDays * 86_400_000) / spec.messages : 1000;
  for (let m = 0; m < spec.messages; m++) {
    const member = memberships[(m * 7) % memberships.length]!;
    messages.push(
      m % 5 === 0
        ? {
            id: m + 1,
            groupId: member.groupId,
            author: member.phone,
            at: now - Math.floor(m * step),
            kind: 'card',
            text: '',
            actionId: 'poll',
            card: { type: 'poll', question: `Shift ${m}?`, options: ['Morning', 'Night'] },
          }
        : {
            id: m + 1,
            groupId: member.groupId,
            author: member.phone,
            at: now - Math.floor(m * step),
            kind: 'text',
            text: `Message ${m}, "quoted" and with a comma`,
          },
    );
  }
  const cards = messages.filter((m) => m.kind === 'card');
  const responses: ActionResponse[] = [];
  for (let r = 0; r < spec.responses; r++) {
    const card = cards[r % cards.length]!;
    responses.push({
      id: r + 1,
      messageId: card.id!,
      groupId: card.groupId,
      author: demoPhone((r * 13) % spec.users),
      at: card.at + 60_000,
      response: { type: 'poll', option: r % 2 },
    });
  }
  return {
    org: demo.org,
    attributes: demo.attributes.slice(0, 5),
    users,
    groups,
    memberships,
    messages,
    responses,
  };
}
