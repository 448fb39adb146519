import { query } from '../../app/kernel/client';
import { formatDate, formatNumber, t } from '../i18n';
import {
  ErrorLogButton,
  JobFileButton,
  JobHistory,
  JobStatus,
  jobColumns,
} from '../jobs/JobStatus';
import { SimpleTable } from '../kit/SimpleTable';

/** Upload Users History: every import job, live, with its counts and files. */
export function ImportHistory() {
  return (
    <JobHistory
      kind="user-import"
      title={t('import.history.title')}
      none={t('import.history.none')}
    >
      {(jobs) => (
        <SimpleTable
          class="kl-jobs"
          stack="wide"
          columns={[
            ...jobColumns(),
            t('import.count.read'),
            t('import.count.created'),
            t('import.count.updated'),
            t('import.count.unchanged'),
            t('import.count.failed'),
            t('job.history.files'),
          ]}
        >
          {jobs.map((job) => (
            <tr key={job.id}>
              <td>
                {job.fileName}
                <div class="kl-muted">{t(`network.${job.network}`)}</div>
              </td>
              <td>{job.createdByName || job.createdBy}</td>
              <td>{formatDate(job.createdAt)}</td>
              <td>
                <JobStatus job={job} />
              </td>
              <td class="kl-num">{formatNumber(job.counts.read)}</td>
              <td class="kl-num">{formatNumber(job.counts.created)}</td>
              <td class="kl-num">{formatNumber(job.counts.updated)}</td>
              <td class="kl-num">{formatNumber(job.counts.unchanged)}</td>
              <td class="kl-num">{formatNumber(job.counts.failed)}</td>
              <td>
                <div class="kl-files">
                  {job.reason?.code !== 'import.file.tooBig' && (
                    <JobFileButton
                      label={t('import.downloadOriginal')}
                      about={job.fileName}
                      fileName={job.fileName}
                      load={() => query('job-file', { jobId: job.id, file: 'original' })}
                    />
                  )}
                  <ErrorLogButton job={job} />
                </div>
              </td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </JobHistory>
  );
}
