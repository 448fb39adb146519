import type { CheckReport } from '../../app/import/check';
import { fileColumn } from '../../domain/import';
import { formatNumber, t, tProblem, tProblemLine } from '../i18n';
import { downloadBlob } from './download';

/** The result of a Check: what an upload would do, and every problem by row and column. */
export function CheckReportView(props: { report: CheckReport; fileName: string }) {
  const { report } = props;
  if (report.fatal) {
    return (
      <div class="kl-alert kl-alert--error" role="alert">
        <p>
          <strong>{t('import.check.fatal')}</strong>
        </p>
        <p>{tProblem(report.fatal)}</p>
      </div>
    );
  }
  const c = report.counts;
  const base = props.fileName.replace(/\.[^.]*$/, '');
  return (
    <div class="kl-check-report">
      <p role="status" class={c.failed > 0 ? 'kl-alert' : 'kl-alert kl-alert--ok'}>
        {t('import.check.summary', {
          read: formatNumber(c.read),
          created: formatNumber(c.created),
          updated: formatNumber(c.updated),
          unchanged: formatNumber(c.unchanged),
          failed: formatNumber(c.failed),
        })}{' '}
        {report.warnings > 0 &&
          t('import.check.warnings', { count: formatNumber(report.warnings) })}
      </p>
      {report.problemCount > 0 && (
        <>
          <div class="kl-actions">
            <p class="kl-muted">
              {report.problemCount > report.problems.length
                ? t('import.check.problemsFirst', {
                    shown: formatNumber(report.problems.length),
                    count: formatNumber(report.problemCount),
                  })
                : t('import.check.problems', { count: formatNumber(report.problemCount) })}
            </p>
            {report.log && (
              <button
                type="button"
                class="kl-btn kl-btn--small"
                onClick={() => downloadBlob(report.log!, `${base}-errors.csv`)}
              >
                {t('import.downloadErrorLog')}
              </button>
            )}
          </div>
          <div class="kl-scroll-x">
            <table class="kl-simple-table kl-problem-table">
              <caption class="kl-sr">{t('import.check.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.log.row')}</th>
                  <th scope="col">{t('import.log.column')}</th>
                  <th scope="col">{t('import.log.value')}</th>
                  <th scope="col">{t('import.log.error')}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i} class={p.warning ? 'kl-warning-row' : undefined}>
                    <td>{p.row ?? ''}</td>
                    <td>{fileColumn(p.column)}</td>
                    <td>
                      <code>{p.value ?? ''}</code>
                    </td>
                    <td>{tProblemLine(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
