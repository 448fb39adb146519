import { actorCandidates, session } from './queries';

/** The sandbox area's queries: the session and whom one may act as (commands: commands.ts). */
export default {
  queries: {
    session,
    'actor-candidates': actorCandidates,
  },
  jobs: {},
};
