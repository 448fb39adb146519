import { defineArea } from '../kernel/registry';
import type code from './handlers';

/** Exports (SPEC §6, §7): users as a CSV job, existing groups as a zip. */
export default defineArea<typeof code>({
  name: 'exports',
  commands: {},
  queries: {
    // Only the organization groups the actor can see are written (the handler filters).
    'groups-export': { can: 'anyone' },
  },
  jobs: {
    'user-export': { can: 'org.manage' },
  },
  strings: () => import('../../i18n/exports'),
  load: async () => (await import('./handlers')).default,
});
