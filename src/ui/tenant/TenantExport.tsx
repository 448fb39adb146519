import { startJob } from '../../app/kernel/client';
import { useCommand } from '../hooks';
import { t } from '../i18n';
import { JobHistory } from '../jobs/JobStatus';
import { OutputJobsTable } from '../jobs/OutputJobsTable';
import { Problems } from '../kit/Problems';

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
          <OutputJobsTable
            jobs={jobs}
            by={t('tenant.export.by')}
            download={t('tenant.export.download')}
            holds={(job) =>
              job.status === 'completed'
                ? [t('tenant.export.rows', { count: job.counts.rows })]
                : []
            }
          />
        )}
      </JobHistory>
    </section>
  );
}
