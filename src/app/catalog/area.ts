import { defineArea } from '../kernel/registry';
import type code from './handlers';
import { groupTarget } from '../groups/target';

/**
 * Connectors, Actions and group conversations (SPEC §8). Code and strings load when the
 * Actions or Connectors page, or a group's tabs, first need them.
 */
export default defineArea<typeof code>({
  name: 'catalog',
  commands: {
    // Whoever may publish somewhere — a private group's admin too, which the matrix's
    // organization scopes do not cover: the handlers check `mayPublishAnywhere`.
    'connector-register': { can: 'anyone' },
    // Its owner or an org admin: the handler checks which (`mayDeactivate`).
    'connector-deactivate': { can: 'anyone' },
    'group-connector-add': { can: 'catalog.publish', target: groupTarget },
    'group-connector-remove': { can: 'catalog.publish', target: groupTarget },
    'action-create': { can: 'anyone' },
    // Its creator or an org admin: the handler checks which.
    'action-delete': { can: 'anyone' },
    'action-publish': { can: 'catalog.publish', target: groupTarget },
    'action-unpublish': { can: 'catalog.publish', target: groupTarget },
    // Members take part; the handler refuses those who only see the group.
    'message-post': { can: 'groups.see', target: groupTarget },
    'action-send': { can: 'groups.see', target: groupTarget },
    // The group is the card's: the handler reads it and checks membership.
    'action-respond': { can: 'anyone' },
    // Likes: the group is the message's; the handler reads it and checks membership.
    'message-react': { can: 'anyone' },
  },
  queries: {
    'actions-overview': { can: 'catalog.see' },
    'connectors-overview': { can: 'catalog.see' },
    // Undefined (not a refusal) for a group the actor cannot see: it may have just gone.
    'group-connectors': { can: 'catalog.see' },
    'group-actions': { can: 'catalog.see' },
    'group-conversation': { can: 'catalog.see' },
  },
  jobs: {},
  strings: () => import('../../i18n/areas'),
  load: async () => (await import('./handlers')).default,
});
