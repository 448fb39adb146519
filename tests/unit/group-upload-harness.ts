import { readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { query, run, startJob } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import type { JobRuntime } from '../../src/app/kernel/jobs';
import { runGroupUploadJob } from '../../src/app/imports/group-upload';
import { openDb, type LabDb } from '../../src/storage/db';
import type { GroupUploadJob } from '../../src/domain/jobs';
import type { GroupRole } from '../../src/domain/types';

/**
 * What the group upload tests share: a fresh sandbox with one org admin, the fixtures of
 * tests/fixtures/groups, uploads through the real command and job, and readers of the
 * resulting groups, memberships and error log.
 */

export const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
/** The org admin `freshOrg` creates (Ada Admin, an Employee). */
export const ADA = '+48601000001';

const FIXTURES = new URL('../fixtures/groups/', import.meta.url);

/** A fixture file's bytes as a Blob. */
export function fixture(name: string): Blob {
  return new Blob([readFileSync(new URL(name, FIXTURES))]);
}

/** A CSV Blob from lines (LF-ended). */
export function csv(...lines: string[]): Blob {
  return new Blob([`${lines.join('\n')}\n`]);
}

/** A fresh database with an organization (region PL) whose org admin is Ada. */
export async function freshOrg(): Promise<LabDb> {
  const db = openDb(`test-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => FIXED });
  await run('org-create', {
    orgName: 'Contoso',
    region: 'PL',
    locale: 'en',
    adminName: 'Ada Admin',
    adminPhone: '601 000 001',
  });
  return db;
}

/** The database of the current test, once `useFreshOrg` has registered it (a live binding). */
export let db: LabDb;

/** Gives every test of the file its own `freshOrg` sandbox in `db`, deleted afterwards. */
export function useFreshOrg(): void {
  beforeEach(async () => {
    db = await freshOrg();
  });
  afterEach(async () => {
    await db.delete();
  });
}

export interface UploadFiles {
  mapping: Blob | string;
  parent?: Blob | string;
  groupId?: string;
}

/** A fixture name is read from tests/fixtures/groups; a Blob is used as it is. */
function file(f: Blob | string): { blob: Blob; name: string } {
  return typeof f === 'string' ? { blob: fixture(f), name: f } : { blob: f, name: 'upload.csv' };
}

/** The input of `group-upload-start` for these files. */
export function startInput(files: UploadFiles) {
  const mapping = file(files.mapping);
  const parent = files.parent === undefined ? undefined : file(files.parent);
  return {
    mappingFile: mapping.blob,
    mappingFileName: mapping.name,
    ...(parent ? { parentFile: parent.blob, parentFileName: parent.name } : {}),
    locale: 'en' as const,
    ...(files.groupId ? { groupId: files.groupId } : {}),
  };
}

/** Starts an upload with the real command and runs its job to the end. */
export async function upload(
  db: LabDb,
  files: UploadFiles,
  extra: Partial<JobRuntime> = {},
): Promise<GroupUploadJob> {
  const { jobId } = await startJob('group-upload', startInput(files));
  const rt: JobRuntime = { db, realNow: () => FIXED, ...extra };
  return (await runGroupUploadJob(rt, jobId)) ?? ((await db.jobs.get(jobId)) as GroupUploadJob);
}

/** The job's error log, without the BOM and header, one string per line. */
export async function logOf(jobId: string): Promise<string[]> {
  const blob = await query('job-file', { jobId: jobId, file: 'log' });
  if (!blob) return [];
  const lines = (await blob.text()).replace(/^\uFEFF/, '').split('\r\n');
  if (lines.shift() !== 'File,Row,Column,Value,Error') throw new Error('not a group upload log');
  return lines.filter((l) => l !== '');
}

/** Organization groups by name: each one's parent's name (null for a root). */
export async function hierarchy(db: LabDb): Promise<Record<string, string | null>> {
  const groups = (await db.groups.toArray()).filter((g) => g.kind === 'organization');
  const nameOf = new Map(groups.map((g) => [g.id, g.name]));
  return Object.fromEntries(
    groups.map((g) => [g.name, g.parentId === undefined ? null : (nameOf.get(g.parentId) ?? '?')]),
  );
}

/** Each organization group's members as `phone role`, sorted, by group name. */
export async function membersByGroup(db: LabDb): Promise<Record<string, string[]>> {
  const groups = (await db.groups.toArray()).filter((g) => g.kind === 'organization');
  const out: Record<string, string[]> = {};
  for (const g of groups) {
    const rows = await db.memberships
      .where('[groupId+phone]')
      .between([g.id, ''], [g.id, '\uffff'])
      .toArray();
    out[g.name] = rows.map((m) => `${m.phone} ${m.role}`).sort();
  }
  return out;
}

/** `phone role` of one group's members, sorted. */
export function roles(rows: ReadonlyArray<[string, GroupRole]>): string[] {
  return rows.map(([p, r]) => `${p} ${r}`).sort();
}

/** Every row of the tables an upload writes, to prove that something wrote nothing. */
export async function uploadTables(db: LabDb): Promise<unknown[]> {
  return Promise.all([db.users, db.groups, db.memberships, db.changes].map((t) => t.toArray()));
}
