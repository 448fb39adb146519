import '../../i18n/areas';
import { Fragment } from 'preact';
import { query } from '../../app/kernel/client';
import type { GroupUploadCounts, GroupUploadJob } from '../../domain/jobs';
import { useLive } from '../hooks';
import { formatDate, formatNumber, t } from '../i18n';
import { Dialog } from '../kit/Dialog';
import { ErrorLogButton, JobFileButton, JobStatus } from '../jobs/JobStatus';
import { SimpleTable } from '../kit/SimpleTable';

const COUNTS: ReadonlyArray<keyof GroupUploadCounts> = [
  'read',
  'parentRead',
  'groupsCreated',
  'membershipsAdded',
  'membershipsChanged',
  'membershipsUnchanged',
  'linksSet',
  'usersCreated',
  'failed',
  'ignored',
];

/** What an upload did (or would do), one count a line. */
export function GroupCounts(props: { counts: GroupUploadCounts; parentFile: boolean }) {
  const shown = props.parentFile
    ? COUNTS
    : COUNTS.filter((k) => k !== 'parentRead' && k !== 'ignored');
  return (
    <dl class="kl-props">
      {shown.map((k) => (
        <Fragment key={k}>
          <dt>{t(`groupUpload.count.${k}`)}</dt>
          <dd>{formatNumber(props.counts[k])}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** The original files and the error log of a job, as download buttons. */
export function GroupJobFiles(props: { job: GroupUploadJob }) {
  const { job } = props;
  const stored = job.reason?.code !== 'import.file.tooBig';
  const parent = job.parentFileName;
  return (
    <div class="kl-files">
      {stored && (
        <JobFileButton
          label={t('groupUpload.downloadMapping')}
          about={job.fileName}
          fileName={job.fileName}
          load={() => query('job-file', { jobId: job.id, file: 'original' })}
        />
      )}
      {stored && parent !== undefined && (
        <JobFileButton
          label={t('groupUpload.downloadParent')}
          about={parent}
          fileName={parent}
          load={() => query('job-file', { jobId: job.id, file: 'parent' })}
        />
      )}
      <ErrorLogButton job={job} />
    </div>
  );
}

/**
 * A job's detailed log (the history's timestamp opens it): who uploaded which files when,
 * how it ended, what it did, and every line of its error log by file, row and column.
 */
export function GroupUploadLog(props: { jobId: string; onClose: () => void }) {
  const log = useLive('group-upload-log', { jobId: props.jobId });
  const job = log?.job;
  return (
    <Dialog
      title={
        job ? t('groupUpload.log.title', { date: formatDate(job.createdAt) }) : t('common.loading')
      }
      onClose={props.onClose}
      wide
    >
      {log && job && (
        <>
          <dl class="kl-props">
            <dt>{t('groupUpload.log.files')}</dt>
            <dd>{[job.fileName, job.parentFileName].filter(Boolean).join(', ')}</dd>
            {job.groupName !== undefined && (
              <>
                <dt>{t('details.group')}</dt>
                <dd>{job.groupName}</dd>
              </>
            )}
            <dt>{t('import.history.by')}</dt>
            <dd>{job.createdByName || job.createdBy}</dd>
            <dt>{t('groupUpload.log.started')}</dt>
            <dd>{formatDate(job.createdAt)}</dd>
            {job.finishedAt !== undefined && (
              <>
                <dt>{t('groupUpload.log.finished')}</dt>
                <dd>{formatDate(job.finishedAt)}</dd>
              </>
            )}
            <dt>{t('job.history.status')}</dt>
            <dd>
              <JobStatus job={job} />
            </dd>
          </dl>
          <GroupCounts counts={job.counts} parentFile={job.parentFileName !== undefined} />
          <GroupJobFiles job={job} />
          <LogLines lines={log.lines} total={log.total} done={job.status !== 'processing'} />
        </>
      )}
    </Dialog>
  );
}

function LogLines(props: { lines: string[][]; total: number; done: boolean }) {
  if (props.total === 0)
    return props.done ? <p class="kl-alert kl-alert--ok">{t('groupUpload.log.none')}</p> : null;
  return (
    <>
      {props.total > props.lines.length && (
        <p class="kl-muted">
          {t('groupUpload.log.more', {
            shown: formatNumber(props.lines.length),
            count: props.total,
          })}
        </p>
      )}
      <SimpleTable
        class="kl-problem-table"
        caption={t('groupUpload.log.caption')}
        columns={[
          t('groupUpload.log.file'),
          t('import.log.row'),
          t('import.log.column'),
          t('import.log.value'),
          t('import.log.error'),
        ]}
      >
        {props.lines.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j}>{j === 3 ? <code>{cell}</code> : cell}</td>
            ))}
          </tr>
        ))}
      </SimpleTable>
    </>
  );
}
