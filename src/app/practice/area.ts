import { defineArea } from '../kernel/registry';
import type code from './handlers';

/**
 * Practice (SPEC §11): exercises with a starting state, a check and progress. They are the
 * lab's own controls, open to whoever uses the sandbox (like Reset): a check reads the
 * sandbox to grade it, and shows only whether each criterion passed.
 */
export default defineArea<typeof code>({
  name: 'practice',
  commands: {
    'practice-start': { can: 'anyone' },
    'practice-answer': { can: 'anyone' },
    'practice-check': { can: 'anyone' },
  },
  queries: {
    'practice-list': { can: 'anyone' },
    'practice-sample': { can: 'anyone' },
  },
  jobs: {},
  strings: () => import('../../i18n/practice'),
  load: async () => (await import('./handlers')).default,
});
