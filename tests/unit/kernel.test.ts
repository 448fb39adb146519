import { afterEach, describe, expect, test } from 'vitest';
import { AREAS, registry } from '../../src/app/areas';
import {
  cancelJob,
  query,
  run,
  startJob,
  watch,
  type QueryName,
} from '../../src/app/kernel/client';
import { createRegistry, defineArea, UnknownEntryError } from '../../src/app/kernel/registry';
import { addService, boot, getRuntime, isBooted, shutdown } from '../../src/app/kernel/runtime';
import { runJob, type JobKind } from '../../src/app/kernel/jobs';
import type { JobRecordBase } from '../../src/domain/jobs';
import { MATRIX, type Capability } from '../../src/domain/permissions';
import { DEMO, actAs, db, phone, refused, useDemoSandbox } from './demo-sandbox';

useDemoSandbox();

describe('the registry', () => {
  test('every command, query and job kind declares who may use it', () => {
    const capabilities = new Set<string>([...Object.keys(MATRIX), 'anyone']);
    for (const area of AREAS)
      for (const list of [area.commands, area.queries, area.jobs])
        for (const [name, meta] of Object.entries(list as Record<string, { can: string }>))
          expect(capabilities.has(meta.can), `${area.name}: ${name} can "${meta.can}"`).toBe(true);
  });

  test('an area declares exactly the names its code defines', async () => {
    for (const area of AREAS) {
      const code = await registry.code(area);
      expect(Object.keys(area.commands).sort(), area.name).toEqual(
        Object.keys(code.commands).sort(),
      );
      expect(Object.keys(area.queries).sort(), area.name).toEqual(Object.keys(code.queries).sort());
      expect(Object.keys(area.jobs).sort(), area.name).toEqual(Object.keys(code.jobs).sort());
    }
  });

  test('a name declared twice is refused when the registry is built', () => {
    const code = { commands: { 'x-do': async () => 1 }, queries: {}, jobs: {} };
    const a = defineArea({
      name: 'a',
      commands: { 'x-do': { can: 'anyone' } },
      queries: {},
      jobs: {},
      load: async () => code,
    });
    const b = defineArea({
      name: 'b',
      commands: { 'x-do': { can: 'anyone' } },
      queries: {},
      jobs: {},
      load: async () => code,
    });
    expect(() => createRegistry([a, b])).toThrow('the command "x-do" is declared by a and b');
  });

  test('an unknown name is a defect, not a refusal', () => {
    expect(() => registry.command('nope')).toThrow(UnknownEntryError);
  });

  test('an area whose code fails to load is loaded again next time', async () => {
    let attempts = 0;
    const code = { commands: {}, queries: { ping: async () => 'pong' }, jobs: {} };
    const flaky = defineArea({
      name: 'flaky',
      commands: {},
      queries: { ping: { can: 'anyone' } },
      jobs: {},
      load: async () => {
        attempts++;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return code;
      },
    });
    const reg = createRegistry([flaky]);
    await expect(reg.code(flaky)).rejects.toThrow('Failed to fetch');
    await expect(reg.code(flaky)).resolves.toEqual(code);
    expect(attempts).toBe(2);
  });

  test("an area's commands load apart: its queries come without them, a command gets both", async () => {
    const loads: string[] = [];
    let commandAttempts = 0;
    const split = defineArea<{
      commands: { poke: () => Promise<string> };
      queries: { ping: () => Promise<string> };
      jobs: Record<string, never>;
    }>({
      name: 'split',
      commands: { poke: { can: 'anyone' } },
      queries: { ping: { can: 'anyone' } },
      jobs: {},
      load: async () => {
        loads.push('reads');
        return { queries: { ping: async () => 'pong' }, jobs: {} };
      },
      loadCommands: async () => {
        loads.push('commands');
        if (++commandAttempts === 1)
          throw new TypeError('Failed to fetch dynamically imported module');
        return { commands: { poke: async () => 'poked' } };
      },
    });
    const reg = createRegistry([split]);
    const reads = await reg.reads(split);
    expect(Object.keys(reads.queries)).toEqual(['ping']);
    expect(reads.commands).toEqual({});
    expect(loads).toEqual(['reads']);
    // A commands chunk that fails to load is fetched again on the next use; the queries stay.
    await expect(reg.code(split)).rejects.toThrow('Failed to fetch');
    const all = await reg.code(split);
    expect(Object.keys(all.commands)).toEqual(['poke']);
    expect(Object.keys(all.queries)).toEqual(['ping']);
    expect(loads).toEqual(['reads', 'commands', 'commands']);
  });
});

describe('the runner', () => {
  test('a capability gate refuses before the handler runs, and nothing is written', async () => {
    await actAs(5);
    const before = await db.audit.count();
    const error = await refused(run('attributes-save', { add: [], remove: [], update: [] }));
    expect(error).toMatchObject({
      code: 'permission.denied',
      params: { capability: 'org.manage' },
    });
    expect(await db.audit.count()).toBe(before);
  });

  test('a target gate checks the group the input names', async () => {
    await actAs(60); // admin of North — night shift only
    const other = await refused(
      run('membership-remove', { groupId: 'g-south', phone: phone(160) }),
    );
    expect(other.code).toBe('permission.denied');
    const missing = await refused(run('membership-remove', { groupId: 'g-gone', phone: phone(1) }));
    expect(missing).toMatchObject({ code: 'group.notFound', params: { groupId: 'g-gone' } });
  });

  test('live queries re-run when what they read changes — whatever the gate', async () => {
    const seen: Record<string, number> = {};
    const stops: Array<() => void> = [];
    const follow = (name: QueryName, input: unknown) =>
      stops.push(
        watch(
          name,
          input as never,
          () => (seen[name] = (seen[name] ?? 0) + 1),
          (e) => {
            throw e;
          },
        ),
      );
    follow('deleted-users', undefined); // gated by a capability
    follow('session', undefined); // anyone
    follow('jobs', { kind: 'user-export' });
    follow('user-details', { phone: phone(7) });
    follow('group-members', { groupId: 'g-all' });
    follow('groups', undefined);
    await expect.poll(() => Object.keys(seen).length).toBe(6);
    const first = { ...seen };
    await run('users-delete', { phones: [phone(7)] });
    await startJob('user-export', { scope: 'all' });
    await run('group-create', { name: 'Live crew', kind: 'organization' });
    await run('columns-set', { columns: [{ kind: 'builtin', key: 'source' }] });
    for (const name of Object.keys(first))
      await expect.poll(() => seen[name], { message: name }).toBeGreaterThan(first[name]!);
    for (const stop of stops) stop();
  });
});

describe('the runtime', () => {
  afterEach(async () => {
    await shutdown();
  });

  test('boot starts every service once; shutdown stops them and closes the database', async () => {
    const calls: string[] = [];
    const remove = addService({
      name: 'probe',
      start: () => void calls.push('start'),
      stop: () => void calls.push('stop'),
    });
    const rt = getRuntime();
    await Promise.all([boot(), boot()]);
    expect(isBooted()).toBe(true);
    expect(calls).toEqual(['start']);
    await shutdown();
    expect(calls).toEqual(['start', 'stop']);
    expect(isBooted()).toBe(false);
    expect(rt.db.isOpen()).toBe(false);
    remove();
  });
});

describe('jobs', () => {
  /** A kind that counts to `input` in committed steps, for the framework's own tests. */
  const COUNT: JobKind<JobRecordBase & { kind: 'count' }, { to: number }> = {
    audit: 'test.count',
    phases: ['counting'],
    async create(_ctx, input, base) {
      return {
        job: {
          ...base,
          kind: 'count',
          status: 'queued',
          fileName: `to-${input.to}`,
          phase: 'counting',
          doneRows: 0,
          totalRows: input.to,
        },
      };
    },
    async run() {},
  };

  test('an export is Queued, then Processing, then Completed, with the `…start` and `…completed` audit', async () => {
    const { jobId } = await startJob('user-export', { scope: 'employee' });
    expect(await db.jobs.get(jobId)).toMatchObject({ status: 'queued', kind: 'user-export' });
    const { runExportJob } = await import('../../src/app/exports/user-export');
    const states: string[] = [];
    const done = await runExportJob(
      {
        db,
        realNow: () => Date.now(),
        batchRows: 50,
        afterCommit: async () => void states.push((await db.jobs.get(jobId))!.status),
      },
      jobId,
    );
    expect(states[0]).toBe('processing');
    expect(done).toMatchObject({
      status: 'completed',
      counts: { rows: DEMO.users.filter((u) => u.network === 'employee').length },
    });
    const actions = (await db.audit.where('target').equals(jobId).toArray()).map((e) => e.action);
    expect(actions).toEqual(['users.export.start', 'users.export.completed']);
  });

  test('a job cancelled while queued ends Cancelled without running', async () => {
    const { jobId } = await startJob('user-export', { scope: 'all' });
    await cancelJob(jobId);
    // Ended by the Cancel itself: no worker has to come for it.
    expect(await db.jobs.get(jobId)).toMatchObject({
      status: 'cancelled',
      finishedAt: expect.any(Number),
    });
    expect((await db.audit.where('target').equals(jobId).toArray()).map((e) => e.action)).toEqual([
      'users.export.start',
      'users.export.cancel',
      'users.export.cancelled',
    ]);
    const { runExportJob } = await import('../../src/app/exports/user-export');
    const ended = await runExportJob({ db, realNow: () => Date.now() }, jobId);
    expect(ended).toMatchObject({ status: 'cancelled', doneRows: 0 });
    expect(await query('job-file', { jobId, file: 'output' })).toBeUndefined();
    await expect(cancelJob(jobId)).rejects.toMatchObject({ code: 'job.notRunning' });
  });

  test('a full disk ends the job Failed with the reason and the rows already done', async () => {
    const id = 'count-1';
    await db.jobs.put({
      id,
      kind: 'count',
      status: 'queued',
      fileName: 'x',
      createdAt: 0,
      createdBy: DEMO.actor,
      createdByName: '',
      locale: 'en',
      phase: 'counting',
      doneRows: 7,
    });
    const quota = Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    });
    const ended = await runJob(
      { db, realNow: () => 0 },
      { ...COUNT, run: async () => Promise.reject(quota) } as JobKind<JobRecordBase, never>,
      id,
    );
    expect(ended).toMatchObject({
      status: 'failed',
      reason: { code: 'job.quota', params: { rows: 7 } },
    });
    expect((await db.audit.where('target').equals(id).toArray()).map((e) => e.action)).toEqual([
      'test.count.failed',
    ]);
  });

  test('an import cancelled while queued ends Failed: nothing was imported', async () => {
    const { jobId } = await startJob('user-import', {
      file: new Blob(['Phone Number\n699000009\n']),
      fileName: 'staff.csv',
      network: 'employee',
      locale: 'en',
    });
    await cancelJob(jobId);
    expect(await db.jobs.get(jobId)).toMatchObject({
      status: 'failed',
      reason: { code: 'import.cancelledEarly' },
    });
    expect(await db.users.get('+48699000009')).toBeUndefined();
  });

  test('code that cannot load mid-run ends the job Failed with a reason that says so', async () => {
    const id = 'count-2';
    await db.jobs.put({
      id,
      kind: 'count',
      status: 'queued',
      fileName: 'x',
      createdAt: 0,
      createdBy: DEMO.actor,
      createdByName: '',
      locale: 'en',
      phase: 'counting',
      doneRows: 3,
    });
    const offline = new TypeError('Failed to fetch dynamically imported module: /_astro/zip.js');
    const ended = await runJob(
      { db, realNow: () => 0 },
      { ...COUNT, run: async () => Promise.reject(offline) } as JobKind<JobRecordBase, never>,
      id,
    );
    expect(ended).toMatchObject({ status: 'failed', reason: { code: 'job.loadFailed' } });
  });

  test('a job that ended is left as it is', async () => {
    const { jobId } = await startJob('user-export', { scope: 'all' });
    const { runExportJob } = await import('../../src/app/exports/user-export');
    const first = await runExportJob({ db, realNow: () => Date.now() }, jobId);
    const again = await runExportJob({ db, realNow: () => Date.now() }, jobId);
    expect(again).toEqual(first);
  });

  test('a job refused when it is created (a file over 200 MB) ends there, audited as such', async () => {
    const huge = { size: 300 * 2 ** 20 } as Blob; // never read: refused on its size
    const { jobId } = await startJob('user-import', {
      file: huge,
      fileName: 'huge.csv',
      network: 'employee',
      locale: 'en',
    });
    expect(await db.jobs.get(jobId)).toMatchObject({
      status: 'failed',
      reason: { code: 'import.file.tooBig' },
    });
    expect(await db.jobFiles.count()).toBe(0);
    const actions = (await db.audit.where('target').equals(jobId).toArray()).map((e) => e.action);
    expect(actions).toEqual(['users.import.start', 'users.import.failed']);
  });

  test('only those who may start a kind may cancel its jobs', async () => {
    const { jobId } = await startJob('user-export', { scope: 'all' });
    await actAs(5);
    expect((await refused(cancelJob(jobId))).code).toBe('permission.denied');
    expect((await db.jobs.get(jobId))?.cancelRequested).toBeUndefined();
  });
});

/** Capabilities the tests above name exist in the matrix (a typo would pass silently). */
const _names: Capability[] = ['org.manage', 'group.users.manage'];
void _names;
