import { query, startJob } from '../../app/kernel/client';
import { useCommand } from '../hooks';
import { formatDate, formatSize, t } from '../i18n';
import { JobFileButton, JobHistory, JobStatus, jobColumns } from '../jobs/JobStatus';
import { Problems } from '../kit/Problems';
import { SimpleTable } from '../kit/SimpleTable';

/**
 * Reports → Export Tenant Data (SPEC §9), for org admins: the request, and the history of
 * tenant exports with Download — a job like every export.
 */
export function TenantExport() {
  const cmd = useCommand();
  return (
    <section class="kl-card" aria-labelledby="kl-tenant-title">
      <h3 id="kl-tenant-title">{t('tenant.export.title')}</h3>
      <p class="kl-hint">{t('tenant.export.intro')}</p>
      <div class="kl-toolbar">
        <button
          type="button"
          class="kl-btn kl-btn--primary"
          disabled={cmd.busy}
          onClick={() => void cmd.call(() => startJob('tenant-export', undefined))}
        >
          {t('tenant.export.create')}
        </button>
      </div>
      <Problems problems={[]} error={cmd.error} />
      <JobHistory
        kind="tenant-export"
        title={t('tenant.export.history')}
        none={t('tenant.export.none')}
      >
        {(jobs) => (
          <SimpleTable
            class="kl-jobs"
            columns={[...jobColumns(t('tenant.export.by')), t('tenant.export.download')]}
          >
            {jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  {job.fileName}
                  {job.status === 'completed' && (
                    <div class="kl-muted">
                      {t('tenant.export.rows', { count: job.counts.rows })}
                      {job.fileSize === undefined ? '' : ` · ${formatSize(job.fileSize)}`}
                    </div>
                  )}
                </td>
                <td>{job.createdByName || job.createdBy}</td>
                <td>{formatDate(job.createdAt)}</td>
                <td>
                  <JobStatus job={job} />
                </td>
                <td>
                  {job.status === 'completed' && (
                    <JobFileButton
                      label={t('tenant.export.download')}
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
    </section>
  );
}
