import { getRuntime } from './runtime';
import { loadPhoneIo } from './modules';
import { buildContext, type CommandContext } from './context';
import { inTransaction } from '../../storage/repos';
import { orgCreate, orgUpdate, clockAdvance } from '../sandbox/org';
import {
  userAdd,
  userAddList,
  userEdit,
  usersMoveNetwork,
  userSetOrgRole,
} from '../directory/users';
import { attributesSave } from '../directory/attributes';
import { usersDelete, usersRestore, usersPurgeDue } from '../directory/deletion';
import { actorSet, columnsSet, demoLoad, localeSet, sandboxReset } from '../sandbox/sandbox';
import { membershipRemove, membershipSetRole } from '../groups/memberships';
import { importCancel, importStart } from '../imports/user-import-start';

/**
 * The one typed door into data. Each command checks permissions and rules, writes in one
 * transaction and records its audit events in that same transaction.
 */
export const CORE_COMMANDS = {
  'org-create': orgCreate,
  'org-update': orgUpdate,
  'clock-advance': clockAdvance,
  'user-add': userAdd,
  'user-add-list': userAddList,
  'user-edit': userEdit,
  'users-move-network': usersMoveNetwork,
  'user-set-org-role': userSetOrgRole,
  'attributes-save': attributesSave,
  'users-delete': usersDelete,
  'users-restore': usersRestore,
  'users-purge-due': usersPurgeDue,
  'actor-set': actorSet,
  'columns-set': columnsSet,
  'locale-set': localeSet,
  'sandbox-reset': sandboxReset,
  'demo-load': demoLoad,
  'membership-remove': membershipRemove,
  'membership-set-role': membershipSetRole,
  'import-start': importStart,
  'import-cancel': importCancel,
} satisfies Record<string, (ctx: CommandContext, input: never) => Promise<unknown>>;

/** Commands that read phone numbers; the phone library is loaded before their transaction. */
const NEEDS_PHONE: ReadonlySet<string> = new Set([
  'org-create',
  'user-add',
  'user-add-list',
  'group-members-add',
]);

type Commands = typeof CORE_COMMANDS & typeof import('./area-commands').AREA_COMMANDS;
export type CommandName = keyof Commands;
export type CommandInput<K extends CommandName> = Parameters<Commands[K]>[1];
export type CommandOutput<K extends CommandName> = Awaited<ReturnType<Commands[K]>>;

/** A command's implementation; the group areas' load on first use. */
async function commandFor(name: CommandName): Promise<unknown> {
  if (name in CORE_COMMANDS) return CORE_COMMANDS[name as keyof typeof CORE_COMMANDS];
  return (await import('./area-commands')).AREA_COMMANDS[
    name as keyof typeof import('./area-commands').AREA_COMMANDS
  ];
}

/** Runs a command in one transaction. Throws `DomainError` when it is refused. */
export async function run<K extends CommandName>(
  name: K,
  ...args: CommandInput<K> extends undefined ? [input?: CommandInput<K>] : [input: CommandInput<K>]
): Promise<CommandOutput<K>> {
  const runtime = getRuntime();
  if (NEEDS_PHONE.has(name)) await loadPhoneIo();
  // Loaded before the transaction opens: awaiting a module inside it would end the transaction.
  const command = (await commandFor(name)) as (
    ctx: CommandContext,
    input: unknown,
  ) => Promise<CommandOutput<K>>;
  const result = await inTransaction(runtime.db, async () => {
    const { ctx, flush } = await buildContext(runtime);
    const out = await command(ctx, args[0]);
    await flush();
    return out;
  });
  // Moving the clock can end restore windows; purge what is due right away.
  if (name === 'clock-advance') await run('users-purge-due');
  return result;
}
