import '../../i18n/reports';
import '../../i18n/areas';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  query,
  toDomainError,
  type QueryInput,
  type QueryName,
  type QueryOutput,
  type Session,
} from '../../app/kernel/client';
import { dayOf } from '../../domain/activity';
import { DEFAULT_REPORT_DAYS, lastDays, type ReportWindow } from '../../domain/reports';
import { can } from '../../domain/permissions';
import type { Problem } from '../../domain/errors';
import { errorText } from '../hooks';
import { formatDate, formatNumber, t, tKnown } from '../i18n';
import { BarChart, LineChart } from '../kit/Chart';
import { Problems } from '../kit/Problems';
import { SimpleTable } from '../kit/SimpleTable';
import { Tabs } from '../kit/Tabs';
import { downloadBlob } from '../kit/download';
import { lazy } from '../kit/lazy';
import type { CardResults } from '../../domain/card-results';
import { BUILTIN_ACTIONS } from '../../domain/catalog';
import { actionLabel } from '../catalog/labels';

/** An Action's name as the page's language says it (the built-in catalog is translated). */
function actionName(actionId: string, stored: string): string {
  const builtIn = BUILTIN_ACTIONS.find((a) => a.id === actionId);
  return builtIn ? actionLabel(builtIn) : stored;
}

const TenantExport = lazy(async () => (await import('../tenant/TenantExport')).TenantExport);

type ReportTab = 'adoption' | 'trends' | 'activity' | 'cards' | 'audit' | 'tenant';

/**
 * Reports (SPEC §8): the portal's Reports section (every group the actor may report on) and
 * a group's Reports tab (`groupId`). Members are told they have no access.
 */
export function ReportsView(props: { session: Session; groupId?: string }) {
  const { session, groupId } = props;
  const [tab, setTab] = useState<ReportTab>('adoption');
  const allowed = groupId
    ? can(session.actorCtx, 'reports.see', { groupId, groupKind: 'organization' })
    : can(session.actorCtx, 'reports.see');
  if (!allowed)
    return (
      <p class="kl-alert" role="status">
        {t('report.noAccess')}
      </p>
    );
  // The simulated clock's today: the default period ends there.
  const today = dayOf(session.now);
  const actor = session.actorCtx.phone;
  const tabs: ReportTab[] = ['adoption', 'trends', 'activity', 'cards', 'audit'];
  if (!groupId && can(session.actorCtx, 'org.manage')) tabs.push('tenant');
  // Acting as someone else may take a tab away (Tenant data): the first one shows then.
  const shown = tabs.includes(tab) ? tab : 'adoption';
  return (
    <div class="kl-reports">
      <Tabs
        label={t('report.tabs')}
        idPrefix={groupId ? 'kl-group-reports' : 'kl-reports'}
        tabs={tabs.map((key) => ({ key, label: t(`report.tab.${key}`) }))}
        selected={shown}
        onSelect={setTab}
      >
        {/* Keyed by the actor: acting as someone else reads their reports afresh. */}
        {shown === 'adoption' && (
          <AdoptionReport
            key={actor}
            groupId={groupId}
            today={today}
            orgAdmin={session.actorCtx.orgAdmin}
          />
        )}
        {shown === 'trends' && <TrendsReport key={actor} groupId={groupId} today={today} />}
        {shown === 'activity' && <ActivityReport key={actor} groupId={groupId} today={today} />}
        {shown === 'cards' && <CardsReport key={actor} groupId={groupId} today={today} />}
        {shown === 'audit' && <AuditReport key={actor} groupId={groupId} session={session} />}
        {shown === 'tenant' && <TenantExport />}
      </Tabs>
    </div>
  );
}

/** A one-shot report query (in the jobs worker), run again when its input changes. */
function useReport<K extends QueryName>(
  name: K,
  input: QueryInput<K>,
): { value?: QueryOutput<K>; problems: Problem[]; error?: string; loading: boolean } {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{
    key?: string;
    value?: QueryOutput<K>;
    problems: Problem[];
    error?: string;
  }>({ problems: [] });
  useEffect(() => {
    let live = true;
    (query as (n: K, i: QueryInput<K>) => Promise<QueryOutput<K>>)(name, input).then(
      (value) => live && setState({ key, value, problems: [] }),
      (e: unknown) => {
        if (!live) return;
        const err = toDomainError(e);
        setState(
          err.problems.length > 0
            ? { key, problems: err.problems }
            : { key, problems: [], error: errorText(err) },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  if (state.key !== key) return { problems: [], loading: true };
  return {
    ...(state.value === undefined ? {} : { value: state.value }),
    problems: state.problems,
    ...(state.error === undefined ? {} : { error: state.error }),
    loading: false,
  };
}

/** Start and End dates, applied together with Show. */
function WindowForm(props: {
  window: ReportWindow;
  onApply: (w: ReportWindow) => void;
  problems: readonly Problem[];
  today: string;
  max31?: boolean;
  children?: ComponentChildren;
}) {
  const [from, setFrom] = useState(props.window.from);
  const [to, setTo] = useState(props.window.to);
  const { today } = props;
  const problemOf = (column: string) => props.problems.find((p) => p.column === column);
  const field = (id: 'start' | 'end', value: string, set: (v: string) => void) => {
    const problem = problemOf(id);
    return (
      <label class="kl-field">
        <span>{t(`report.${id}`)}</span>
        <input
          type="date"
          value={value}
          required
          aria-invalid={problem ? true : undefined}
          onInput={(e) => set((e.target as HTMLInputElement).value)}
        />
      </label>
    );
  };
  return (
    <form
      class="kl-report-window"
      aria-label={t('report.window')}
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply({ from, to });
      }}
    >
      {field('start', from, setFrom)}
      {field('end', to, setTo)}
      {props.children}
      <button class="kl-btn" type="submit">
        {t('report.show')}
      </button>
      <p class="kl-muted kl-report-window__hint">
        {t(props.max31 ? 'report.windowHint31' : 'report.windowHint', { today })}
      </p>
    </form>
  );
}

function useWindow(today: string): [ReportWindow, (w: ReportWindow) => void] {
  return useState<ReportWindow>(() => lastDays(today, DEFAULT_REPORT_DAYS));
}

/** Download CSV: the whole report as a file, made in the worker. */
function CsvButton(props: { input: QueryInput<'report-csv'>; what: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <span class="kl-csv">
      <button
        type="button"
        class="kl-btn kl-btn--small"
        aria-label={t('report.csvOf', { what: props.what })}
        aria-busy={busy || undefined}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(undefined);
          try {
            const { blob, fileName } = await query('report-csv', props.input);
            downloadBlob(blob, fileName);
          } catch (e) {
            setError(errorText(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('report.csv')}
      </button>
      {error && (
        <span class="kl-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** The state of a report below its form: counting, refused, failed or shown. */
function Result<T>(props: {
  r: { value?: T; problems: Problem[]; error?: string; loading: boolean };
  children: (value: T) => ComponentChildren;
}) {
  const { r } = props;
  if (r.loading)
    return (
      <p class="kl-muted" role="status">
        {t('report.loading')}
      </p>
    );
  if (r.problems.length > 0 || r.error) return <Problems problems={r.problems} error={r.error} />;
  return <>{r.value !== undefined && props.children(r.value)}</>;
}

const within = (groupId: string | undefined) => (groupId === undefined ? {} : { groupId });

function Empty(props: { window: ReportWindow }) {
  return (
    <p class="kl-alert" role="status">
      {t('report.empty', { from: props.window.from, to: props.window.to })}
    </p>
  );
}

const CHART_GROUPS = 10;

function AdoptionReport(props: { groupId: string | undefined; today: string; orgAdmin: boolean }) {
  const [window, setWindow] = useWindow(props.today);
  const input = { ...window, ...within(props.groupId) };
  const r = useReport('report-adoption', { ...input, limit: CHART_GROUPS });
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

function TrendsReport(props: { groupId: string | undefined; today: string }) {
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

const PAGE = 50;

function Pager(props: {
  offset: number;
  total: number;
  size: number;
  onPage: (o: number) => void;
}) {
  const { offset, total, size } = props;
  if (total <= size) return null;
  return (
    <nav class="kl-pager" aria-label={t('report.pager')}>
      <button
        type="button"
        class="kl-btn kl-btn--ghost"
        disabled={offset === 0}
        onClick={() => props.onPage(Math.max(0, offset - size))}
      >
        {t('report.pager.prev')}
      </button>
      <span>
        {t('report.pager.range', {
          first: formatNumber(offset + 1),
          last: formatNumber(Math.min(total, offset + size)),
          total: formatNumber(total),
        })}
      </span>
      <button
        type="button"
        class="kl-btn kl-btn--ghost"
        disabled={offset + size >= total}
        onClick={() => props.onPage(offset + size)}
      >
        {t('report.pager.next')}
      </button>
    </nav>
  );
}

type ActivityType = 'users' | 'groups' | 'actions';

function ActivityReport(props: { groupId: string | undefined; today: string }) {
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

/** The answers of a card's results as chart rows. */
function answers(r: CardResults): Array<[string, number]> {
  switch (r.type) {
    case 'poll':
      return r.options.map((o) => [o.label, o.count]);
    case 'checklist':
      return r.items.map((i) => [i.label, i.count]);
    case 'survey':
      return r.questions.map((q) => [q.question, q.answers.length]);
    case 'meet':
      return [
        [t('report.cards.going'), r.going.length],
        [t('report.cards.notGoing'), r.notGoing.length],
      ];
    default:
      return [[t('report.cards.answered'), r.total]];
  }
}

const CARDS_PAGE = 10;

function CardsReport(props: { groupId: string | undefined; today: string }) {
  const [window, setWindow] = useWindow(props.today);
  const [offset, setOffset] = useState(0);
  const input = { ...window, ...within(props.groupId) };
  const r = useReport('report-cards', { ...input, offset, limit: CARDS_PAGE });
  return (
    <section aria-label={t('report.tab.cards')}>
      <WindowForm
        window={window}
        today={props.today}
        problems={r.problems}
        onApply={(w) => {
          setWindow(w);
          setOffset(0);
        }}
      />
      <Result r={r}>
        {(v) =>
          v.total === 0 ? (
            <p class="kl-alert" role="status">
              {t('report.cards.none', { from: v.window.from, to: v.window.to })}
            </p>
          ) : (
            <>
              <p class="kl-report-bar">
                <CsvButton what={t('report.tab.cards')} input={{ report: 'cards', ...input }} />
              </p>
              {v.cards.map((c) => {
                const rows = answers(c.results);
                const title = c.card.type === 'poll' ? c.card.question : c.card.title;
                return (
                  <article key={c.messageId} class="kl-card-report">
                    <h4>{title}</h4>
                    <p class="kl-muted">
                      {t('report.cards.sent', {
                        action: actionName(c.actionId, c.actionName),
                        group: c.groupName,
                        name: c.senderName || c.sender,
                        date: formatDate(c.at),
                      })}{' '}
                      · {t('report.cards.responses', { count: c.results.total })}
                    </p>
                    <BarChart
                      title={title}
                      caption={false}
                      download={
                        <CsvButton
                          what={title}
                          input={{ report: 'cards', ...input, messageId: c.messageId }}
                        />
                      }
                      description={t('report.cards.chartDesc', { total: c.results.total, title })}
                      labelHeading={t('report.cards.answer')}
                      labels={rows.map(([label]) => label)}
                      series={[{ name: t('report.cards.count'), values: rows.map(([, n]) => n) }]}
                    />
                  </article>
                );
              })}
              <Pager offset={v.offset} total={v.total} size={CARDS_PAGE} onPage={setOffset} />
            </>
          )
        }
      </Result>
    </section>
  );
}

const AUDIT_KINDS = [
  'user',
  'users',
  'attribute',
  'group',
  'groups',
  'action',
  'message',
  'connector',
  'org',
  'tenant',
  'clock',
  'demo',
] as const;

interface AuditFilters {
  actor: string;
  target: string;
  kind: string;
  from: string;
  to: string;
}

const NO_FILTERS: AuditFilters = { actor: '', target: '', kind: '', from: '', to: '' };

function AuditReport(props: { groupId: string | undefined; session: Session }) {
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const input = { ...filters, ...within(props.groupId) };
  const r = useReport('report-audit', { ...input, offset, limit: PAGE });
  const set = (k: keyof AuditFilters) => (e: Event) =>
    setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value });
  const problem = (column: string) => r.problems.find((p) => p.column === column);
  return (
    <section aria-label={t('report.tab.audit')}>
      {!props.session.actorCtx.orgAdmin && !props.groupId && (
        <p class="kl-muted">{t('report.audit.scope')}</p>
      )}
      <form
        class="kl-report-window"
        aria-label={t('report.audit.filter')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
          setOffset(0);
        }}
      >
        <label class="kl-field">
          <span>{t('report.audit.actor')}</span>
          <input type="search" value={draft.actor} onInput={set('actor')} />
        </label>
        <label class="kl-field">
          <span>{t('report.audit.target')}</span>
          <input type="search" value={draft.target} onInput={set('target')} />
        </label>
        <label class="kl-field">
          <span>{t('report.audit.kind')}</span>
          <select value={draft.kind} onChange={set('kind')}>
            <option value="">{t('report.audit.kind.all')}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`report.audit.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="kl-field">
          <span>{t('report.start')}</span>
          <input
            type="date"
            value={draft.from}
            aria-invalid={problem('start') ? true : undefined}
            onInput={set('from')}
          />
        </label>
        <label class="kl-field">
          <span>{t('report.end')}</span>
          <input
            type="date"
            value={draft.to}
            aria-invalid={problem('end') ? true : undefined}
            onInput={set('to')}
          />
        </label>
        <button class="kl-btn" type="submit">
          {t('report.audit.filter')}
        </button>
        <button
          class="kl-btn kl-btn--ghost"
          type="button"
          onClick={() => {
            setDraft(NO_FILTERS);
            setFilters(NO_FILTERS);
            setOffset(0);
          }}
        >
          {t('report.audit.clear')}
        </button>
      </form>
      <Result r={r}>
        {(v) =>
          v.total === 0 ? (
            <p class="kl-alert" role="status">
              {t('report.audit.none')}
            </p>
          ) : (
            <>
              <p class="kl-report-bar">
                <span>{t('report.audit.count', { count: v.total })}</span>
                <CsvButton what={t('report.tab.audit')} input={{ report: 'audit', ...input }} />
              </p>
              <SimpleTable
                caption={t('report.tab.audit')}
                columns={[
                  t('report.audit.time'),
                  t('report.audit.who'),
                  t('report.audit.change'),
                  t('report.audit.about'),
                  t('report.audit.details'),
                ]}
              >
                {v.events.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDate(e.at)}</td>
                    <td>
                      {e.actor === 'system' ? t('report.audit.system') : e.actorName || e.actor}
                      {e.actor !== 'system' && <div class="kl-muted">{e.actor}</div>}
                    </td>
                    <td>{tKnown(`audit.${e.action}`, e.action)}</td>
                    <td>{e.target}</td>
                    <td class="kl-audit-details">{e.details ? JSON.stringify(e.details) : ''}</td>
                  </tr>
                ))}
              </SimpleTable>
              <Pager offset={v.offset} total={v.total} size={PAGE} onPage={setOffset} />
            </>
          )
        }
      </Result>
    </section>
  );
}
