import '../../i18n/exports';
import { t } from '../i18n';
import { JobHistory } from '../jobs/JobStatus';
import { OutputJobsTable } from '../jobs/OutputJobsTable';

/**
 * Export History (SPEC §6): every export request, live — File Name (with who is in it, how
 * many rows and how big, on a second line that keeps the table narrow on a phone), Exported
 * by, Date, Status (with the progress of a running one), and Download once written.
 */
export function ExportHistory() {
  return (
    <JobHistory
      kind="user-export"
      title={t('export.history.title')}
      none={t('export.history.none')}
    >
      {(jobs) => (
        <OutputJobsTable
          jobs={jobs}
          by={t('export.history.by')}
          download={t('export.download')}
          holds={(job) => [
            t(`export.scope.${job.scope}`),
            job.status === 'completed' ? t('export.history.rows', { count: job.counts.rows }) : '',
          ]}
        />
      )}
    </JobHistory>
  );
}
