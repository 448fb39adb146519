import '../../i18n/exports';
import { query } from '../../app/kernel/client';
import { formatDate, formatSize, t } from '../i18n';
import { JobFileButton, JobHistory, JobStatus, jobColumns } from '../jobs/JobStatus';
import { SimpleTable } from '../kit/SimpleTable';

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
        <SimpleTable
          class="kl-jobs"
          columns={[...jobColumns(t('export.history.by')), t('export.download')]}
        >
          {jobs.map((job) => (
            <tr key={job.id}>
              <td>
                {job.fileName}
                <div class="kl-muted">
                  {[
                    t(`export.scope.${job.scope}`),
                    job.status === 'completed'
                      ? t('export.history.rows', { count: job.counts.rows })
                      : '',
                    job.fileSize === undefined ? '' : formatSize(job.fileSize),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </td>
              <td>{job.createdByName || job.createdBy}</td>
              <td>{formatDate(job.createdAt)}</td>
              <td>
                <JobStatus job={job} />
              </td>
              <td>
                {job.status === 'completed' && (
                  <JobFileButton
                    label={t('export.download')}
                    about={job.fileName}
                    fileName={job.fileName}
                    primary
                    load={() => query('job-file', { jobId: job.id, file: 'output' })}
                  />
                )}
              </td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </JobHistory>
  );
}
