import type { CommandContext } from '../kernel/context';
import { ACTOR_PREF } from '../kernel/context';
import { DomainError, type Problem } from '../../domain/errors';
import { advanceOffset } from '../../domain/clock';
import { toStored, validateName } from '../../domain/users';
import type { Locale, Organization, User } from '../../domain/types';
import { putOrg, setPref } from '../../storage/repos';
import { putUser } from '../../storage/users-repo';
import { phoneIo } from '../kernel/modules';
import { MAX_ATTRIBUTE_NAME } from '../../domain/attributes';
import { purgeDue, type PurgedUser } from '../directory/deletion';

export interface OrgCreateInput {
  orgName: string;
  region: string;
  locale: Locale;
  adminName: string;
  adminPhone: string;
}

function orgNameProblem(raw: string): Problem | undefined {
  const name = raw.trim();
  if (name === '') return { column: 'orgName', code: 'org.name.empty' };
  if (name.length > MAX_ATTRIBUTE_NAME)
    return { column: 'orgName', code: 'org.name.tooLong', params: { max: MAX_ATTRIBUTE_NAME } };
  return undefined;
}

/** Onboarding: creates the organization and its first org admin, who becomes the actor. */
export async function orgCreate(
  ctx: CommandContext,
  input: OrgCreateInput,
): Promise<{ phone: string }> {
  if (ctx.org) throw new DomainError('org.exists');
  const problems: Problem[] = [];
  const orgProblem = orgNameProblem(input.orgName);
  if (orgProblem) problems.push(orgProblem);
  const phone = phoneIo().parsePhone(input.adminPhone, input.region);
  if (!phone.ok) problems.push(phoneIo().phoneProblem(phone));
  const { name, problem } = validateName(input.adminName);
  if (problem) problems.push(problem);
  else if (name === '') problems.push({ column: 'name', code: 'name.required' });
  if (problems.length > 0 || !phone.ok) throw new DomainError('form.invalid', {}, problems);
  const org: Organization = {
    id: 'org',
    name: input.orgName.trim(),
    region: input.region,
    clockOffset: 0,
    locale: input.locale,
    createdAt: ctx.now,
  };
  const admin: User = {
    phone: phone.e164,
    name,
    network: 'employee',
    orgRole: 'admin',
    source: 'portal',
    attrs: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await putOrg(ctx.db, org);
  await putUser(ctx.db, toStored(admin));
  await setPref(ctx.db, ACTOR_PREF, admin.phone);
  ctx.audit('org.create', 'org', { name: org.name, region: org.region }, admin.phone);
  ctx.audit('user.add', admin.phone, { orgRole: 'admin' }, admin.phone);
  return { phone: admin.phone };
}

/** Settings: organization name, default region, language. */
export async function orgUpdate(
  ctx: CommandContext,
  input: { name?: string; region?: string; locale?: Locale },
): Promise<void> {
  const org = ctx.requireOrg();
  ctx.require('org.manage');
  if (input.name !== undefined) {
    const problem = orgNameProblem(input.name);
    if (problem) throw new DomainError('form.invalid', {}, [problem]);
  }
  if (input.region !== undefined && !/^[A-Z]{2}$/.test(input.region))
    throw new DomainError('org.region.invalid');
  const next = {
    ...org,
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.region !== undefined ? { region: input.region } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  await putOrg(ctx.db, next);
  ctx.audit('org.update', 'org', { ...input });
}

/**
 * Moves the simulated clock forward. A sandbox control rather than an organization
 * permission: any actor may use it, like Reset.
 */
export async function clockAdvance(
  ctx: CommandContext,
  input: { days: number },
): Promise<{ offset: number; purged: PurgedUser[] }> {
  const org = ctx.requireOrg();
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 3650)
    throw new DomainError('clock.days', { max: 3650 });
  const offset = advanceOffset(org.clockOffset, input.days);
  const moved = { ...org, clockOffset: offset };
  await putOrg(ctx.db, moved);
  ctx.audit('clock.advance', 'org', { days: input.days });
  // The clock now reads later: restore windows that ended meanwhile are purged right away.
  ctx.now += offset - org.clockOffset;
  ctx.org = moved;
  // Named in the answer: the Settings page says who is gone for good.
  const purged = await purgeDue(ctx);
  return { offset, purged };
}
