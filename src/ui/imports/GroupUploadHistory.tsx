import '../../i18n/areas';
import type { Session } from '../../app/kernel/client';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { JobHistory } from '../jobs/JobStatus';
import { GroupJobsTable } from './GroupJobsTable';

/**
 * The group upload history, live: every bulk upload and one-group import (or, with
 * `groupId`, that group's imports) with status, counts, files, who and when; a job's date
 * opens its detailed log.
 */
export function GroupUploadHistory(props: { session: Session; groupId?: string }) {
  const { groupId } = props;
  const group = useLive(groupId === undefined ? null : 'group', { groupId: groupId ?? '' });
  return (
    <JobHistory
      kind="group-upload"
      groupId={groupId}
      title={
        group
          ? t('groupUpload.history.titleOne', { group: group.name })
          : t('groupUpload.history.title')
      }
      none={t('groupUpload.history.none')}
    >
      {(jobs) => <GroupJobsTable jobs={jobs} />}
    </JobHistory>
  );
}
