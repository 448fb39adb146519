import {
  groupCreate,
  groupMakePrivate,
  groupMap,
  groupRemoveParent,
  groupSetParent,
} from './groups';
import { groupMembersAdd } from './group-members';
import { membershipRemove, membershipSetRole } from './memberships';
import { groupById, groupMembers, groupMembersCsv, groupsView } from './queries';

/** The groups area's code: groups, their hierarchy and members (SPEC §7). */
export default {
  commands: {
    'group-create': groupCreate,
    'group-set-parent': groupSetParent,
    'group-remove-parent': groupRemoveParent,
    'group-map': groupMap,
    'group-make-private': groupMakePrivate,
    'group-members-add': groupMembersAdd,
    'membership-remove': membershipRemove,
    'membership-set-role': membershipSetRole,
  },
  queries: {
    groups: groupsView,
    group: groupById,
    'group-members': groupMembers,
    'group-members-csv': groupMembersCsv,
  },
  jobs: {},
};
