import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import {
  jobRate,
  statusLabelKey,
  type ExportJob,
  type TenantExportJob,
  type UploadJob,
} from '../../domain/jobs';
import { useCommand, useJobRunner, useJobs } from '../hooks';
import type { MessageKey } from '../../i18n';
import { formatNumber, t, tProblem } from '../i18n';
import { ProgressBar } from '../kit/Progress';
import { Problems } from '../kit/Problems';
import { downloadBlob } from '../kit/download';
import { logFileName } from '../imports/CheckReportView';
import {
  DomainError,
  cancelJob,
  query,
  retryJobs,
  type JobKindName,
  type JobRecordOf,
} from '../../app/kernel/client';
import { RetryAlert } from '../kit/RetryAlert';

/** A job of any kind a history shows. */
export type AnyJob = UploadJob | ExportJob | TenantExportJob;

/**
 * The status of a job in a history (users import, group upload, export): the badge, and
 * while it runs the progress bar, rows/s, time left and Cancel; when it failed, the reason.
 */

function duration(seconds: number): string {
  if (seconds < 60) return t('job.seconds', { n: Math.ceil(seconds) });
  return t('job.minutes', { n: Math.ceil(seconds / 60) });
}

/** How each kind names its units of progress. */
const KIND = {
  'user-import': { progress: 'import.job.progress', rate: 'import.job.rate' },
  'group-upload': { progress: 'groupUpload.job.progress', rate: 'groupUpload.job.rate' },
  'user-export': { progress: 'export.job.progress', rate: 'export.job.rate' },
  'tenant-export': { progress: 'tenant.job.progress', rate: 'tenant.job.rate' },
} as const satisfies Record<AnyJob['kind'], { progress: MessageKey; rate: MessageKey }>;

/** A job that waits or runs: its progress, and Cancel (a history lists only jobs the actor may see, and so stop). */
function Running(props: { job: AnyJob }) {
  const { job } = props;
  const kind = KIND[job.kind];
  const cmd = useCommand();
  const trouble = useJobRunner();
  const rate = jobRate(job);
  // Uploads read their files first (progress in bytes); then every kind counts its units.
  const scanning = job.phase === 'scanning';
  const upload = job.kind === 'user-import' || job.kind === 'group-upload';
  const size = Math.max(upload ? job.fileSize : 1, 1);
  const scanned = upload ? job.scannedBytes : 0;
  return (
    <div class="kl-running">
      {job.status === 'queued' ? (
        <span class="kl-muted">{t('job.waiting')}</span>
      ) : (
        <ProgressBar
          value={scanning ? scanned : job.doneRows}
          max={scanning ? size : Math.max(job.totalRows ?? 1, 1)}
          label={
            scanning
              ? t('job.scanning', { percent: Math.floor((scanned / size) * 100) })
              : t(kind.progress, {
                  done: formatNumber(job.doneRows),
                  total: formatNumber(job.totalRows ?? 0),
                })
          }
        />
      )}
      {!scanning && rate.rowsPerSecond > 0 && (
        <span class="kl-muted">
          {t(kind.rate, { rate: formatNumber(Math.round(rate.rowsPerSecond)) })}
          {rate.secondsLeft !== undefined &&
            ` · ${t('job.left', { time: duration(rate.secondsLeft) })}`}
        </span>
      )}
      {
        <button
          type="button"
          class="kl-btn kl-btn--small"
          disabled={cmd.busy || job.cancelRequested === true}
          onClick={() => void cmd.call(() => cancelJob(job.id))}
        >
          {job.cancelRequested ? t('job.cancelling') : t('common.cancel')}
          <span class="kl-sr"> {job.fileName}</span>
        </button>
      }
      <Problems problems={[]} error={cmd.error} />
      {trouble && <RetryAlert error={trouble} onRetry={() => void retryJobs().catch(() => {})} />}
    </div>
  );
}

/** Why a job failed; a reason about one of several files names the file. */
export function reasonText(reason: NonNullable<AnyJob['reason']>): string {
  const message = tProblem({
    code: reason.code,
    ...(reason.params ? { params: reason.params } : {}),
  });
  const file = reason.params?.['file'];
  return file === undefined ? message : t('groupUpload.inFile', { file, message });
}

/** The status cell of a job. */
export function JobStatus(props: { job: AnyJob }) {
  const { job } = props;
  const status = statusLabelKey(job);
  const label = t(`job.status.${status}` as 'job.status.processing');
  return (
    <div>
      {/* Completed with errors wears the warning colour, not success's. */}
      <span class={`kl-badge kl-badge--${status}`}>{label}</span>
      {(job.status === 'processing' || job.status === 'queued') && <Running {...props} />}
      {job.reason && <p class="kl-reason">{reasonText(job.reason)}</p>}
    </div>
  );
}

/**
 * A small button that downloads one of a job's files (the original, the error log…). A file
 * that cannot be read says so, with Retry.
 */
export function JobFileButton(props: {
  label: string;
  /** Names the job for screen readers: every row has the same buttons. */
  about: string;
  fileName: string;
  /** The row's main action (an export's Download) rather than one of several files. */
  primary?: boolean;
  load: () => Promise<Blob | undefined>;
}) {
  const [error, setError] = useState<unknown>();
  const download = async () => {
    try {
      const blob = await props.load();
      if (!blob) throw new DomainError('job.fileGone');
      setError(undefined);
      downloadBlob(blob, props.fileName);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <button
        type="button"
        class={`kl-btn kl-btn--small kl-btn--file ${props.primary ? 'kl-btn--primary' : ''}`}
        onClick={() => void download()}
      >
        <span aria-hidden="true" class="kl-btn__icon">
          ↓
        </span>
        {props.label}
        <span class="kl-sr"> {props.about}</span>
      </button>
      {error !== undefined && <RetryAlert error={error} onRetry={() => void download()} />}
    </>
  );
}

/** The columns every job history starts with: File Name, Uploaded by (or `by`), Date, Status. */
export function jobColumns(by: string = t('import.history.by')): string[] {
  return [t('job.history.file'), by, t('job.history.date'), t('job.history.status')];
}

/** Download error log, for a job whose log has lines (SPEC §5.4). */
export function ErrorLogButton(props: { job: UploadJob }) {
  const { job } = props;
  if (job.logParts === 0) return null;
  return (
    <JobFileButton
      label={t('import.downloadErrorLog')}
      about={job.fileName}
      fileName={logFileName(job.fileName)}
      load={() => query('job-file', { jobId: job.id, file: 'log' })}
    />
  );
}

/**
 * A job history, live: its title (the focus target when the view opens) with Refresh, a line
 * when there are no jobs yet, else what `children` makes of the jobs (newest first).
 */
export function JobHistory<K extends JobKindName>(props: {
  kind: K;
  /** Only this group's jobs (group uploads). */
  groupId?: string | undefined;
  title: string;
  none: string;
  children: (jobs: Array<JobRecordOf<K>>) => ComponentChildren;
}) {
  const [version, setVersion] = useState(0);
  const jobs = useJobs(props.kind, { groupId: props.groupId, refresh: version });
  const id = useId();
  return (
    <section aria-labelledby={id} class="kl-imports">
      <div class="kl-actions">
        <h3 id={id} tabIndex={-1}>
          {props.title}
        </h3>
        <button type="button" class="kl-btn kl-btn--small" onClick={() => setVersion((v) => v + 1)}>
          {t('job.history.refresh')}
        </button>
      </div>
      {jobs && jobs.length === 0 && <p class="kl-muted">{props.none}</p>}
      {jobs && jobs.length > 0 && props.children(jobs)}
    </section>
  );
}
