import type { ComponentChildren } from 'preact';
import type { CheckReport } from '../../app/kernel/client';
import type { Problem } from '../../domain/errors';
import { fileColumn } from '../../domain/import';
import { formatNumber, t, tProblem, tProblemLine } from '../i18n';
import { downloadBlob } from '../kit/download';
import { SimpleTable } from '../kit/SimpleTable';

/** A problem of a Check; group uploads read two files and name each problem's file. */
export type ShownProblem = Problem & { file?: string };

/** Files that cannot be imported at all: the reason, as an alert. */
export function CheckFatal(props: { title: string; message: string }) {
  return (
    <div class="kl-alert kl-alert--error" role="alert">
      <p>
        <strong>{props.title}</strong>
      </p>
      <p>{props.message}</p>
    </div>
  );
}

/** The summary line of a Check: what an upload would do. */
export function CheckSummary(props: {
  failed: boolean;
  warnings: number;
  children: ComponentChildren;
}) {
  return (
    <p role="status" class={props.failed ? 'kl-alert' : 'kl-alert kl-alert--ok'}>
      {props.children} {props.warnings > 0 && t('import.check.warnings', { count: props.warnings })}
    </p>
  );
}

/**
 * Problems by row and column (and by file, when they name one), with the complete error log
 * to download: the table shows only the first of many.
 */
export function ProblemTable(props: {
  /** A Check's report: the first problems, how many there are in all, the whole log. */
  report: { problems: readonly ShownProblem[]; problemCount: number; log?: Blob | undefined };
  logName: string;
  caption?: string;
}) {
  const { problems, problemCount: count, log } = props.report;
  const withFile = problems.some((p) => p.file !== undefined);
  if (count === 0) return null;
  return (
    <>
      <div class="kl-actions">
        <p class="kl-muted">
          {count > problems.length
            ? t('import.check.problemsFirst', {
                shown: formatNumber(problems.length),
                count: count,
              })
            : t('import.check.problems', { count: count })}
        </p>
        {log && (
          <button
            type="button"
            class="kl-btn kl-btn--small"
            onClick={() => downloadBlob(log, props.logName)}
          >
            {t('import.downloadErrorLog')}
          </button>
        )}
      </div>
      <SimpleTable
        class="kl-problem-table"
        caption={props.caption ?? t('import.check.tableCaption')}
        columns={[
          ...(withFile ? [t('groupUpload.log.file')] : []),
          t('import.log.row'),
          t('import.log.column'),
          t('import.log.value'),
          t('import.log.error'),
        ]}
      >
        {problems.map((p, i) => (
          <tr key={i} class={p.warning ? 'kl-warning-row' : undefined}>
            {withFile && <td>{p.file}</td>}
            <td>{p.row ?? ''}</td>
            <td>{fileColumn(p.column)}</td>
            <td>
              <code>{p.value ?? ''}</code>
            </td>
            <td>{tProblemLine(p)}</td>
          </tr>
        ))}
      </SimpleTable>
    </>
  );
}

/** The name an error log is saved under: the uploaded file's name with `-errors.csv`. */
export function logFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '')}-errors.csv`;
}

/** The result of a users Check: what an upload would do, and every problem by row and column. */
export function CheckReportView(props: { report: CheckReport; fileName: string }) {
  const { report } = props;
  if (report.fatal)
    return <CheckFatal title={t('import.check.fatal')} message={tProblem(report.fatal)} />;
  const c = report.counts;
  return (
    <div class="kl-check-report">
      <CheckSummary failed={c.failed > 0} warnings={report.warnings}>
        {t('import.check.summary', {
          read: formatNumber(c.read),
          created: formatNumber(c.created),
          updated: formatNumber(c.updated),
          unchanged: formatNumber(c.unchanged),
          failed: formatNumber(c.failed),
        })}
      </CheckSummary>
      <ProblemTable report={report} logName={logFileName(props.fileName)} />
    </div>
  );
}
