import { useEffect, useState } from 'preact/hooks';
import { QUERIES, type Session } from '../../app/queries';
import { jobRate, statusLabelKey, type ImportJob } from '../../domain/import';
import { can } from '../../domain/permissions';
import { useCommand, useLive } from '../hooks';
import { formatDate, formatNumber, t, tProblem } from '../i18n';
import { ProgressBar } from './Progress';
import { Problems } from './Problems';
import { downloadBlob } from './download';
import { resumeUnfinishedImports } from './resume-imports';

function duration(seconds: number): string {
  if (seconds < 60) return t('import.seconds', { n: Math.ceil(seconds) });
  return t('import.minutes', { n: Math.ceil(seconds / 60) });
}

function Running(props: { job: ImportJob; canCancel: boolean }) {
  const { job } = props;
  const cmd = useCommand();
  const rate = jobRate(job);
  const scanning = job.phase === 'scanning';
  return (
    <div class="kl-running">
      <ProgressBar
        value={scanning ? job.scannedBytes : job.doneRows}
        max={scanning ? Math.max(job.fileSize, 1) : Math.max(job.totalRows ?? 1, 1)}
        label={
          scanning
            ? t('import.job.scanning', {
                percent: Math.floor((job.scannedBytes / Math.max(job.fileSize, 1)) * 100),
              })
            : t('import.job.progress', {
                done: formatNumber(job.doneRows),
                total: formatNumber(job.totalRows ?? 0),
              })
        }
      />
      {!scanning && rate.rowsPerSecond > 0 && (
        <span class="kl-muted">
          {t('import.job.rate', { rate: formatNumber(Math.round(rate.rowsPerSecond)) })}
          {rate.secondsLeft !== undefined &&
            ` · ${t('import.job.left', { time: duration(rate.secondsLeft) })}`}
        </span>
      )}
      {props.canCancel && (
        <button
          type="button"
          class="kl-btn kl-btn--small"
          disabled={cmd.busy || job.cancelRequested === true}
          onClick={() => void cmd.exec('import-cancel', { jobId: job.id })}
        >
          {job.cancelRequested ? t('import.job.cancelling') : t('common.cancel')}
          <span class="kl-sr"> {job.fileName}</span>
        </button>
      )}
      <Problems problems={[]} error={cmd.error} />
    </div>
  );
}

function Status(props: { job: ImportJob; canCancel: boolean }) {
  const { job } = props;
  const label = t(`import.status.${statusLabelKey(job)}` as 'import.status.processing');
  return (
    <div>
      <span class={`kl-badge kl-badge--${job.status}`}>{label}</span>
      {job.status === 'processing' && <Running {...props} />}
      {job.reason && (
        <p class="kl-reason">
          {tProblem({
            code: job.reason.code,
            ...(job.reason.params ? { params: job.reason.params } : {}),
          })}
        </p>
      )}
    </div>
  );
}

/** Upload Users History: every import job, live, with its counts and files. */
export function ImportHistory(props: { session: Session }) {
  const [version, setVersion] = useState(0);
  const jobs = useLive(() => QUERIES.importJobs(), [version]);
  useEffect(resumeUnfinishedImports, []);
  const canCancel = can(props.session.actorCtx, 'directory.users.manage', { userGroupIds: [] });
  const save = async (jobId: string, which: 'original' | 'log', name: string) => {
    const blob =
      which === 'original'
        ? await QUERIES.importOriginal(jobId)
        : await QUERIES.importErrorLog(jobId);
    if (blob) downloadBlob(blob, name);
  };
  return (
    <section aria-labelledby="kl-imports-title" class="kl-imports">
      <div class="kl-actions">
        <h3 id="kl-imports-title">{t('import.history.title')}</h3>
        <button type="button" class="kl-btn kl-btn--small" onClick={() => setVersion(version + 1)}>
          {t('import.history.refresh')}
        </button>
      </div>
      {jobs && jobs.length === 0 && <p class="kl-muted">{t('import.history.none')}</p>}
      {jobs && jobs.length > 0 && (
        <div class="kl-scroll-x">
          <table class="kl-simple-table kl-jobs">
            <thead>
              <tr>
                <th scope="col">{t('import.history.file')}</th>
                <th scope="col">{t('import.history.by')}</th>
                <th scope="col">{t('import.history.date')}</th>
                <th scope="col">{t('import.history.status')}</th>
                <th scope="col">{t('import.count.read')}</th>
                <th scope="col">{t('import.count.created')}</th>
                <th scope="col">{t('import.count.updated')}</th>
                <th scope="col">{t('import.count.unchanged')}</th>
                <th scope="col">{t('import.count.failed')}</th>
                <th scope="col">{t('import.history.files')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td>
                    {job.fileName}
                    <div class="kl-muted">{t(`network.${job.network}`)}</div>
                  </td>
                  <td>{job.createdByName || job.createdBy}</td>
                  <td>{formatDate(job.createdAt)}</td>
                  <td>
                    <Status job={job} canCancel={canCancel} />
                  </td>
                  <td>{formatNumber(job.counts.read)}</td>
                  <td>{formatNumber(job.counts.created)}</td>
                  <td>{formatNumber(job.counts.updated)}</td>
                  <td>{formatNumber(job.counts.unchanged)}</td>
                  <td>{formatNumber(job.counts.failed)}</td>
                  <td class="kl-files">
                    {job.status !== 'failed' || job.reason?.code !== 'import.file.tooBig' ? (
                      <button
                        type="button"
                        class="kl-btn kl-btn--small kl-btn--ghost"
                        onClick={() => void save(job.id, 'original', job.fileName)}
                      >
                        {t('import.downloadOriginal')}
                        <span class="kl-sr"> {job.fileName}</span>
                      </button>
                    ) : null}
                    {job.logParts > 0 && (
                      <button
                        type="button"
                        class="kl-btn kl-btn--small kl-btn--ghost"
                        onClick={() =>
                          void save(
                            job.id,
                            'log',
                            `${job.fileName.replace(/\.[^.]*$/, '')}-errors.csv`,
                          )
                        }
                      >
                        {t('import.downloadErrorLog')}
                        <span class="kl-sr"> {job.fileName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
