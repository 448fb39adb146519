import { defineArea } from '../kernel/registry';
import code from './handlers';
import type commands from './commands';

/**
 * The organization directory: users, attributes, networks, deletion and restore. Its
 * queries are part of the portal's first load (the directory is the first screen); its
 * commands load when one is first run.
 */
export default defineArea<typeof code & typeof commands>({
  name: 'directory',
  commands: {
    'user-add': { can: 'directory.users.manage', needs: ['phone'] },
    'user-add-list': { can: 'directory.users.manage', needs: ['phone'] },
    // Checked against the user's groups in the handler: group admins edit their groups' users.
    'user-edit': { can: 'directory.users.manage' },
    'users-move-network': { can: 'org.manage' },
    'user-set-org-role': { can: 'org.manage' },
    'attributes-save': { can: 'org.manage' },
    'users-delete': { can: 'org.manage' },
    'users-restore': { can: 'org.manage' },
    // A service the runtime runs at boot (and the clock after moving): it only does what is due.
    'users-purge-due': { can: 'anyone' },
  },
  queries: {
    // Everyone sees the directory; what each row holds is cut to what the actor may see.
    'directory-first-page': { can: 'anyone' },
    'directory-rows': { can: 'anyone' },
    'user-details': { can: 'anyone' },
    'deleted-users': { can: 'org.manage' },
    // Whether a purge is due: the page's boot runs the purge (and loads the commands) only then.
    'users-purge-pending': { can: 'anyone' },
  },
  jobs: {},
  load: async () => code,
  loadCommands: async () => (await import('./commands')).default,
});
