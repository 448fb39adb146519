import { reportActivity, reportAdoption, reportAudit, reportCards, reportTrends } from './reports';
import { reportCsv } from './csv';

/** Reports (SPEC §8): queries only. */
export default {
  commands: {},
  queries: {
    'report-adoption': reportAdoption,
    'report-trends': reportTrends,
    'report-activity': reportActivity,
    'report-cards': reportCards,
    'report-audit': reportAudit,
    'report-csv': reportCsv,
  },
  jobs: {},
};
