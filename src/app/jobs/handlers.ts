import { jobById, jobFile, jobsOfKind, unfinishedJobs } from './queries';

/** The jobs area's code: histories and job files for every kind. */
export default {
  commands: {},
  queries: {
    jobs: jobsOfKind,
    job: jobById,
    'job-file': jobFile,
    'jobs-unfinished': unfinishedJobs,
  },
  jobs: {},
};
