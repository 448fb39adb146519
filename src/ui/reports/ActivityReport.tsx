import { useState } from 'preact/hooks';
import { formatNumber, t } from '../i18n';
import { SimpleTable } from '../kit/SimpleTable';
import {
  CsvButton,
  Empty,
  PAGE,
  Pager,
  Result,
  WindowForm,
  actionName,
  useReport,
  useWindow,
  within,
} from './shared';

/** The activity report (SPEC §8): Users, Groups or Actions, with Kaizala's columns. */

type ActivityType = 'users' | 'groups' | 'actions';

export function ActivityReport(props: { groupId: string | undefined; today: string }) {
  const [window, setWindow] = useWindow(props.today);
  const [type, setType] = useState<ActivityType>('users');
  const [offset, setOffset] = useState(0);
  const input = { ...window, type, ...within(props.groupId) };
  const r = useReport('report-activity', { ...input, offset, limit: PAGE });
  const counts = [
    'report.col.messages',
    'report.col.actions',
    'report.col.responses',
    'report.col.reactions',
  ] as const;
  const columns =
    type === 'users'
      ? (['report.col.userName', 'report.col.phone', ...counts] as const)
      : type === 'groups'
        ? (['report.col.groupName', 'report.col.groupId', ...counts] as const)
        : ([
            'report.col.actionName',
            'report.col.packageId',
            'report.col.groupName',
            'report.col.groupId',
            ...counts.slice(1),
          ] as const);
  return (
    <section aria-label={t('report.tab.activity')}>
      <WindowForm
        window={window}
        today={props.today}
        max31
        problems={r.problems}
        onApply={(w) => {
          setWindow(w);
          setOffset(0);
        }}
      >
        {/* The type applies at once; the dates wait for Show. */}
        <label class="kl-field">
          <span>{t('report.activity.type')}</span>
          <select
            value={type}
            onChange={(e) => {
              setType((e.target as HTMLSelectElement).value as ActivityType);
              setOffset(0);
            }}
          >
            {(['users', 'groups', 'actions'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`report.activity.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </WindowForm>
      <Result r={r}>
        {(v) =>
          v.total === 0 ? (
            <Empty window={v.window} />
          ) : (
            <>
              <p class="kl-report-bar">
                <span>{t('report.activity.rows', { count: v.total })}</span>
                <CsvButton
                  what={t(`report.activity.${type}`)}
                  input={{ report: 'activity', ...input }}
                />
              </p>
              <SimpleTable
                caption={t(`report.activity.${type}`)}
                columns={columns.map((c) => t(c))}
              >
                {v.rows.map((row) => {
                  const n = (x: number) => <td class="kl-num">{formatNumber(x)}</td>;
                  return (
                    <tr key={row.key}>
                      <td>{type === 'actions' ? actionName(row.actionId!, row.name) : row.name}</td>
                      <td>
                        {type === 'users'
                          ? row.phone
                          : type === 'groups'
                            ? row.groupId
                            : row.actionId}
                      </td>
                      {type === 'actions' && <td>{row.groupName}</td>}
                      {type === 'actions' && <td>{row.groupId}</td>}
                      {type !== 'actions' && n(row.messages)}
                      {n(row.actions)}
                      {n(row.responses)}
                      {n(row.reactions)}
                    </tr>
                  );
                })}
              </SimpleTable>
              <Pager offset={v.offset} total={v.total} size={PAGE} onPage={setOffset} />
            </>
          )
        }
      </Result>
    </section>
  );
}
