import { clockAdvance, orgCreate, orgUpdate } from './org';
import { actorSet, columnsSet, demoLoad, localeSet, sandboxReset } from './sandbox';
import { actorCandidates, session } from './queries';

/** The sandbox area's code: the organization, the clock, demo and reset, per-browser choices. */
export default {
  commands: {
    'org-create': orgCreate,
    'org-update': orgUpdate,
    'clock-advance': clockAdvance,
    'actor-set': actorSet,
    'columns-set': columnsSet,
    'locale-set': localeSet,
    'sandbox-reset': sandboxReset,
    'demo-load': demoLoad,
  },
  queries: {
    session,
    'actor-candidates': actorCandidates,
  },
  jobs: {},
};
