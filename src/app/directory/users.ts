import type { CommandContext } from '../kernel/context';
import { DomainError, type Problem } from '../../domain/errors';
import {
  missingMandatory,
  parseAttributeValue,
  valueContextFor,
  visibleAttributes,
} from '../../domain/attributes';
import { networkMoveProblem, stripIndex, toStored, validateName } from '../../domain/users';
import type { Attribute, AttributeValue, Network, OrgRole, User } from '../../domain/types';
import { getGroups, listAttributes, membershipsOf } from '../../storage/repos';
import { getUser, getUsers, orgAdmins, putUser, putUsers } from '../../storage/users-repo';
import { phoneIo } from '../kernel/modules';
import { listOutcomes, type ListOutcome } from './list-outcomes';

/** Reads raw attribute inputs; an empty string means "no value". */
function readAttributeValues(
  raw: Record<string, string>,
  attributes: readonly Attribute[],
  region: string,
): { values: Record<string, AttributeValue | null>; problems: Problem[] } {
  const ctx = valueContextFor(region);
  const values: Record<string, AttributeValue | null> = {};
  const problems: Problem[] = [];
  for (const attribute of attributes) {
    const text = raw[attribute.id];
    if (text === undefined) continue;
    const trimmed = text.trim();
    if (trimmed === '') {
      values[attribute.id] = null;
      continue;
    }
    const parsed = parseAttributeValue(attribute.type, trimmed, ctx);
    if (parsed.ok) values[attribute.id] = parsed.value;
    else
      problems.push({
        column: attribute.name,
        value: trimmed,
        code: parsed.code,
        params: { ...parsed.params, attribute: attribute.name },
      });
  }
  return { values, problems };
}

function applyValues(
  attrs: Record<string, AttributeValue>,
  values: Record<string, AttributeValue | null>,
) {
  const next = { ...attrs };
  for (const [id, value] of Object.entries(values)) {
    if (value === null) delete next[id];
    else next[id] = value;
  }
  return next;
}

function mandatoryProblems(
  attrs: Record<string, AttributeValue>,
  attributes: readonly Attribute[],
): Problem[] {
  return missingMandatory(attrs, attributes).map((a) => ({
    column: a.name,
    code: 'attribute.mandatory.missing',
    params: { attribute: a.name },
  }));
}

export interface UserAddInput {
  phone: string;
  region: string;
  name: string;
  network: Network;
  attrs: Record<string, string>;
}

/** Adds one user. Refuses with every problem of the form at once. */
export async function userAdd(
  ctx: CommandContext,
  input: UserAddInput,
): Promise<{ phone: string }> {
  const org = ctx.requireOrg();
  ctx.require('directory.users.manage', { userGroupIds: [] });
  const problems: Problem[] = [];
  const phone = phoneIo().parsePhone(input.phone, input.region);
  if (!phone.ok) problems.push(phoneIo().phoneProblem(phone));
  const { name, problem } = validateName(input.name);
  if (problem) problems.push(problem);
  const attributes = await listAttributes(ctx.db);
  // `input.region` only reads the phone number; dates follow the tenant's region (SPEC §4).
  const { values, problems: valueProblems } = readAttributeValues(
    input.attrs,
    attributes,
    org.region,
  );
  problems.push(...valueProblems);
  const attrs = applyValues({}, values);
  // A mandatory attribute with a bad value is already reported; the others still are.
  const reported = new Set(valueProblems.map((p) => p.column));
  problems.push(
    ...mandatoryProblems(
      attrs,
      attributes.filter((a) => !reported.has(a.name)),
    ),
  );
  if (phone.ok) {
    const existing = await getUser(ctx.db, phone.e164);
    if (existing) {
      problems.push({
        column: 'phone',
        value: phone.e164,
        code: existing.deletedAt === undefined ? 'user.exists' : 'user.existsDeleted',
      });
    }
  }
  if (problems.length > 0 || !phone.ok) throw new DomainError('form.invalid', {}, problems);
  const user: User = {
    phone: phone.e164,
    name,
    network: input.network,
    orgRole: 'member',
    source: 'portal',
    attrs,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await putUser(ctx.db, toStored(user));
  ctx.audit('user.add', user.phone, { network: user.network });
  return { phone: user.phone };
}

export type { ListOutcome } from './list-outcomes';

/** Adds a comma-separated list of numbers; every entry gets its own outcome. */
export async function userAddList(
  ctx: CommandContext,
  input: { text: string; region: string; network: Network },
): Promise<ListOutcome[]> {
  ctx.requireOrg();
  ctx.require('directory.users.manage', { userGroupIds: [] });
  const entries = phoneIo().parsePhoneList(input.text, input.region);
  if (entries.length === 0) throw new DomainError('list.empty');
  const attributes = await listAttributes(ctx.db);
  const mandatory = attributes.filter((a) => a.mandatory);
  const valid = entries.flatMap((e) => (e.result.ok ? [e.result.e164] : []));
  const stored = (await getUsers(ctx.db, valid)).flatMap((u) => (u ? [u] : []));
  const existing = new Set(stored.filter((u) => u.deletedAt === undefined).map((u) => u.phone));
  // A deleted user's number is not in the directory, yet cannot be added until restored or purged.
  const deleted = new Set(stored.filter((u) => u.deletedAt !== undefined).map((u) => u.phone));
  const created: User[] = [];
  const outcomes = listOutcomes(entries, (phone, invalid, at) => {
    if (existing.has(phone)) return { ...at, status: 'present', phone };
    if (deleted.has(phone)) return invalid('user.existsDeleted');
    if (mandatory.length > 0) {
      const params = { attributes: mandatory.map((a) => a.name).join(', ') };
      // The problem names the first mandatory column, as the one-user form's field would.
      const problem = { row: at.entry, column: mandatory[0]!.name, value: at.raw };
      return {
        ...at,
        status: 'invalid',
        problem: { ...problem, code: 'list.mandatoryAttributes', params },
      };
    }
    created.push({
      phone,
      name: '',
      network: input.network,
      orgRole: 'member',
      source: 'portal',
      attrs: {},
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    return { ...at, status: 'added', phone };
  });
  await putUsers(ctx.db, created.map(toStored));
  for (const u of created) ctx.audit('user.add', u.phone, { network: u.network, via: 'list' });
  return outcomes;
}

/** Loads a live (not deleted) user or refuses. */
export async function requireUser(ctx: CommandContext, phone: string): Promise<User> {
  const stored = await getUser(ctx.db, phone);
  if (!stored || stored.deletedAt !== undefined) throw new DomainError('user.notFound', { phone });
  return stripIndex(stored);
}

/**
 * Organization group ids of a user, for the group-admin scope of directory permissions.
 * Private groups are left out: anyone can make one, so adminship there gives no directory power.
 */
export async function groupIdsOf(ctx: CommandContext, phone: string): Promise<string[]> {
  const ids = (await membershipsOf(ctx.db, phone)).map((m) => m.groupId);
  const groups = await getGroups(ctx.db, ids);
  return ids.filter((_, i) => groups[i]?.kind === 'organization');
}

export interface UserEditInput {
  phone: string;
  name?: string;
  attrs?: Record<string, string>;
}

/** Edits a user's name and attribute values. An empty value clears it, unless mandatory. */
export async function userEdit(ctx: CommandContext, input: UserEditInput): Promise<void> {
  const org = ctx.requireOrg();
  const user = await requireUser(ctx, input.phone);
  ctx.require('directory.users.manage', { userGroupIds: await groupIdsOf(ctx, user.phone) });
  // Admin-only attributes are not a group admin's to see, so not theirs to change either.
  const attributes = visibleAttributes(ctx.actorCtx.orgAdmin, await listAttributes(ctx.db));
  const problems: Problem[] = [];
  let name = user.name;
  if (input.name !== undefined) {
    const checked = validateName(input.name);
    if (checked.problem) problems.push(checked.problem);
    name = checked.name;
  }
  const { values, problems: valueProblems } = readAttributeValues(
    input.attrs ?? {},
    attributes,
    org.region,
  );
  problems.push(...valueProblems);
  const attrs = applyValues(user.attrs, values);
  // Only a value the edit clears is refused; users already incomplete stay editable.
  for (const a of attributes) {
    if (a.mandatory && values[a.id] === null && user.attrs[a.id] !== undefined) {
      problems.push({
        column: a.name,
        code: 'attribute.mandatory.missing',
        params: { attribute: a.name },
      });
    }
  }
  if (problems.length > 0) throw new DomainError('form.invalid', {}, problems);
  await putUser(ctx.db, toStored({ ...user, name, attrs, updatedAt: ctx.now }));
  ctx.audit('user.edit', user.phone, {
    name: name !== user.name ? name : undefined,
    attrs: Object.keys(values),
  });
}

export type MoveOutcome =
  { phone: string; status: 'moved' } | { phone: string; status: 'refused'; code: string };

/** Moves users between Employee and Others; a synced user never goes to Others. */
export async function usersMoveNetwork(
  ctx: CommandContext,
  input: { phones: string[]; to: Network },
): Promise<MoveOutcome[]> {
  ctx.requireOrg();
  ctx.require('org.manage');
  const outcomes: MoveOutcome[] = [];
  for (const phone of input.phones) {
    const user = await requireUser(ctx, phone);
    const refusal = networkMoveProblem(user, input.to);
    if (refusal) {
      outcomes.push({ phone, status: 'refused', code: refusal });
      continue;
    }
    await putUser(ctx.db, toStored({ ...user, network: input.to, updatedAt: ctx.now }));
    ctx.audit('user.network', phone, { from: user.network, to: input.to });
    outcomes.push({ phone, status: 'moved' });
  }
  return outcomes;
}

/** Makes a user an org admin or takes it away; the organization keeps at least one. */
export async function userSetOrgRole(
  ctx: CommandContext,
  input: { phone: string; role: OrgRole },
): Promise<void> {
  ctx.requireOrg();
  ctx.require('org.manage');
  const user = await requireUser(ctx, input.phone);
  if (user.orgRole === input.role) return;
  if (input.role === 'member') {
    const admins = (await orgAdmins(ctx.db)).filter((u) => u.deletedAt === undefined);
    if (admins.length <= 1) throw new DomainError('orgAdmin.last');
  }
  await putUser(ctx.db, toStored({ ...user, orgRole: input.role, updatedAt: ctx.now }));
  ctx.audit('user.orgRole', user.phone, { role: input.role });
}
