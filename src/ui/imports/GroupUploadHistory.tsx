import '../../i18n/areas';
import { useId } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { useJobs, useLive } from '../hooks';
import { t } from '../i18n';
import { HistoryHeading, useRefresh } from '../jobs/JobStatus';
import { GroupJobsTable } from './GroupJobsTable';

/**
 * The group upload history, live: every bulk upload and one-group import (or, with
 * `groupId`, that group's imports) with status, counts, files, who and when; a job's date
 * opens its detailed log.
 */
export function GroupUploadHistory(props: { session: Session; groupId?: string }) {
  const { groupId } = props;
  const refresh = useRefresh();
  const jobs = useJobs('group-upload', { groupId, refresh: refresh.version });
  const group = useLive(groupId === undefined ? null : 'group', { groupId: groupId ?? '' });
  const titleId = useId();
  const title = group
    ? t('groupUpload.history.titleOne', { group: group.name })
    : t('groupUpload.history.title');
  return (
    <section aria-labelledby={titleId} class="kl-imports">
      <HistoryHeading id={titleId} title={title} onRefresh={refresh.bump} />
      {jobs && jobs.length === 0 && <p class="kl-muted">{t('groupUpload.history.none')}</p>}
      {jobs && jobs.length > 0 && <GroupJobsTable jobs={jobs} />}
    </section>
  );
}
