import { defineArea } from '../kernel/registry';
import type code from './handlers';

/**
 * Practice (SPEC §11): exercises with a starting state, a check and progress. They are the
 * lab's own controls, open to whoever uses the sandbox (like Reset): a check reads the
 * sandbox to grade it and answers only whether each criterion passed; an answer read off
 * data the actor may not see is graded only for an actor who may (the exercise's `can`).
 * Its strings load with the practice page's code (src/ui/practice/texts.ts).
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
  load: async () => (await import('./handlers')).default,
});
