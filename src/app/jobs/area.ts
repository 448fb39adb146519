import { defineArea } from '../kernel/registry';
import code from './handlers';

/**
 * Jobs of every kind, as histories show them: the list, one job, and the files stored with
 * it. Who may see a job is the job's own record (`access`), checked for each one.
 */
export default defineArea<typeof code>({
  name: 'jobs',
  commands: {},
  queries: {
    jobs: { can: 'anyone' },
    job: { can: 'anyone' },
    'job-file': { can: 'anyone' },
    // Only a count, for the page's resume service: it says nothing of whose jobs they are.
    'jobs-unfinished': { can: 'anyone' },
  },
  jobs: {},
  // Small, and read by every page at boot (are there jobs to resume?): loaded with the page.
  load: async () => code,
});
