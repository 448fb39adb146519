import { userAdd, userAddList, userEdit, usersMoveNetwork, userSetOrgRole } from './users';
import { attributesSave } from './attributes';
import { usersDelete, usersPurgeDue, usersRestore } from './deletion';

/**
 * The directory area's commands: users, attributes, deletion and restore. They load when
 * one is first run, apart from the first rows the portal shows.
 */
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
};
