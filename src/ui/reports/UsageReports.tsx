import { formatNumber, t } from '../i18n';
import { BarChart, LineChart } from '../kit/Chart';
import {
  CHART_GROUPS,
  CsvButton,
  Empty,
  Result,
  WindowForm,
  useReport,
  useWindow,
  within,
} from './shared';
import { takeAdoption } from './prefetch';

/** Adoption and Usage trends (SPEC §8): who is active, and what happens day by day. */

export function AdoptionReport(props: {
  groupId: string | undefined;
  today: string;
  orgAdmin: boolean;
}) {
  const [window, setWindow] = useWindow(props.today);
  const input = { ...window, ...within(props.groupId) };
  // Opened by address, Adoption was asked for while the page loaded (./prefetch.ts).
  const r = useReport('report-adoption', { ...input, limit: CHART_GROUPS }, takeAdoption);
  return (
    <section aria-label={t('report.tab.adoption')}>
      <WindowForm window={window} today={props.today} onApply={setWindow} problems={r.problems} />
      <Result r={r}>
        {(a) => {
          const shown = a.groups;
          const percent = a.totalUsers === 0 ? 0 : Math.round((a.activeUsers / a.totalUsers) * 100);
          return (
            <>
              <dl class="kl-tiles">
                <div>
                  <dt>{t('report.adoption.total')}</dt>
                  <dd>{formatNumber(a.totalUsers)}</dd>
                </div>
                <div>
                  <dt>{t('report.adoption.active')}</dt>
                  <dd>
                    {formatNumber(a.activeUsers)}{' '}
                    <span class="kl-muted">{t('report.adoption.rate', { percent })}</span>
                  </dd>
                </div>
              </dl>
              <p class="kl-muted">
                {props.groupId === undefined &&
                  t(props.orgAdmin ? 'report.scope.org' : 'report.scope.admin', {
                    count: a.groupCount,
                  })}{' '}
                {t('report.adoption.about')}
              </p>
              {a.activeUsers === 0 && <Empty window={a.window} />}
              <BarChart
                title={t('report.adoption.chartTitle')}
                description={t('report.adoption.chartDesc', {
                  shown: shown.length,
                  from: a.window.from,
                  to: a.window.to,
                })}
                labelHeading={t('report.adoption.group')}
                labels={shown.map((g) => g.name)}
                series={[
                  { name: t('report.adoption.members'), values: shown.map((g) => g.members) },
                  { name: t('report.adoption.activeUsers'), values: shown.map((g) => g.active) },
                ]}
                download={
                  <CsvButton
                    what={t('report.adoption.chartTitle')}
                    input={{ report: 'adoption', ...input }}
                  />
                }
              />
              {a.groupCount > shown.length && (
                <p class="kl-muted">
                  {t('report.adoption.more', { shown: shown.length, count: a.groupCount })}
                </p>
              )}
            </>
          );
        }}
      </Result>
    </section>
  );
}

export function TrendsReport(props: { groupId: string | undefined; today: string }) {
  const [window, setWindow] = useWindow(props.today);
  const input = { ...window, ...within(props.groupId) };
  const r = useReport('report-trends', input);
  return (
    <section aria-label={t('report.tab.trends')}>
      <WindowForm window={window} today={props.today} onApply={setWindow} problems={r.problems} />
      <Result r={r}>
        {(v) => {
          const labels = v.days.map((d) => d.day);
          const sum = (k: 'messages' | 'actions' | 'responses') =>
            v.days.reduce((a, d) => a + d[k], 0);
          const total = (d: (typeof v.days)[number]) => d.messages + d.actions + d.responses;
          const busiest = v.days.reduce((a, d) => (total(d) > total(a) ? d : a), v.days[0]!);
          const most = v.days.reduce((a, d) => (d.activeUsers > a.activeUsers ? d : a), v.days[0]!);
          const csv = (
            <CsvButton what={t('report.tab.trends')} input={{ report: 'trends', ...input }} />
          );
          return (
            <>
              {v.days.every((d) => d.activeUsers === 0) && <Empty window={v.window} />}
              <LineChart
                title={t('report.trends.chartTitle')}
                description={t('report.trends.chartDesc', {
                  from: v.window.from,
                  to: v.window.to,
                  messages: formatNumber(sum('messages')),
                  actions: formatNumber(sum('actions')),
                  responses: formatNumber(sum('responses')),
                  day: busiest.day,
                })}
                labelHeading={t('report.trends.day')}
                labels={labels}
                series={[
                  { name: t('report.trends.messages'), values: v.days.map((d) => d.messages) },
                  { name: t('report.trends.actions'), values: v.days.map((d) => d.actions) },
                  { name: t('report.trends.responses'), values: v.days.map((d) => d.responses) },
                ]}
                download={csv}
              />
              <LineChart
                title={t('report.trends.usersTitle')}
                description={t('report.trends.usersDesc', {
                  from: v.window.from,
                  to: v.window.to,
                  max: formatNumber(most.activeUsers),
                  day: most.day,
                })}
                labelHeading={t('report.trends.day')}
                labels={labels}
                series={[
                  { name: t('report.trends.users'), values: v.days.map((d) => d.activeUsers) },
                ]}
                download={csv}
              />
            </>
          );
        }}
      </Result>
    </section>
  );
}
