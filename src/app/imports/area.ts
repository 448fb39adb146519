import { defineArea } from '../kernel/registry';
import type code from './handlers';

/**
 * Imports (SPEC §5, §7): Directory → Import Users, Groups → Bulk Upload Users and a group's
 * Import via CSV, as jobs that run in the jobs worker; Check, logs and templates.
 */
export default defineArea<typeof code>({
  name: 'imports',
  commands: {},
  queries: {
    // A dry run that writes nothing: the templates page checks files for anyone.
    'check-users-file': { can: 'anyone', runsIn: 'worker', needs: ['phone', 'csv'] },
    'check-group-upload': { can: 'anyone', runsIn: 'worker', needs: ['phone', 'csv'] },
    // The job's own access decides (`maySeeJob`).
    'group-upload-log': { can: 'anyone', needs: ['csv'] },
    template: { can: 'anyone', needs: ['csv'] },
  },
  jobs: {
    'user-import': { can: 'directory.users.manage', needs: ['phone', 'csv'] },
    // A bulk upload needs org.manage, one group's import that group's admin (private ones
    // too): the kind checks which when it creates the job.
    'group-upload': { can: 'anyone', needs: ['phone', 'csv'] },
  },
  strings: () => import('../../i18n/areas'),
  load: async () => (await import('./handlers')).default,
});
