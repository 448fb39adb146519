import { defineArea } from '../kernel/registry';
import type code from './handlers';
import type { ReadContext } from '../kernel/context';
import type { Target } from '../../domain/permissions';
import { groupTarget } from '../groups/target';

/** A report of one group (its Reports tab) is checked against that group; others anywhere. */
const reportTarget = (ctx: ReadContext, input: { groupId?: string } | undefined) =>
  input?.groupId === undefined
    ? Promise.resolve<Target | undefined>(undefined)
    : groupTarget(ctx, { groupId: input.groupId });

/**
 * Reports (SPEC §8): adoption, usage trends, the activity report, card results and the audit
 * log, for org admins (every organization group) and group admins (theirs). They run in the
 * jobs worker, off the page's thread, over the activity log.
 */
export default defineArea<typeof code>({
  name: 'reports',
  commands: {},
  queries: {
    'report-adoption': { can: 'reports.see', target: reportTarget, runsIn: 'worker' },
    'report-trends': { can: 'reports.see', target: reportTarget, runsIn: 'worker' },
    'report-activity': { can: 'reports.see', target: reportTarget, runsIn: 'worker' },
    'report-cards': { can: 'reports.see', target: reportTarget, runsIn: 'worker' },
    'report-audit': { can: 'reports.see', target: reportTarget, runsIn: 'worker' },
    'report-csv': { can: 'reports.see', target: reportTarget, runsIn: 'worker' },
  },
  jobs: {},
  load: async () => (await import('./handlers')).default,
});
