import '../../i18n/areas';
import { useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import type { GroupUploadJob } from '../../domain/jobs';
import { can } from '../../domain/permissions';
import { formatDate, t } from '../i18n';
import { JobStatus, jobColumns } from '../jobs/JobStatus';
import { SimpleTable } from '../kit/SimpleTable';
import { GroupCounts, GroupJobFiles, GroupUploadLog } from './GroupUploadLog';

/** Whether the actor may cancel a job: the right that started it. */
function mayCancel(session: Session, job: GroupUploadJob): boolean {
  if (job.groupId === undefined) return can(session.actorCtx, 'org.manage');
  return can(session.actorCtx, 'group.users.manage', { groupId: job.groupId });
}

/**
 * Group upload jobs as a table: files, who, when, status, what each did and its files. A
 * job's date opens its detailed log.
 */
export function GroupJobsTable(props: { session: Session; jobs: readonly GroupUploadJob[] }) {
  const [open, setOpen] = useState<GroupUploadJob | undefined>();
  return (
    <>
      <SimpleTable
        class="kl-jobs"
        columns={[...jobColumns(), t('groupUpload.history.result'), t('import.history.files')]}
      >
        {props.jobs.map((job) => (
          <tr key={job.id}>
            <td>
              {job.fileName}
              {job.parentFileName !== undefined && <div>{job.parentFileName}</div>}
              {job.groupName !== undefined && (
                <div class="kl-muted">
                  {t('groupUpload.history.into', { group: job.groupName })}
                </div>
              )}
            </td>
            <td>{job.createdByName || job.createdBy}</td>
            <td>
              <button type="button" class="kl-link" onClick={() => setOpen(job)}>
                {formatDate(job.createdAt)}
                <span class="kl-sr"> — {t('groupUpload.history.openLog')}</span>
              </button>
            </td>
            <td>
              <JobStatus job={job} canCancel={mayCancel(props.session, job)} />
            </td>
            <td>
              <GroupCounts counts={job.counts} parentFile={job.parentFileName !== undefined} />
            </td>
            <td>
              <GroupJobFiles job={job} />
            </td>
          </tr>
        ))}
      </SimpleTable>
      {open && (
        <GroupUploadLog
          jobId={open.id}
          canCancel={mayCancel(props.session, open)}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
}
