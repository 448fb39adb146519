import { useState } from 'preact/hooks';
import { jobRate, statusLabelKey, type UploadJob } from '../../domain/jobs';
import { useCommand } from '../hooks';
import type { MessageKey } from '../../i18n';
import { formatNumber, t, tProblem } from '../i18n';
import { ProgressBar } from '../kit/Progress';
import { Problems } from '../kit/Problems';
import { downloadBlob } from '../kit/download';
import { logFileName } from '../imports/CheckReportView';
import { QUERIES } from '../../app/kernel/queries';

/**
 * The status of an upload job in a history (users import, group upload): the badge, and
 * while it runs the progress bar, rows/s, time left and Cancel; when it failed, the reason.
 */

function duration(seconds: number): string {
  if (seconds < 60) return t('import.seconds', { n: Math.ceil(seconds) });
  return t('import.minutes', { n: Math.ceil(seconds / 60) });
}

/** How each kind names its units of progress, and the command that cancels it. */
const KIND = {
  'user-import': {
    progress: 'import.job.progress',
    rate: 'import.job.rate',
    cancel: 'import-cancel',
  },
  'group-upload': {
    progress: 'groupUpload.job.progress',
    rate: 'groupUpload.job.rate',
    cancel: 'group-upload-cancel',
  },
} as const satisfies Record<
  UploadJob['kind'],
  { progress: MessageKey; rate: MessageKey; cancel: string }
>;

function Running(props: { job: UploadJob; canCancel: boolean }) {
  const { job } = props;
  const kind = KIND[job.kind];
  const cmd = useCommand();
  const rate = jobRate(job);
  const scanning = job.phase === 'scanning';
  const size = Math.max(job.fileSize, 1);
  return (
    <div class="kl-running">
      <ProgressBar
        value={scanning ? job.scannedBytes : job.doneRows}
        max={scanning ? size : Math.max(job.totalRows ?? 1, 1)}
        label={
          scanning
            ? t('import.job.scanning', { percent: Math.floor((job.scannedBytes / size) * 100) })
            : t(kind.progress, {
                done: formatNumber(job.doneRows),
                total: formatNumber(job.totalRows ?? 0),
              })
        }
      />
      {!scanning && rate.rowsPerSecond > 0 && (
        <span class="kl-muted">
          {t(kind.rate, { rate: formatNumber(Math.round(rate.rowsPerSecond)) })}
          {rate.secondsLeft !== undefined &&
            ` · ${t('import.job.left', { time: duration(rate.secondsLeft) })}`}
        </span>
      )}
      {props.canCancel && (
        <button
          type="button"
          class="kl-btn kl-btn--small"
          disabled={cmd.busy || job.cancelRequested === true}
          onClick={() => void cmd.exec(kind.cancel, { jobId: job.id })}
        >
          {job.cancelRequested ? t('import.job.cancelling') : t('common.cancel')}
          <span class="kl-sr"> {job.fileName}</span>
        </button>
      )}
      <Problems problems={[]} error={cmd.error} />
    </div>
  );
}

/** Why a job failed; a reason about one of several files names the file. */
export function reasonText(reason: NonNullable<UploadJob['reason']>): string {
  const message = tProblem({
    code: reason.code,
    ...(reason.params ? { params: reason.params } : {}),
  });
  const file = reason.params?.['file'];
  return file === undefined ? message : t('groupUpload.inFile', { file, message });
}

/** The status cell of a job. */
export function JobStatus(props: { job: UploadJob; canCancel: boolean }) {
  const { job } = props;
  const label = t(`import.status.${statusLabelKey(job)}` as 'import.status.processing');
  return (
    <div>
      <span class={`kl-badge kl-badge--${job.status}`}>{label}</span>
      {job.status === 'processing' && <Running {...props} />}
      {job.reason && <p class="kl-reason">{reasonText(job.reason)}</p>}
    </div>
  );
}

/** A small button that downloads one of a job's files (the original, the error log…). */
export function JobFileButton(props: {
  label: string;
  /** Names the job for screen readers: every row has the same buttons. */
  about: string;
  fileName: string;
  load: () => Promise<Blob | undefined>;
}) {
  return (
    <button
      type="button"
      class="kl-btn kl-btn--small kl-btn--ghost"
      onClick={() => void props.load().then((blob) => blob && downloadBlob(blob, props.fileName))}
    >
      {props.label}
      <span class="kl-sr"> {props.about}</span>
    </button>
  );
}

/** The columns every job history starts with: File Name, Uploaded by, Date, Status. */
export function jobColumns(): string[] {
  return [
    t('import.history.file'),
    t('import.history.by'),
    t('import.history.date'),
    t('import.history.status'),
  ];
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
      load={() => QUERIES.importErrorLog(job.id)}
    />
  );
}

/** Refresh of a history: re-reads it now (it also updates live). */
export function useRefresh(): { version: number; bump: () => void } {
  const [version, setVersion] = useState(0);
  return { version, bump: () => setVersion((v) => v + 1) };
}

/** A history's title with its Refresh button. */
export function HistoryHeading(props: { id: string; title: string; onRefresh: () => void }) {
  return (
    <div class="kl-actions">
      <h3 id={props.id}>{props.title}</h3>
      <button type="button" class="kl-btn kl-btn--small" onClick={props.onRefresh}>
        {t('import.history.refresh')}
      </button>
    </div>
  );
}
