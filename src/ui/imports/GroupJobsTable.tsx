import '../../i18n/areas';
import { useState } from 'preact/hooks';
import type { GroupUploadJob } from '../../domain/jobs';
import { formatDate, t } from '../i18n';
import { JobStatus, jobColumns } from '../jobs/JobStatus';
import { SimpleTable } from '../kit/SimpleTable';
import { GroupCounts, GroupJobFiles, GroupUploadLog } from './GroupUploadLog';

/**
 * Group upload jobs as a table: files, who, when, status, what each did and its files. A
 * job's date opens its detailed log.
 */
export function GroupJobsTable(props: { jobs: readonly GroupUploadJob[] }) {
  const [open, setOpen] = useState<GroupUploadJob | undefined>();
  return (
    <>
      <SimpleTable
        class="kl-jobs"
        stack="wide"
        columns={[...jobColumns(), t('groupUpload.history.result'), t('job.history.files')]}
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
              <JobStatus job={job} />
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
      {open && <GroupUploadLog jobId={open.id} onClose={() => setOpen(undefined)} />}
    </>
  );
}
