import { query } from '../../app/kernel/client';
import type { ExportJob, TenantExportJob } from '../../domain/jobs';
import { formatDate, formatSize } from '../i18n';
import { SimpleTable } from '../kit/SimpleTable';
import { JobFileButton, JobStatus, jobColumns } from './JobStatus';

/** A job that writes one file (an export): its history shows it with Download. */
type OutputJob = ExportJob | TenantExportJob;

/**
 * The history table of jobs that write a file (Export Users, Export Tenant Data): File Name
 * with what it holds and its size on a second line (narrow enough for a phone), who asked
 * for it, Date, Status, and Download once it is written.
 */
export function OutputJobsTable<J extends OutputJob>(props: {
  jobs: readonly J[];
  /** The "Exported by" column's name. */
  by: string;
  download: string;
  /** What the file holds, for the second line: who is in it, how many rows. */
  holds: (job: J) => string[];
}) {
  return (
    <SimpleTable class="kl-jobs" stack="narrow" columns={[...jobColumns(props.by), props.download]}>
      {props.jobs.map((job) => (
        <tr key={job.id}>
          <td>
            {job.fileName}
            <div class="kl-muted">
              {[...props.holds(job), job.fileSize === undefined ? '' : formatSize(job.fileSize)]
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
                label={props.download}
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
  );
}
