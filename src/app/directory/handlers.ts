import { userAdd, userAddList, userEdit, usersMoveNetwork, userSetOrgRole } from './users';
import { attributesSave } from './attributes';
import { usersDelete, usersPurgeDue, usersRestore } from './deletion';
import { directoryFirstPage, directoryRows, listDeletedUsers, userDetails } from './queries';

/** The directory area's code: users, attributes, deletion and restore (SPEC §3, §4, §9). */
export default {
  commands: {
    'user-add': userAdd,
    'user-add-list': userAddList,
    'user-edit': userEdit,
    'users-move-network': usersMoveNetwork,
    'user-set-org-role': userSetOrgRole,
    'attributes-save': attributesSave,
    'users-delete': usersDelete,
    'users-restore': usersRestore,
    'users-purge-due': usersPurgeDue,
  },
  queries: {
    'directory-first-page': directoryFirstPage,
    'directory-rows': directoryRows,
    'user-details': userDetails,
    'deleted-users': listDeletedUsers,
  },
  jobs: {},
};
