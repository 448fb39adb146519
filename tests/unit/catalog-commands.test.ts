import { describe, expect, test } from 'vitest';
import { DEMO, FIXED, actAs, db, phone, refused, snapshot, useDemoSandbox } from './demo-sandbox';

import { query, run } from '../../src/app/kernel/client';
import { builtinActionId, publicationId } from '../../src/domain/catalog';
import { sha256Hex } from '../../src/domain/sha256';

useDemoSandbox();

const POLL = builtinActionId('poll');
const SURVEY = builtinActionId('survey');
const auditActions = async () => (await db.audit.toArray()).map((e) => e.action);

/**
 * Who is who in the demo: 0 org admin (member of the top group only); 60 admin of
 * "North — night shift" (61 a member there); 120 admin of "Warehouse North"; 14 admin and
 * 21 member of the private group "Friday football", which 0 does not belong to.
 */
const CELLS: Array<[string, number, string, boolean]> = [
  ['org admin → any organization group', 0, 'g-north-night', true],
  ['group admin → their group', 60, 'g-north-night', true],
  ['group admin → another group', 120, 'g-north-night', false],
  ['group admin → their parent group, where they are not admin', 60, 'g-north', false],
  ['member → their group', 61, 'g-north-night', false],
  ['private group admin → that group', 14, 'p-football', true],
  ['private group member → that group', 21, 'p-football', false],
  ['org admin, not a member → a private group', 0, 'p-football', false],
];

describe('publishing: every permission cell (SPEC §10)', () => {
  test.each(CELLS)('action-publish: %s → allowed %s', async (_, actor, groupId, allowed) => {
    await actAs(actor);
    const input = { groupId, actionId: SURVEY, roles: ['member' as const] };
    if (allowed) {
      await run('action-publish', input);
      expect(await db.publications.get(publicationId('action', groupId, SURVEY))).toMatchObject({
        roles: ['member'],
        publishedBy: phone(actor),
        publishedAt: FIXED,
      });
      await run('action-unpublish', { groupId, actionId: SURVEY });
      expect(await db.publications.get(publicationId('action', groupId, SURVEY))).toBeUndefined();
    } else {
      const before = await snapshot();
      expect((await refused(run('action-publish', input))).code).toBe('permission.denied');
      expect(await snapshot()).toEqual(before);
    }
  });

  test.each(CELLS)('group-connector-add: %s → allowed %s', async (_, actor, groupId, allowed) => {
    const input = { groupId, connectorId: 'c-demo-telematics' };
    await actAs(actor);
    if (allowed) {
      await run('group-connector-add', input);
      expect(
        (await query('group-connectors', { groupId: groupId }))?.attached.map(
          (a) => a.connector.id,
        ),
      ).toContain('c-demo-telematics');
      await run('group-connector-remove', input);
      expect(
        await db.publications.get(publicationId('connector', groupId, 'c-demo-telematics')),
      ).toBeUndefined();
    } else {
      const before = await snapshot();
      expect((await refused(run('group-connector-add', input))).code).toBe('permission.denied');
      expect(await snapshot()).toEqual(before);
    }
  });

  test('a member trying to unpublish or remove a connector is refused; nothing changes', async () => {
    await actAs(121); // a member of Warehouse North
    const before = await snapshot();
    expect(
      (await refused(run('action-unpublish', { groupId: 'g-north', actionId: POLL }))).code,
    ).toBe('permission.denied');
    expect(
      (
        await refused(
          run('group-connector-remove', { groupId: 'g-north', connectorId: 'c-demo-roster' }),
        )
      ).code,
    ).toBe('permission.denied');
    expect(await snapshot()).toEqual(before);
    // …and the tabs tell the UI to hide the controls.
    expect((await query('group-actions', { groupId: 'g-north' }))?.canPublish).toBe(false);
    expect((await query('group-connectors', { groupId: 'g-north' }))?.canPublish).toBe(false);
  });
});

describe('action-publish / action-unpublish', () => {
  test('needs at least one role; publishing again changes the roles', async () => {
    const error = await refused(
      run('action-publish', { groupId: 'g-it', actionId: POLL, roles: [] }),
    );
    expect(error.problems).toEqual([{ column: 'roles', code: 'publication.roles.empty' }]);
    await run('action-publish', { groupId: 'g-it', actionId: POLL, roles: ['admin'] });
    await run('action-publish', { groupId: 'g-it', actionId: POLL, roles: ['member', 'admin'] });
    const tab = await query('group-actions', { groupId: 'g-it' });
    expect(tab?.published.map((p) => [p.action.id, p.publication.roles])).toEqual([
      [POLL, ['admin', 'member']],
    ]);
    expect(tab?.available.map((a) => a.id)).not.toContain(POLL);
    expect((await auditActions()).filter((a) => a.startsWith('action.'))).toEqual([
      'action.publish',
      'action.publish',
    ]);
  });

  test('unknown Action, unknown group and unpublishing what is not published are refused', async () => {
    expect(
      (
        await refused(
          run('action-publish', { groupId: 'g-it', actionId: 'nope', roles: ['admin'] }),
        )
      ).code,
    ).toBe('action.notFound');
    expect(
      (await refused(run('action-publish', { groupId: 'gone', actionId: POLL, roles: ['admin'] })))
        .code,
    ).toBe('group.notFound');
    expect(
      (await refused(run('action-unpublish', { groupId: 'g-it', actionId: POLL }))).params,
    ).toEqual({
      action: 'Quick Poll',
      group: 'IT helpdesk',
    });
  });
});

describe('action-create / action-delete', () => {
  test('a group admin adds a custom Action; it is listed with its creator and can be published', async () => {
    await actAs(60);
    const { actionId } = await run('action-create', {
      name: ' Shift  handover ',
      type: 'checklist',
    });
    await run('action-publish', { groupId: 'g-north-night', actionId, roles: ['admin', 'member'] });
    const row = (await query('actions-overview')).actions.find((a) => a.action.id === actionId)!;
    expect(row.action).toMatchObject({ name: 'Shift handover', type: 'checklist', builtIn: false });
    expect(row.creatorName).toBe(DEMO.users[60]!.name);
    expect(row.published.map((p) => p.group.id)).toEqual(['g-north-night']);
  });

  test('a member may not add one; names are unique among all Actions, built-in included', async () => {
    await actAs(61);
    const before = await snapshot();
    expect((await refused(run('action-create', { name: 'Mine', type: 'poll' }))).code).toBe(
      'permission.denied',
    );
    expect(await snapshot()).toEqual(before);
    await actAs(0);
    const dup = await refused(run('action-create', { name: 'quick POLL', type: 'poll' }));
    expect(dup.problems).toEqual([
      expect.objectContaining({
        column: 'name',
        code: 'action.name.duplicate',
        params: { other: 'Quick Poll' },
      }),
    ]);
    const bad = await refused(run('action-create', { name: '', type: 'telegram' as 'poll' }));
    expect(bad.problems.map((p) => p.code)).toEqual(['action.name.empty', 'action.type.unknown']);
  });

  test('built-in Actions cannot be deleted; a custom one is deleted by its creator and unpublished everywhere', async () => {
    expect((await refused(run('action-delete', { actionId: POLL }))).code).toBe('action.builtIn');
    await actAs(60); // not the creator of the demo's safety checklist
    expect((await refused(run('action-delete', { actionId: 'a-demo-safety' }))).code).toBe(
      'action.delete.denied',
    );
    await actAs(120);
    await run('action-delete', { actionId: 'a-demo-safety' });
    expect(await db.actions.get('a-demo-safety')).toBeUndefined();
    expect((await db.publications.toArray()).some((p) => p.refId === 'a-demo-safety')).toBe(false);
    // Cards already sent keep their content.
    expect((await db.messages.toArray()).some((m) => m.actionId === 'a-demo-safety')).toBe(true);
  });
});

describe('connectors', () => {
  test('register returns the secret once; only its hash is stored and nothing reads it back', async () => {
    await actAs(60);
    const { connectorId, secret } = await run('connector-register', {
      name: '  Night  roster ',
      description: 'Posts the rota',
    });
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.connectors.get(connectorId);
    expect(stored).toMatchObject({
      name: 'Night roster',
      description: 'Posts the rota',
      owner: phone(60),
      active: true,
      createdAt: FIXED,
      secretHash: sha256Hex(secret),
    });
    expect(JSON.stringify(await snapshot())).not.toContain(secret);
    const listed = JSON.stringify(await query('connectors-overview'));
    expect(listed).toContain('Night roster');
    expect(listed).not.toContain(secret);
    expect(listed).not.toContain(stored!.secretHash);
    expect(
      JSON.stringify(await query('group-connectors', { groupId: 'g-north-night' })),
    ).not.toContain(stored!.secretHash);
    const other = await run('connector-register', { name: 'Another' });
    expect(other.secret).not.toBe(secret);
    expect(other.connectorId).not.toBe(connectorId);
    expect(await db.connectors.get(other.connectorId)).toMatchObject({ description: '' });
    expect((await auditActions()).slice(-2)).toEqual(['connector.register', 'connector.register']);
  });

  test('a duplicate name (any case) or an empty one is refused with the field; nothing changes', async () => {
    const before = await snapshot();
    const dup = await refused(run('connector-register', { name: 'FLEET telematics' }));
    expect(dup.problems).toEqual([
      {
        column: 'name',
        value: 'FLEET telematics',
        code: 'connector.name.duplicate',
        params: { other: 'Fleet telematics' },
      },
    ]);
    // A deactivated connector keeps its name too.
    expect(
      (await refused(run('connector-register', { name: 'legacy hr feed' }))).problems[0]?.code,
    ).toBe('connector.name.duplicate');
    expect((await refused(run('connector-register', { name: '' }))).problems[0]?.code).toBe(
      'connector.name.empty',
    );
    expect(await snapshot()).toEqual(before);
  });

  test('a member may not register one', async () => {
    await actAs(61);
    expect((await refused(run('connector-register', { name: 'Mine' }))).code).toBe(
      'permission.denied',
    );
    expect((await query('connectors-overview')).canRegister).toBe(false);
  });

  test('deactivate: by the owner or an org admin only; then it cannot be attached', async () => {
    await actAs(120); // a group admin who does not own the roster connector
    const before = await snapshot();
    expect(
      (await refused(run('connector-deactivate', { connectorId: 'c-demo-roster' }))).code,
    ).toBe('connector.deactivate.denied');
    expect(await snapshot()).toEqual(before);
    await actAs(190); // owner of the telematics connector, not an org admin
    await run('connector-deactivate', { connectorId: 'c-demo-telematics' });
    expect(await db.connectors.get('c-demo-telematics')).toMatchObject({
      active: false,
      deactivatedAt: FIXED,
      deactivatedBy: phone(190),
    });
    await actAs(0);
    await run('connector-deactivate', { connectorId: 'c-demo-roster' });
    const error = await refused(
      run('group-connector-add', { groupId: 'g-it', connectorId: 'c-demo-roster' }),
    );
    expect(error).toMatchObject({
      code: 'connector.inactive',
      params: { name: 'Shift roster sync', group: 'IT helpdesk' },
    });
    expect(
      (await query('group-connectors', { groupId: 'g-it' }))?.available.map((c) => c.id),
    ).toEqual([]);
    // Still listed where it was attached, marked inactive.
    const row = (await query('connectors-overview')).connectors.find(
      (c) => c.connector.id === 'c-demo-roster',
    )!;
    expect(row.connector.active).toBe(false);
    expect(row.canDeactivate).toBe(false);
    expect(row.attached.map((a) => a.group.id)).toEqual(['g-north', 'g-south']);
  });

  test('attaching twice, removing what is not attached, and unknown connectors are refused', async () => {
    const input = { groupId: 'g-north', connectorId: 'c-demo-roster' };
    expect((await refused(run('group-connector-add', input))).code).toBe('connector.attached');
    expect(
      (
        await refused(
          run('group-connector-remove', { groupId: 'g-it', connectorId: 'c-demo-roster' }),
        )
      ).code,
    ).toBe('connector.notAttached');
    expect(
      (await refused(run('group-connector-add', { groupId: 'g-it', connectorId: 'nope' }))).code,
    ).toBe('connector.notFound');
    await run('group-connector-remove', input);
    expect((await auditActions()).at(-1)).toBe('group.connector.remove');
  });
});

describe('queries and the sandbox', () => {
  test('the Actions page shows where each Action is published, only in groups the actor can see', async () => {
    const asAdmin = await query('actions-overview');
    const poll = (o: typeof asAdmin) => o.actions.find((a) => a.action.id === POLL)!;
    // The org admin is not in the private football group: its publication is not shown.
    expect(poll(asAdmin).published.map((p) => p.group.id)).toEqual(['g-all', 'g-north']);
    expect(poll(asAdmin).creatorName).toBe('kaizala');
    expect(asAdmin.canAdd).toBe(true);
    await actAs(21);
    const asFootballer = await query('actions-overview');
    expect(poll(asFootballer).published.map((p) => [p.group.id, p.canRemove])).toEqual([
      ['g-all', false],
      ['p-football', false],
    ]);
    expect(asFootballer.targets).toEqual([]);
    expect(asFootballer.canAdd).toBe(false);
    await actAs(60);
    expect((await query('actions-overview')).targets.map((g) => g.id)).toEqual(['g-north-night']);
  });

  test('demo-load writes the catalog; sandbox-reset empties it', async () => {
    expect(await db.connectors.count()).toBe(DEMO.catalog.connectors.length);
    expect(await db.actions.count()).toBe(DEMO.catalog.actions.length);
    expect(await db.publications.count()).toBe(DEMO.catalog.publications.length);
    expect(await db.messages.count()).toBe(DEMO.catalog.messages.length);
    expect(await db.responses.count()).toBe(DEMO.catalog.responses.length);
    await run('sandbox-reset');
    for (const table of [db.connectors, db.actions, db.publications, db.messages, db.responses])
      expect(await table.count(), table.name).toBe(0);
  });
});
