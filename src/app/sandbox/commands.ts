import { clockAdvance, orgCreate, orgUpdate } from './org';
import { actorSet, columnsSet, demoLoad, localeSet, sandboxReset } from './sandbox';

/**
 * The sandbox area's commands: the organization, the clock, demo and reset, per-browser
 * choices. They load when one is first run, apart from the session every page reads first.
 */
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
};
