import {
  groupCreate,
  groupMakePrivate,
  groupMap,
  groupRemoveParent,
  groupSetParent,
} from '../groups/groups';
import { groupMembersAdd } from '../groups/group-members';
import { CATALOG_COMMANDS } from '../catalog/commands';
import { GROUP_UPLOAD_COMMANDS } from '../imports/group-upload-start';
import type { CommandContext } from './context';

/**
 * Commands of the group areas — Groups, Actions and connectors, group uploads. `run()` loads
 * this module the first time one of them runs, so the portal's first load does not carry them.
 */
export const AREA_COMMANDS = {
  'group-create': groupCreate,
  'group-set-parent': groupSetParent,
  'group-remove-parent': groupRemoveParent,
  'group-map': groupMap,
  'group-make-private': groupMakePrivate,
  'group-members-add': groupMembersAdd,
  ...CATALOG_COMMANDS,
  ...GROUP_UPLOAD_COMMANDS,
} satisfies Record<string, (ctx: CommandContext, input: never) => Promise<unknown>>;
