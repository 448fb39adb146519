import type { CommandContext, ReadContext } from '../kernel/context';
import { ACTOR_PREF, BROWSER_PREFS, RESTORED_PREF } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import type { StoredUser } from '../../domain/users';
import { setPref } from '../../storage/repos';
import { replaceSandbox } from '../../storage/tenant-repo';
import { replaceActivity } from '../../storage/activity-repo';
import { buildActivity } from '../../domain/activity';
import type { ActionResponse, Message } from '../../domain/types';
import type { CheckedTenant } from './restore';
import { TENANT_EXPORT } from './tenant-export';

export interface RestoreInput {
  file: Blob;
  fileName: string;
}

/** What a restore brought in, for the page to say. */
export interface RestoreResult {
  organization: string;
  users: number;
  groups: number;
  messages: number;
}

/** Reads and checks the package before the transaction: a refusal here writes nothing. */
async function prepareRestore(input: RestoreInput, ctx: ReadContext): Promise<Restoring> {
  // A sandbox with an organization is refused before its package is read.
  if (ctx.org) throw new DomainError('tenant.notEmpty', { organization: ctx.org.name });
  const { checkPackage } = await import('./restore');
  const checked = checkPackage(new Uint8Array(await input.file.arrayBuffer()), input.fileName);
  return { ...checked, fileName: input.fileName };
}

/** A checked package and the name of its file. */
interface Restoring extends CheckedTenant {
  fileName: string;
}

/**
 * Settings → Restore from a tenant export (SPEC §9): into an empty sandbox only, in one
 * transaction — the old (empty) sandbox or the restored one, never a mix. The restored
 * audit log is the package's own, so a restore adds no event to it (an export of the
 * restored sandbox is the package again).
 */
async function tenantRestore(ctx: CommandContext, tenant: Restoring): Promise<RestoreResult> {
  if (ctx.org) throw new DomainError('tenant.notEmpty', { organization: ctx.org.name });
  await replaceSandbox(ctx.db, tenant.rows, BROWSER_PREFS);
  // The reports' activity log is not in the package: it is made from what is.
  await replaceActivity(
    ctx.db,
    buildActivity(
      (tenant.rows.messages ?? []) as Message[],
      (tenant.rows.responses ?? []) as ActionResponse[],
    ),
  );
  const admin = (tenant.rows.users as StoredUser[])
    .filter((u) => u.orgRole === 'admin' && u.deletedAt === undefined)
    .sort((a, b) => a.phone.localeCompare(b.phone))[0];
  if (admin) await setPref(ctx.db, ACTOR_PREF, admin.phone);
  // Where the sandbox came from: not part of the package (a later export is the package again).
  await setPref(ctx.db, RESTORED_PREF, { fileName: tenant.fileName, at: ctx.now });
  return {
    organization: tenant.org.name,
    users: tenant.counts.users,
    groups: tenant.counts.groups,
    messages: tenant.counts.messages,
  };
}

/** Tenant data (SPEC §9): the package out (a job) and back in (a command). */
export default {
  commands: { 'tenant-restore': tenantRestore },
  prepare: { 'tenant-restore': prepareRestore },
  queries: {},
  jobs: { 'tenant-export': TENANT_EXPORT },
};
