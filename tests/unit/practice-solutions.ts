import { strFromU8, unzipSync } from 'fflate';
import { query, run, startJob } from '../../src/app/kernel/client';
import { getRuntime } from '../../src/app/kernel/runtime';
import { runImportJob } from '../../src/app/imports/user-import';
import { runExportJob } from '../../src/app/exports/user-export';
import { runGroupUploadJob } from '../../src/app/imports/group-upload';
import { runTenantExportJob } from '../../src/app/tenant/tenant-export';
import { builtinActionId } from '../../src/domain/catalog';
import { createCsvReader } from '../../src/io/csv';
import type { Facts } from '../../src/domain/practice';

/**
 * The scripted solution of every exercise, done through the client as the UI does it, and
 * one of its steps undone. Jobs run here, in the test's thread (Node has no workers).
 */
export interface Solution {
  solve: (facts: Facts) => Promise<void>;
  /** Takes back one step of the solution (the check must fail again). */
  undo: (facts: Facts) => Promise<void>;
}

const rt = () => ({ db: getRuntime().db, realNow: getRuntime().realNow });
const s = (facts: Facts, key: string) => String(facts[key]);

async function importFile(text: string, name = 'users.csv'): Promise<void> {
  const { jobId } = await startJob('user-import', {
    file: new Blob([text]),
    fileName: name,
    network: 'employee',
    locale: 'en',
  });
  await runImportJob(rt(), jobId);
}

async function exportUsers(): Promise<string> {
  const { jobId } = await startJob('user-export', { scope: 'all' });
  await runExportJob(rt(), jobId);
  return (await (await query('job-file', { jobId, file: 'output' }))!.text()).replace(
    /^\uFEFF/,
    '',
  );
}

async function exportTenant(): Promise<Blob> {
  const { jobId } = await startJob('tenant-export', {});
  await runTenantExportJob(rt(), jobId);
  return (await query('job-file', { jobId, file: 'output' }))!;
}

const orgAdmin = async () => {
  const actor = (await query('actor-candidates', 'Anna Nowak'))[0]!;
  await run('actor-set', { phone: actor.phone });
};

async function groupId(name: string): Promise<string> {
  const { groups } = await query('groups', undefined as never);
  return groups.find((g) => g.name === name)!.id;
}

export const SOLUTIONS: Record<string, Solution> = {
  'move-to-others': {
    solve: async (f) =>
      void (await run('users-move-network', { phones: [s(f, 'phone')], to: 'others' })),
    undo: async (f) =>
      void (await run('users-move-network', { phones: [s(f, 'phone')], to: 'employee' })),
  },
  'employee-id': {
    solve: async () => {
      await run('attributes-save', {
        add: [
          {
            name: 'Employee ID',
            type: 'text',
            mandatory: true,
            userEditable: false,
            visibleToAll: true,
          },
        ],
      });
    },
    undo: async () => {
      const { attributes } = await query('session');
      const id = attributes.find((a) => a.name === 'Employee ID')!.id;
      await run('attributes-save', { remove: [id], add: [] });
    },
  },
  'import-fix': {
    solve: async (f) => {
      const { text } = await query('practice-sample', { id: 'import-fix' });
      await importFile(text, 'import-sample.csv');
      // The three rows, corrected as the hints say.
      const [header, ...rows] = text.trim().split('\r\n');
      const fixed = rows.slice(3).map((r) =>
        r
          .replace('4.86E+10', s(f, 'sciPhone'))
          .replace(`${s(f, 'idName')},,`, `${s(f, 'idName')},${s(f, 'id')},`)
          .replace(',maybe,', ',Yes,'),
      );
      await importFile([header, ...fixed].join('\r\n'), 'fixed.csv');
    },
    undo: async () => {
      await run('users-delete', { phones: ['+48600555006'] });
    },
  },
  'export-reimport': {
    solve: async () => importFile(await exportUsers(), 'export.csv'),
    // A newer export that was not imported back.
    undo: async () => void (await exportUsers()),
  },
  'delete-restore': {
    solve: async (f) => {
      await run('users-delete', { phones: [s(f, 'phone')] });
      await run('users-restore', { phones: [s(f, 'phone')] });
    },
    undo: async (f) => void (await run('users-delete', { phones: [s(f, 'phone')] })),
  },
  'group-admin': {
    solve: async (f) => {
      const { groupId } = await run('group-create', { name: s(f, 'group'), kind: 'organization' });
      await run('group-members-add', {
        groupId,
        text: `${s(f, 'adminPhone')}, ${s(f, 'memberPhone')}`,
        region: 'PL',
        role: 'member',
      });
      await run('membership-set-role', { groupId, phone: s(f, 'adminPhone'), role: 'admin' });
    },
    undo: async (f) => {
      const id = await groupId(s(f, 'group'));
      await run('membership-set-role', { groupId: id, phone: s(f, 'adminPhone'), role: 'member' });
    },
  },
  'hierarchy-upload': {
    solve: async (f) => {
      const { text, name } = await query('practice-sample', { id: 'hierarchy-upload' });
      const parents = `Parent Group Name*,Child Group Name*\r\n${s(f, 'top')},${s(f, 'middle')}\r\n${s(f, 'middle')},${s(f, 'bottom')}\r\n`;
      const { jobId } = await startJob('group-upload', {
        mappingFile: new Blob([text]),
        mappingFileName: name,
        parentFile: new Blob([parents]),
        parentFileName: 'parents.csv',
        locale: 'en',
      });
      await runGroupUploadJob(rt(), jobId);
    },
    undo: async (f) => run('group-remove-parent', { childId: await groupId(s(f, 'bottom')) }),
  },
  'map-private': {
    solve: async (f) => {
      await run('actor-set', { phone: s(f, 'adminPhone') });
      await run('group-map', { groupId: 'p-football' });
    },
    undo: () => run('group-make-private', { groupId: 'p-football' }),
  },
  'admin-poll': {
    solve: async (f) => {
      await run('action-publish', {
        groupId: 'g-it',
        actionId: builtinActionId('poll'),
        roles: ['admin'],
      });
      await run('actor-set', { phone: s(f, 'adminPhone') });
      const { messageId } = await run('action-send', {
        groupId: 'g-it',
        actionId: builtinActionId('poll'),
        card: { type: 'poll', question: 'New laptops: which model?', options: ['A', 'B'] },
      });
      for (const who of ['firstPhone', 'secondPhone']) {
        await run('actor-set', { phone: s(f, who) });
        await run('action-respond', { messageId, response: { type: 'poll', option: 1 } });
      }
      await orgAdmin();
    },
    undo: () => run('action-unpublish', { groupId: 'g-it', actionId: builtinActionId('poll') }),
  },
  connector: {
    solve: async (f) => {
      const { connectorId } = await run('connector-register', { name: s(f, 'connector') });
      await run('group-connector-add', { groupId: 'g-south', connectorId });
    },
    undo: async () => {
      const { connectors } = await query('connectors-overview', undefined as never);
      const mine = connectors.find((c) => c.connector.name === 'Shift planner')!;
      await run('group-connector-remove', { groupId: 'g-south', connectorId: mine.connector.id });
    },
  },
  'activity-report': {
    // The answer is read off the report itself, as the trainee reads it.
    solve: async () => {
      const report = await query('report-activity', { type: 'groups' });
      await run('practice-answer', { id: 'activity-report', answer: report.rows[0]!.name });
    },
    undo: () => run('practice-answer', { id: 'activity-report', answer: '' }),
  },
  'tenant-messages': {
    solve: async (f) => {
      const files = unzipSync(new Uint8Array(await (await exportTenant()).arrayBuffer()));
      const reader = createCsvReader();
      const [header, ...rows] = [
        ...reader.push(strFromU8(files['messages.csv']!).replace(/^\uFEFF/, '')),
        ...reader.end(),
      ].map((r) => r.fields);
      const author = header!.indexOf('Author');
      const count = rows.filter((r) => r[author] === s(f, 'phone')).length;
      await run('practice-answer', { id: 'tenant-messages', answer: String(count) });
    },
    undo: () => run('practice-answer', { id: 'tenant-messages', answer: '' }),
  },
  'tenant-restore': {
    solve: async (f) => {
      await run('user-add', {
        phone: s(f, 'phone'),
        region: 'PL',
        name: s(f, 'name'),
        network: 'employee',
        attrs: { employeeId: 'CL-30000' },
      });
      const zip = await exportTenant();
      await run('sandbox-reset');
      await run('tenant-restore', { file: zip, fileName: 'tenant.zip' });
    },
    undo: async (f) => void (await run('users-delete', { phones: [s(f, 'phone')] })),
  },
};
