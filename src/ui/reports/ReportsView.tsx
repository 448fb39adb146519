import '../../i18n/reports';
import '../../i18n/areas';
import { useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { dayOf } from '../../domain/activity';
import { can } from '../../domain/permissions';
import { t } from '../i18n';
import { Tabs } from '../kit/Tabs';
import { lazy } from '../kit/lazy';
import { AdoptionReport, TrendsReport } from './UsageReports';
import { ActivityReport } from './ActivityReport';
import { CardsReport } from './CardsReport';
import { AuditReport } from './AuditReport';

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
