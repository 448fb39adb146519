import { defineArea } from '../kernel/registry';
import code from './handlers';
import type commands from './commands';

/**
 * The sandbox: onboarding, organization settings, the simulated clock, demo and reset, and
 * what each browser keeps (acting user, columns, language). Its queries are part of every
 * page's first load (the session is the first thing any island reads); its commands load
 * when one is first run.
 */
export default defineArea<typeof code & typeof commands>({
  name: 'sandbox',
  commands: {
    // Onboarding creates the organization and its first org admin: nobody acts yet.
    'org-create': { can: 'anyone', needs: ['phone'] },
    'org-update': { can: 'org.manage' },
    'clock-advance': { can: 'org.manage' },
    // The lab's own controls, open to whoever uses the sandbox.
    'actor-set': { can: 'anyone' },
    'columns-set': { can: 'anyone' },
    'locale-set': { can: 'anyone' },
    'sandbox-reset': { can: 'anyone' },
    // The demo's generator loads only for it.
    'demo-load': { can: 'anyone', needs: ['demo'] },
  },
  queries: {
    session: { can: 'anyone' },
    'actor-candidates': { can: 'anyone' },
  },
  jobs: {},
  load: async () => code,
  loadCommands: async () => (await import('./commands')).default,
});
