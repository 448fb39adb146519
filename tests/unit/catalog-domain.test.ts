import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isMessageKey } from '../../src/i18n';
import { enCatalog } from '../../src/i18n/en-catalog';
import { plCatalog } from '../../src/i18n/pl-catalog';
import { Sha256, sha256Hex } from '../../src/domain/sha256';
import {
  ACTION_TYPES,
  BUILTIN_ACTIONS,
  KAIZALA,
  MAX_CATALOG_NAME,
  allActions,
  builtinActionId,
  groupRoleOf,
  mayPublishAnywhere,
  maySend,
  publicationId,
  sendableActions,
  validateCatalogName,
  validateDescription,
  validateRoles,
} from '../../src/domain/catalog';
import {
  mayDeactivate,
  newCredentials,
  secretMatches,
  validateConnector,
  withoutSecret,
} from '../../src/domain/connectors';
import { validateCard, validateResponse } from '../../src/domain/conversation';
import { can, type ActorContext } from '../../src/domain/permissions';
import { buildDemo } from '../../src/domain/demo';
import type { Connector, OrgAction, Publication } from '../../src/domain/types';

const NOW = Date.UTC(2024, 5, 3, 9, 0, 0);

describe('sha256Hex', () => {
  test('fed in pieces of any size, it agrees with Node crypto (a tenant file hashed as written)', () => {
    const bytes = new TextEncoder().encode('Zażółć, "gęślą" jaźń 🙂\r\n'.repeat(997));
    for (const piece of [1, 7, 63, 64, 65, 1000, bytes.length]) {
      const hash = new Sha256();
      for (let at = 0; at < bytes.length; at += piece) hash.update(bytes.subarray(at, at + piece));
      expect(hash.hex(), `pieces of ${piece}`).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
  });

  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('matches the standard test vector for %j', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  test.each(['zażółć gęślą jaźń', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(1000)])(
    'agrees with Node crypto on UTF-8 and padding edge cases (%#)',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );
});

describe('the Action catalog', () => {
  test('has the eight built-in Actions, made by Kaizala', () => {
    expect(BUILTIN_ACTIONS.map((a) => [a.type, a.name])).toEqual([
      ['announcement', 'Announcement'],
      ['poll', 'Quick Poll'],
      ['survey', 'Survey'],
      ['job', 'Job'],
      ['checklist', 'Checklist'],
      ['meet', "Let's Meet"],
      ['attendance', 'Attendance'],
      ['training', 'Training'],
    ]);
    expect(BUILTIN_ACTIONS.every((a) => a.builtIn && a.createdBy === KAIZALA)).toBe(true);
    expect(ACTION_TYPES.map(builtinActionId)).toEqual(BUILTIN_ACTIONS.map((a) => a.id));
  });

  test('custom Actions follow the built-in ones, by name; a stored "built-in" is ignored', () => {
    const custom = (id: string, name: string, builtIn = false): OrgAction => ({
      id,
      name,
      type: 'poll',
      description: '',
      createdBy: '+48600000001',
      createdAt: NOW,
      builtIn,
    });
    const list = allActions([
      custom('b', 'Zebra vote'),
      custom('a', 'apple poll'),
      custom('x', 'Fake', true),
    ]);
    expect(list.slice(8).map((a) => a.name)).toEqual(['apple poll', 'Zebra vote']);
    expect(list).toHaveLength(10);
  });
});

describe('validateCatalogName', () => {
  const existing = [{ name: 'Quick Poll' }, { name: 'Shift roster sync' }];

  test('trims, collapses spaces and accepts a new name', () => {
    expect(validateCatalogName('action', '  Lunch   order ', existing)).toEqual({
      name: 'Lunch order',
    });
  });

  test.each([
    ['', 'action.name.empty', undefined],
    ['   ', 'action.name.empty', undefined],
    ['x'.repeat(MAX_CATALOG_NAME + 1), 'action.name.tooLong', { max: 64, length: 65 }],
    ['<script>alert(1)</script>', 'action.name.markup', undefined],
    ['quick  POLL', 'action.name.duplicate', { other: 'Quick Poll' }],
  ])('%j is refused with %s naming the name field', (raw, code, params) => {
    const { problem } = validateCatalogName('action', raw, existing);
    expect(problem).toMatchObject({ column: 'name', code });
    if (params) expect(problem?.params).toEqual(params);
  });

  test('the area prefixes the code', () => {
    expect(validateCatalogName('connector', 'SHIFT roster sync', existing).problem?.code).toBe(
      'connector.name.duplicate',
    );
  });

  test('a description is optional and at most 500 characters', () => {
    expect(validateDescription('  ')).toEqual({ description: '' });
    expect(validateDescription('x'.repeat(501)).problem).toMatchObject({
      column: 'description',
      code: 'catalog.description.tooLong',
      params: { max: 500, length: 501 },
    });
  });
});

describe('connectors', () => {
  const stored: Connector = {
    id: 'c-1',
    name: 'Fleet telematics',
    description: '',
    secretHash: sha256Hex('s3cret'),
    owner: '+48600000002',
    createdAt: NOW,
    active: true,
  };

  test('registration needs a name unique in the organization; the description may be empty', () => {
    expect(validateConnector({ name: 'Roster', description: '' }, [stored])).toEqual({
      name: 'Roster',
      description: '',
      problems: [],
    });
    const bad = validateConnector({ name: 'fleet TELEMATICS', description: 'x'.repeat(600) }, [
      stored,
    ]);
    expect(bad.problems.map((p) => [p.column, p.code])).toEqual([
      ['name', 'connector.name.duplicate'],
      ['description', 'catalog.description.tooLong'],
    ]);
    expect(validateConnector({ name: ' ', description: '' }, []).problems[0]?.code).toBe(
      'connector.name.empty',
    );
  });

  test('credentials: a v4 UUID, a 256-bit base64url secret, and the hash of that secret', () => {
    let n = 0;
    const bytes = (length: number) => Uint8Array.from({ length }, () => (n++ * 37) & 255);
    const a = newCredentials(bytes, sha256Hex);
    const b = newCredentials(bytes, sha256Hex);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.secretHash).toBe(sha256Hex(a.secret));
    expect(a.secretHash).not.toContain(a.secret);
    expect(b.id).not.toBe(a.id);
    expect(b.secret).not.toBe(a.secret);
    expect(secretMatches({ secretHash: a.secretHash }, a.secret, sha256Hex)).toBe(true);
    expect(secretMatches({ secretHash: a.secretHash }, b.secret, sha256Hex)).toBe(false);
  });

  test('a connector as shown carries no secret hash', () => {
    expect(withoutSecret(stored)).not.toHaveProperty('secretHash');
    expect(JSON.stringify(withoutSecret(stored))).not.toContain(stored.secretHash);
  });

  test('its owner or an org admin may deactivate it, nobody else', () => {
    const actor = (phone: string, orgAdmin: boolean): ActorContext => ({
      phone,
      orgAdmin,
      adminOf: new Set(['g-1']),
      memberOf: new Set(['g-1']),
    });
    expect(mayDeactivate(actor('+48600000002', false), stored)).toBe(true);
    expect(mayDeactivate(actor('+48600000009', true), stored)).toBe(true);
    expect(mayDeactivate(actor('+48600000009', false), stored)).toBe(false);
    expect(mayDeactivate(actor('', false), { owner: '' })).toBe(false);
  });
});

describe('publications and who may send', () => {
  const pub = (groupId: string, refId: string, roles: Publication['roles']): Publication => ({
    id: publicationId('action', groupId, refId),
    groupId,
    kind: 'action',
    refId,
    ...(roles ? { roles } : {}),
    publishedBy: '+48600000001',
    publishedAt: NOW,
  });
  const poll = builtinActionId('poll');
  const job = builtinActionId('job');
  const pubs = [
    pub('g-1', poll, ['admin']),
    pub('g-1', job, ['admin', 'member']),
    pub('g-2', poll, ['member']),
  ];

  test('roles: at least one of Admin and Member, nothing else', () => {
    expect(validateRoles(['member', 'admin', 'admin'])).toEqual({ roles: ['admin', 'member'] });
    expect(validateRoles([]).problem).toEqual({ column: 'roles', code: 'publication.roles.empty' });
    expect(validateRoles(['owner']).problem).toMatchObject({ code: 'publication.roles.unknown' });
  });

  test("an Action may be sent where it is published for the sender's role", () => {
    expect(maySend(pubs, 'g-1', poll, 'admin')).toBe(true);
    expect(maySend(pubs, 'g-1', poll, 'member')).toBe(false);
    expect(maySend(pubs, 'g-2', poll, 'member')).toBe(true);
    expect(maySend(pubs, 'g-2', job, 'admin')).toBe(false);
    expect(maySend(pubs, 'g-1', job, undefined)).toBe(false);
    expect(sendableActions(BUILTIN_ACTIONS, pubs, 'g-1', 'member').map((a) => a.id)).toEqual([job]);
    expect(sendableActions(BUILTIN_ACTIONS, pubs, 'g-1', 'admin').map((a) => a.id)).toEqual([
      poll,
      job,
    ]);
  });

  test("a group role comes from the actor's memberships", () => {
    const actor: ActorContext = {
      phone: '+48600000003',
      orgAdmin: true,
      adminOf: new Set(['g-1']),
      memberOf: new Set(['g-1', 'g-2']),
    };
    expect([
      groupRoleOf(actor, 'g-1'),
      groupRoleOf(actor, 'g-2'),
      groupRoleOf(actor, 'g-3'),
    ]).toEqual(['admin', 'member', undefined]);
  });

  test('org admins, group admins and private-group admins may publish somewhere; members not', () => {
    const base = { phone: '+48600000004', orgAdmin: false, memberOf: new Set(['g-1', 'p-1']) };
    expect(mayPublishAnywhere({ ...base, orgAdmin: true, adminOf: new Set() })).toBe(true);
    expect(mayPublishAnywhere({ ...base, adminOf: new Set(['g-1']) })).toBe(true);
    expect(
      mayPublishAnywhere({ ...base, adminOf: new Set(['p-1']), privateGroups: new Set(['p-1']) }),
    ).toBe(true);
    expect(mayPublishAnywhere({ ...base, adminOf: new Set() })).toBe(false);
  });
});

describe('the demo catalog obeys its own rules', () => {
  const demo = buildDemo(NOW, 0);
  const { catalog } = demo;
  const actions = allActions(catalog.actions);
  const groups = new Map(demo.groups.map((g) => [g.id, g]));
  const roleIn = (groupId: string, phone: string) =>
    demo.memberships.find((m) => m.groupId === groupId && m.phone === phone)?.role;
  const actorOf = (phone: string): ActorContext => {
    const own = demo.memberships.filter((m) => m.phone === phone);
    return {
      phone,
      orgAdmin: demo.users.find((u) => u.phone === phone)?.orgRole === 'admin',
      adminOf: new Set(own.filter((m) => m.role === 'admin').map((m) => m.groupId)),
      memberOf: new Set(own.map((m) => m.groupId)),
      privateGroups: new Set(
        own.filter((m) => groups.get(m.groupId)?.kind === 'private').map((m) => m.groupId),
      ),
    };
  };

  test('has connectors (one inactive), custom Actions, publications and conversations', () => {
    expect(catalog.connectors.map((c) => c.active)).toEqual([true, true, false]);
    expect(catalog.actions.length).toBeGreaterThan(0);
    expect(
      catalog.publications.some(
        (p) => p.groupId === 'g-all' && p.refId === builtinActionId('announcement'),
      ),
    ).toBe(true);
    // The guides' admins-only Quick Poll.
    expect(
      catalog.publications.some(
        (p) => p.refId === builtinActionId('poll') && p.roles?.join() === 'admin',
      ),
    ).toBe(true);
    expect(catalog.messages.length).toBeGreaterThan(10);
    expect(catalog.responses.length).toBeGreaterThan(100);
    expect(buildDemo(NOW, 0).catalog).toEqual(catalog);
  });

  test('every publication was made by someone allowed to publish to that group', () => {
    for (const p of catalog.publications) {
      const g = groups.get(p.groupId)!;
      expect(
        can(actorOf(p.publishedBy), 'catalog.publish', { groupId: g.id, groupKind: g.kind }),
        p.id,
      ).toBe(true);
    }
  });

  test('every card is valid and was sent by a member whose role may send it; every response is valid', () => {
    for (const m of catalog.messages) {
      const role = roleIn(m.groupId, m.author);
      expect(role, `message ${m.id}`).toBeDefined();
      if (m.kind === 'text') continue;
      const action = actions.find((a) => a.id === m.actionId)!;
      expect(maySend(catalog.publications, m.groupId, action.id, role), `message ${m.id}`).toBe(
        true,
      );
      expect(validateCard(action.type, m.card!).problems, `message ${m.id}`).toEqual([]);
    }
    for (const r of catalog.responses) {
      const m = catalog.messages.find((x) => x.id === r.messageId)!;
      expect(m.groupId).toBe(r.groupId);
      expect(roleIn(r.groupId, r.author), `response ${r.id}`).toBeDefined();
      expect(validateResponse(m.card!, r.response).problems, `response ${r.id}`).toEqual([]);
    }
  });
});

describe('messages of the catalog area', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

  test('every catalog string has a Polish translation, and no Polish key is stray', () => {
    // Polish counts have more forms than English: `.few` and `.many` of a counted key belong.
    const english = new Set(Object.keys(enCatalog));
    const polish = Object.keys(plCatalog).filter(
      (k) => !/\.(few|many)$/.test(k) || !english.has(k.replace(/\.(few|many)$/, '.other')),
    );
    expect(polish.sort()).toEqual([...english].sort());
  });

  test('every refusal and problem code the catalog can produce has a message', () => {
    const sources = [
      'src/domain/catalog.ts',
      'src/domain/connectors.ts',
      'src/domain/conversation.ts',
      'src/app/catalog/connectors.ts',
      'src/app/catalog/actions.ts',
      'src/app/catalog/conversation.ts',
    ].map(read);
    const errors = sources.flatMap((s) =>
      [...s.matchAll(/DomainError\(\s*'([\w.]+)'/g)].map((m) => m[1]!),
    );
    errors.push('action.adminsOnly', 'action.membersOnly'); // chosen by a ternary
    const problems = sources.flatMap((s) => [...s.matchAll(/code: '([\w.]+)'/g)].map((m) => m[1]!));
    // Codes built from a prefix: `${area}.name.…` and `card.${column}.…`.
    for (const area of ['connector', 'action'])
      for (const end of ['empty', 'tooLong', 'markup', 'duplicate'])
        problems.push(`${area}.name.${end}`);
    for (const column of ['options', 'questions', 'items'])
      for (const end of ['tooFew', 'tooMany', 'blank', 'long', 'duplicate'])
        problems.push(`card.${column}.${end}`);
    for (const column of ['title', 'question'])
      problems.push(`card.${column}.empty`, `card.${column}.tooLong`);
    expect(errors.length).toBeGreaterThan(10);
    expect(problems.length).toBeGreaterThan(40);
    const missing = [
      ...errors.filter(
        (c) => c !== 'form.invalid' && c !== 'permission.denied' && !isMessageKey(`error.${c}`),
      ),
      ...problems.filter((c) => !isMessageKey(`problem.${c}`)),
    ];
    expect(missing).toEqual([]);
    for (const audit of ['connector.register', 'action.publish', 'action.respond', 'message.post'])
      expect(isMessageKey(`audit.${audit}`), audit).toBe(true);
  });
});
