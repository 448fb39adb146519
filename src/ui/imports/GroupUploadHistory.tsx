import '../../i18n/areas';
import { useEffect, useId } from 'preact/hooks';
import { GROUP_UPLOAD_QUERIES } from '../../app/imports/group-queries';
import type { Session } from '../../app/kernel/queries';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { HistoryHeading, useRefresh } from '../jobs/JobStatus';
import { resumeUnfinishedImports } from './resume-imports';
import { GroupJobsTable } from './GroupJobsTable';

/**
 * The group upload history, live: every bulk upload and one-group import (or, with
 * `groupId`, that group's imports) with status, counts, files, who and when; a job's date
 * opens its detailed log.
 */
export function GroupUploadHistory(props: { session: Session; groupId?: string }) {
  const { groupId } = props;
  const refresh = useRefresh();
  const jobs = useLive(() => GROUP_UPLOAD_QUERIES.jobs(groupId), [groupId, refresh.version]);
  const group = useLive(
    async () => (groupId === undefined ? undefined : GROUP_UPLOAD_QUERIES.group(groupId)),
    [groupId],
  );
  // An upload a closed tab left unfinished resumes on the next visit.
  useEffect(resumeUnfinishedImports, []);
  const titleId = useId();
  const title = group
    ? t('groupUpload.history.titleOne', { group: group.name })
    : t('groupUpload.history.title');
  return (
    <section aria-labelledby={titleId} class="kl-imports">
      <HistoryHeading id={titleId} title={title} onRefresh={refresh.bump} />
      {jobs && jobs.length === 0 && <p class="kl-muted">{t('groupUpload.history.none')}</p>}
      {jobs && jobs.length > 0 && <GroupJobsTable session={props.session} jobs={jobs} />}
    </section>
  );
}
