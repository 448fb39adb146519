import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { run } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { writePackage } from '../../src/app/tenant/package';
import type {
  ActionResponse,
  Attribute,
  AttributeType,
  AttributeValue,
  AuditEvent,
  Card,
  CardResponse,
  Connector,
  Group,
  Membership,
  Message,
  OrgAction,
  Publication,
  User,
} from '../../src/domain/types';
import type { JobRecordBase } from '../../src/domain/jobs';
import { toStored } from '../../src/domain/users';
import { openDb, type LabDb } from '../../src/storage/db';

/**
 * Export → restore → export is the same package (SPEC §9), over generated tenants: every
 * attribute type, hierarchies, private groups (left out), conversations with cards and
 * responses, users deleted inside their window, job history — with names and values that
 * hold quotes, commas, line breaks, formula starts, Polish letters and emoji.
 */

const T0 = Date.UTC(2026, 2, 1, 10, 0, 0);
const DAY = 86_400_000;
const RUNS = Number(process.env.KL_TENANT_RUNS ?? 1000);

const tricky = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '=1+1',
    '+48 601',
    '-5',
    '@sum',
    '\tx',
    'a,b',
    'say "hi"',
    'line\r\nbreak',
    'Zażółć gęślą',
    '🙂 ok',
    "'=quoted",
  ),
);
const nonEmpty = tricky.filter((s) => s !== '');
const when = fc.integer({ min: T0 - 400 * DAY, max: T0 }).map((ms) => Math.round(ms));
const TYPES: AttributeType[] = ['text', 'number', 'yesno', 'datetime'];

function valueOf(type: AttributeType): fc.Arbitrary<AttributeValue> {
  switch (type) {
    case 'text':
      return nonEmpty;
    case 'number':
      return fc.oneof(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc
          .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
          .filter((n) => !Object.is(n, -0)),
      );
    case 'yesno':
      return fc.boolean();
    default:
      return fc.oneof(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      );
  }
}

const CARDS: Array<fc.Arbitrary<[Card, CardResponse]>> = [
  fc.tuple(nonEmpty, fc.array(nonEmpty, { minLength: 2, maxLength: 3 })).map(([q, options]) => [
    { type: 'poll', question: q, options },
    { type: 'poll', option: 1 },
  ]),
  fc
    .tuple(nonEmpty, fc.array(nonEmpty, { minLength: 1, maxLength: 2 }))
    .map(([title, questions]) => [
      { type: 'survey', title, questions },
      { type: 'survey', answers: questions.map((q) => `${q}!`) },
    ]),
  nonEmpty.map((title) => [
    { type: 'checklist', title, items: ['a', 'b'] },
    { type: 'checklist', ticked: [0] },
  ]),
  nonEmpty.map((title) => [
    { type: 'announcement', title, text: title },
    { type: 'announcement', acknowledged: true },
  ]),
];

/** A generated tenant: its records, as the lab stores them. */
const tenant = fc
  .record({
    attributes: fc.uniqueArray(fc.tuple(nonEmpty, fc.constantFrom(...TYPES)), {
      maxLength: 4,
      selector: ([name]) => name.toLowerCase(),
    }),
    users: fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { minLength: 1, maxLength: 8 }),
    names: fc.array(tricky, { minLength: 8, maxLength: 8 }),
    deleted: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    groups: fc.array(fc.tuple(nonEmpty, fc.nat(), fc.boolean(), fc.boolean()), { maxLength: 6 }),
    members: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 12 }),
    messages: fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.option(fc.oneof(...CARDS)), tricky, fc.boolean()),
      {
        maxLength: 8,
      },
    ),
    jobs: fc.array(
      fc.tuple(
        fc.constantFrom('user-import', 'user-export', 'group-upload'),
        fc.constantFrom('completed', 'failed', 'cancelled', 'processing'),
      ),
      { maxLength: 3 },
    ),
    times: fc.array(when, { minLength: 8, maxLength: 8 }),
    values: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 16 }),
  })
  .chain((t) =>
    fc.tuple(
      fc.constant(t),
      (t.attributes.length
        ? fc.tuple(
            ...t.attributes.map(([, type]) =>
              fc.array(valueOf(type), { minLength: 8, maxLength: 8 }),
            ),
          )
        : fc.constant([])) as fc.Arbitrary<AttributeValue[][]>,
    ),
  );

type Generated = typeof tenant extends fc.Arbitrary<infer T> ? T : never;

async function store(db: LabDb, [t, values]: Generated): Promise<void> {
  const at = (i: number) => t.times[i % t.times.length] as number;
  const attributes: Attribute[] = t.attributes.map(
    ([name, type]: [string, AttributeType], i: number) => ({
      id: `a${i}`,
      name,
      type,
      mandatory: i === 0,
      userEditable: i % 2 === 0,
      visibleToAll: i !== 1,
      createdAt: at(i),
      order: i,
      ...(i === 2 ? { suggested: 'department' } : {}),
    }),
  );
  const users: User[] = (t.users as number[]).map((n, i) => {
    const attrs: User['attrs'] = {};
    attributes.forEach((a, k) => {
      if ((n + k) % 3 !== 0) attrs[a.id] = values[k]![i]!;
    });
    return {
      phone: `+486010${String(n).padStart(5, '0')}`,
      name: t.names[i] ?? '',
      network: i % 3 === 2 ? 'others' : 'employee',
      orgRole: i === 0 ? 'admin' : 'member',
      source: (['portal', 'import', 'group-admin', 'directory-sync'] as const)[i % 4]!,
      attrs,
      createdAt: at(i),
      updatedAt: at(i + 1),
    };
  });
  const groups: Group[] = t.groups.map(([name, parent, isPrivate], i) => ({
    id: `g${i}`,
    name,
    kind: isPrivate ? 'private' : 'organization',
    createdBy: users[0]!.phone,
    createdAt: at(i),
    ...(i > 0 && parent % 3 !== 0 ? { parentId: `g${parent % i}` } : {}),
  }));
  const org = groups.filter((g) => g.kind === 'organization');
  const memberships = new Map<string, Membership>();
  if (groups.length > 0)
    for (const [g, u, admin] of t.members as Array<[number, number, boolean]>) {
      const group = groups[g % groups.length]!;
      const user = users[u % users.length]!;
      memberships.set(`${group.id} ${user.phone}`, {
        groupId: group.id,
        phone: user.phone,
        role: admin ? 'admin' : 'member',
        addedAt: at(g),
      });
    }
  // Users deleted inside their window leave their organization groups (kept to give back).
  users.forEach((u, i) => {
    if (i === 0 || !t.deleted[i]) return;
    const mine = [...memberships.values()].filter(
      (m) => m.phone === u.phone && org.some((g) => g.id === m.groupId),
    );
    for (const m of mine) memberships.delete(`${m.groupId} ${m.phone}`);
    u.deletedAt = T0 - 2 * DAY;
    u.deletedBy = users[0]!.phone;
    u.removedMemberships = mine;
  });
  const actions: OrgAction[] = [
    {
      id: 'custom-1',
      name: 'Zmiana „B”',
      type: 'poll',
      description: '',
      createdBy: users[0]!.phone,
      createdAt: at(1),
      builtIn: false,
    },
  ];
  const connectors: Connector[] = [
    {
      id: 'c1',
      name: 'HR, sync',
      description: 'a=1',
      secretHash: 'ab'.repeat(32),
      owner: users[0]!.phone,
      createdAt: at(2),
      active: true,
    },
    {
      id: 'c2',
      name: 'Old',
      description: '',
      secretHash: '',
      owner: users[0]!.phone,
      createdAt: at(3),
      active: false,
      deactivatedAt: at(4),
      deactivatedBy: users[0]!.phone,
    },
  ];
  const publications: Publication[] = groups.flatMap((g, i): Publication[] =>
    i % 2 === 0
      ? [
          {
            id: `action:${g.id}:custom-1`,
            groupId: g.id,
            kind: 'action' as const,
            refId: 'custom-1',
            roles: ['admin' as const],
            publishedBy: users[0]!.phone,
            publishedAt: at(i),
          },
        ]
      : [
          {
            id: `connector:${g.id}:c1`,
            groupId: g.id,
            kind: 'connector' as const,
            refId: 'c1',
            publishedBy: users[0]!.phone,
            publishedAt: at(i),
          },
        ],
  );
  const messages: Message[] = [];
  const responses: ActionResponse[] = [];
  if (groups.length > 0)
    (t.messages as Array<[number, number, [Card, CardResponse] | null, string, boolean]>).forEach(
      ([g, u, card, text, respond], i) => {
        const group = groups[g % groups.length]!;
        const author = users[u % users.length]!.phone;
        const id = i + 1;
        messages.push(
          card
            ? {
                id,
                groupId: group.id,
                author,
                at: at(i),
                kind: 'card',
                text: '',
                actionId: card[0].type,
                card: card[0],
              }
            : {
                id,
                groupId: group.id,
                author,
                at: at(i),
                kind: 'text',
                text,
                // Likes from the first user (the org admin), on every other text message.
                ...(respond ? { reactions: [{ phone: users[0]!.phone, at: at(i + 1) }] } : {}),
              },
        );
        if (card && respond)
          responses.push({
            id,
            messageId: id,
            groupId: group.id,
            author: users[0]!.phone,
            at: at(i + 1),
            response: card[1],
          });
      },
    );
  const jobs: JobRecordBase[] = (t.jobs as Array<[string, string]>).map(([kind, status], i) => ({
    id: `job-${i}`,
    kind,
    status: status as JobRecordBase['status'],
    access: { can: 'org.manage' as const },
    fileName: `plik, ${i}.csv`,
    createdAt: at(i),
    createdBy: users[0]!.phone,
    createdByName: users[0]!.name,
    locale: 'pl',
    phase: 'writing',
    doneRows: i * 10,
    ...(status === 'processing' ? { progressAt: 5 } : { finishedAt: at(i) + 1000 }),
    ...(status === 'failed' ? { reason: { code: 'job.quota', params: { rows: 3 } } } : {}),
    counts: { rows: i, failed: 0 },
  }));
  const audit: AuditEvent[] = users.map((u, i) => ({
    id: i + 1,
    at: at(i),
    actor: users[0]!.phone,
    action: 'user.add',
    target: u.phone,
    ...(i % 2 ? { details: { name: u.name } } : {}),
  }));
  await db.org.put({
    id: 'org',
    name: t.names[0] || 'Org',
    region: 'PL',
    clockOffset: 3 * DAY,
    locale: 'pl',
    createdAt: T0 - 500 * DAY,
  });
  await db.attributes.bulkPut(attributes);
  await db.users.bulkPut(users.map(toStored));
  await db.groups.bulkPut(groups);
  await db.memberships.bulkPut([...memberships.values()]);
  await db.actions.bulkPut(actions);
  await db.connectors.bulkPut(connectors);
  await db.publications.bulkPut(publications);
  await db.messages.bulkPut(messages);
  await db.responses.bulkPut(responses);
  await db.jobs.bulkPut(jobs);
  await db.audit.bulkPut(audit);
}

/** The package's files as text, and its descriptor without its time. */
async function contents(zip: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
  const d = JSON.parse(out['datapackage.json']!) as Record<string, unknown>;
  delete d.created;
  out['datapackage.json'] = JSON.stringify(d);
  return out;
}

describe('tenant round trip', () => {
  test(`export → restore → export is the same package (${RUNS} generated tenants)`, async () => {
    await fc.assert(
      fc.asyncProperty(tenant, async (generated) => {
        const source = openDb(`src-${crypto.randomUUID()}`);
        const target = openDb(`dst-${crypto.randomUUID()}`);
        try {
          await store(source, generated);
          const first = await writePackage(source, { exportedBy: '+48601000000', now: T0 });
          setRuntime({ db: target, realNow: () => T0 });
          await run('tenant-restore', { file: first.zip, fileName: 'tenant.zip' });
          const second = await writePackage(target, { exportedBy: '+48601000000', now: T0 + 1 });
          expect(await contents(second.zip)).toEqual(await contents(first.zip));
          // What a user in their window had comes back with them, ready for Restore.
          for (const u of await source.users.where('deletedAt').above(0).toArray())
            expect(await target.users.get(u.phone)).toEqual(u);
        } finally {
          await source.delete();
          await target.delete();
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
