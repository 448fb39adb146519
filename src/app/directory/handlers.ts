import {
  directoryFirstPage,
  directoryRows,
  listDeletedUsers,
  purgePending,
  userDetails,
} from './queries';

/** The directory area's queries (SPEC §3, §4, §9); its commands are in commands.ts. */
export default {
  queries: {
    'directory-first-page': directoryFirstPage,
    'directory-rows': directoryRows,
    'user-details': userDetails,
    'deleted-users': listDeletedUsers,
    'users-purge-pending': purgePending,
  },
  jobs: {},
};
