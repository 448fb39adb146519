import { defineArea } from '../kernel/registry';
import type code from './handlers';
import { groupTarget } from './target';

/**
 * Groups (SPEC §7): organization and private groups, the hierarchy, members and roles.
 * Its code and strings load when the Groups page (or a group's tools) first need them.
 */
export default defineArea<typeof code>({
  name: 'groups',
  commands: {
    // Anyone makes private groups for themselves; organization groups need org.manage,
    // which the handler checks for that kind.
    'group-create': { can: 'anyone' },
    'group-set-parent': {
      can: 'group.users.manage',
      target: (ctx, i) => groupTarget(ctx, { groupId: i.parentId }),
    },
    // The parent is read from the stored child; the handler checks it.
    'group-remove-parent': { can: 'group.users.manage' },
    'group-map': { can: 'groups.map', target: groupTarget },
    'group-make-private': { can: 'groups.map', target: groupTarget },
    'group-members-add': { can: 'group.users.manage', target: groupTarget, needs: ['phone'] },
    'membership-remove': { can: 'group.users.manage', target: groupTarget },
    'membership-set-role': { can: 'group.users.manage', target: groupTarget },
  },
  queries: {
    // Each group is checked with `can()` in the handler: visible, hierarchy only, or left out.
    groups: { can: 'anyone' },
    group: { can: 'anyone' },
    'group-members': { can: 'anyone' },
    'group-members-csv': { can: 'anyone', needs: ['csv'] },
  },
  jobs: {},
  strings: () => import('../../i18n/areas'),
  load: async () => (await import('./handlers')).default,
});
