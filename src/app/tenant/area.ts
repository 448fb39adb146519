import { defineArea } from '../kernel/registry';
import type code from './handlers';

/**
 * Tenant data (SPEC §9): Reports → Export Tenant Data, a job writing the data package
 * (org admins only), and Settings → Restore from a tenant export, into an empty sandbox —
 * checked whole in the jobs worker before its one transaction.
 */
export default defineArea<typeof code>({
  name: 'tenant',
  commands: {
    // Into an empty sandbox, where nobody acts yet (as onboarding and the demo).
    'tenant-restore': { can: 'anyone', runsIn: 'worker' },
  },
  queries: {},
  jobs: {
    'tenant-export': { can: 'org.manage' },
  },
  load: async () => (await import('./handlers')).default,
});
