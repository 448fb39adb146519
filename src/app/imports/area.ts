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
    // A dry run that writes nothing: the templates page checks files for anyone (against the
    // stored users only for org admins).
    'check-users-file': { can: 'anyone', runsIn: 'worker', needs: ['phone', 'csv', 'strings'] },
    // Org admins (bulk), or the admins of the one group (`requireUploader`).
    'check-group-upload': { can: 'anyone', runsIn: 'worker', needs: ['phone', 'csv', 'strings'] },
    // The job's own access decides (`visibleJob`).
    'group-upload-log': { can: 'anyone', needs: ['csv', 'strings'] },
    template: { can: 'anyone', needs: ['csv', 'strings'] },
  },
  jobs: {
    // The directory's users are imported by org admins (a group admin adds people to groups).
    'user-import': { can: 'org.manage', needs: ['phone', 'csv', 'strings'] },
    // A bulk upload needs org.manage, one group's import that group's admin (private ones
    // too): the kind checks which when it creates the job.
    'group-upload': { can: 'anyone', needs: ['phone', 'csv', 'strings'] },
  },
  strings: () => import('../../i18n/areas'),
  load: async () => (await import('./handlers')).default,
});
