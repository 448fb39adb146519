import '../../i18n/areas';
import type { GroupCheckReport } from '../../app/kernel/client';
import { fileColumn } from '../../domain/import';
import { formatNumber, t, tProblem } from '../i18n';
import { CheckFatal, CheckSummary, ProblemTable, logFileName } from './CheckReportView';

/**
 * The panel a group upload's Check shows: what an upload would do, every problem by file,
 * row and column, and the parent rows an upload would ignore.
 */
export function GroupCheckReportView(props: { report: GroupCheckReport; fileName: string }) {
  const { report } = props;
  if (report.fatal) {
    const message = tProblem(report.fatal);
    return (
      <CheckFatal
        title={t('groupUpload.fatal')}
        message={t('groupUpload.inFile', { file: report.fatal.file, message })}
      />
    );
  }
  const c = report.counts;
  const n = (k: keyof typeof c) => formatNumber(c[k]);
  return (
    <div class="kl-check-report">
      <CheckSummary failed={c.failed > 0} warnings={report.warnings}>
        {t('groupUpload.summary', {
          read: n('read'),
          parentRead: n('parentRead'),
          groupsCreated: n('groupsCreated'),
          membershipsAdded: n('membershipsAdded'),
          membershipsChanged: n('membershipsChanged'),
          membershipsUnchanged: n('membershipsUnchanged'),
          linksSet: n('linksSet'),
          usersCreated: n('usersCreated'),
          failed: n('failed'),
        })}
      </CheckSummary>
      <ProblemTable
        report={report}
        logName={logFileName(props.fileName)}
        caption={t('groupUpload.log.caption')}
      />
      {report.ignored.length > 0 && (
        <section>
          <h3>{t('groupUpload.ignoredTitle', { count: n('ignored') })}</h3>
          <p class="kl-hint">{t('groupUpload.ignoredAbout')}</p>
          <ul>
            {report.ignored.map((p, i) => (
              <li key={i}>
                {t('groupUpload.ignoredLine', {
                  file: p.file,
                  row: p.row ?? '',
                  column: fileColumn(p.column),
                  value: p.value ?? '',
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
