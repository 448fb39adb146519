import { useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { formatDate, t, tKnown } from '../i18n';
import { SimpleTable } from '../kit/SimpleTable';
import { CsvButton, PAGE, Pager, Result, useReport, within } from './shared';

/** The audit log (SPEC §8): every change, filtered, newest first. */

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

export function AuditReport(props: { groupId: string | undefined; session: Session }) {
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
