import type { CommandContext } from '../kernel/context';
import { ACTOR_PREF, BROWSER_PREFS } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import type { DemoOrganization } from '../../domain/demo';
import { demoData } from '../kernel/modules';
import { toStored } from '../../domain/users';
import { MAX_EXTRA_COLUMNS, type DirectoryColumn, type Locale } from '../../domain/types';
import {
  clearSandbox,
  putGroups,
  putMemberships,
  putOrg,
  replaceAttributes,
  setPref,
} from '../../storage/repos';
import { getUser, putUsers } from '../../storage/users-repo';
import {
  putActions,
  putConnectors,
  replaceConversations,
  putPublications,
} from '../../storage/catalog-repo';
import { COLUMNS_PREF } from './queries';

export { COLUMNS_PREF };

/** Empties the sandbox: the next visit starts at onboarding. */
export async function sandboxReset(ctx: CommandContext): Promise<void> {
  await clearSandbox(ctx.db, BROWSER_PREFS);
}

/** Replaces the sandbox with the deterministic demo organization. */
export async function demoLoad(
  ctx: CommandContext,
  input: { locale?: Locale } = {},
): Promise<{ users: number }> {
  const offset = ctx.org?.clockOffset ?? 0;
  const demo = demoData().buildDemo(ctx.now - offset, offset, input.locale ?? 'en');
  await replaceWithDemo(ctx, demo, input.locale);
  ctx.audit('demo.load', 'org', { users: demo.users.length });
  return { users: demo.users.length };
}

/**
 * Empties the sandbox and writes `demo` (the demo organization, or an exercise's starting
 * state made from it); its org admin acts.
 */
export async function replaceWithDemo(
  ctx: CommandContext,
  demo: DemoOrganization,
  locale: Locale | undefined,
): Promise<void> {
  await clearSandbox(ctx.db, BROWSER_PREFS);
  await putOrg(ctx.db, { ...demo.org, locale: locale ?? demo.org.locale });
  await replaceAttributes(ctx.db, demo.attributes);
  await putUsers(ctx.db, demo.users.map(toStored));
  await putGroups(ctx.db, demo.groups);
  await putMemberships(ctx.db, demo.memberships);
  await putConnectors(ctx.db, demo.catalog.connectors);
  await putActions(ctx.db, demo.catalog.actions);
  await putPublications(ctx.db, demo.catalog.publications);
  await replaceConversations(ctx.db, demo.catalog.messages, demo.catalog.responses);
  await setPref(ctx.db, ACTOR_PREF, demo.actor);
}

/** "Act as" another directory user, to see what their role may do. */
export async function actorSet(ctx: CommandContext, input: { phone: string }): Promise<void> {
  const user = await getUser(ctx.db, input.phone);
  if (!user || user.deletedAt !== undefined)
    throw new DomainError('user.notFound', { phone: input.phone });
  await setPref(ctx.db, ACTOR_PREF, user.phone);
}

/** Directory → More → Select Columns: up to four extra columns, kept per browser. */
export async function columnsSet(
  ctx: CommandContext,
  input: { columns: DirectoryColumn[] },
): Promise<void> {
  if (input.columns.length > MAX_EXTRA_COLUMNS)
    throw new DomainError('columns.tooMany', { max: MAX_EXTRA_COLUMNS });
  await setPref(ctx.db, COLUMNS_PREF, input.columns);
}

/** The UI language chosen in Settings; kept per browser. */
export async function localeSet(ctx: CommandContext, input: { locale: Locale }): Promise<void> {
  await setPref(ctx.db, 'ui.locale', input.locale);
  if (ctx.org && ctx.org.locale !== input.locale) {
    await putOrg(ctx.db, { ...ctx.org, locale: input.locale });
    ctx.audit('org.locale', 'org', { locale: input.locale });
  }
}
