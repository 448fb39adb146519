import '../../i18n/areas';
import { useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { can } from '../../domain/permissions';
import type { Group } from '../../domain/types';
import { useCommand, useLive } from '../hooks';
import { t } from '../i18n';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Problems } from '../kit/Problems';
import { Tabs } from '../kit/Tabs';
import { lazy } from '../kit/lazy';
import { groupHref, sectionHref } from '../routes';
import { GroupUsersTab } from './GroupUsersTab';
import { SubGroupsTab } from './SubGroupsTab';

const GroupConnectorsTab = lazy(
  async () => (await import('../catalog/GroupConnectorsTab')).GroupConnectorsTab,
);
const GroupActionsTab = lazy(
  async () => (await import('../catalog/GroupActionsTab')).GroupActionsTab,
);
const GroupConversation = lazy(
  async () => (await import('../catalog/GroupConversation')).GroupConversation,
);

const ReportsView = lazy(async () => (await import('../reports/ReportsView')).ReportsView);

const TABS = ['users', 'subgroups', 'connectors', 'actions', 'conversation', 'reports'] as const;
type GroupTab = (typeof TABS)[number];

/** One group's page: its place in the hierarchy, Map to Organization, and its tabs. */
export function GroupPage(props: { session: Session; groupId: string }) {
  const { session } = props;
  const view = useLive('groups');
  const [tab, setTab] = useState<GroupTab>('users');
  if (!view) return <p class="kl-muted">{t('common.loading')}</p>;
  const { groups } = view;
  const group = groups.find((g) => g.id === props.groupId);
  const back = (
    <a class="kl-btn kl-btn--ghost" href={sectionHref('groups')}>
      ← {t('groups.back')}
    </a>
  );
  if (
    !group ||
    !can(session.actorCtx, 'groups.see', { groupId: group.id, groupKind: group.kind })
  ) {
    return (
      <div class="kl-group">
        {back}
        <p class="kl-alert" role="status">
          {t('group.unavailable')}
        </p>
      </div>
    );
  }
  const parent = group.parentId ? groups.find((g) => g.id === group.parentId) : undefined;
  return (
    <div class="kl-group">
      {back}
      <header class="kl-group__head">
        <h3>{group.name}</h3>
        <span class="kl-badge">{t(`group.kind.${group.kind}`)}</span>
        <MapControl session={session} group={group} />
      </header>
      {parent && (
        <p class="kl-muted">
          {t('group.subGroupOf')}{' '}
          {can(session.actorCtx, 'groups.see', { groupId: parent.id, groupKind: parent.kind }) ? (
            <a href={groupHref(parent.id)}>{parent.name}</a>
          ) : (
            parent.name
          )}
        </p>
      )}
      <Tabs
        label={t('group.tabs')}
        idPrefix="kl-group"
        tabs={TABS.filter(
          // Reports: the group's admins and org admins, for an organization group.
          (k) =>
            k !== 'reports' ||
            (group.kind === 'organization' &&
              can(session.actorCtx, 'reports.see', { groupId: group.id, groupKind: group.kind })),
        ).map((k) => ({ key: k, label: t(`group.tab.${k}`) }))}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'users' && <GroupUsersTab session={session} group={group} />}
        {tab === 'subgroups' && <SubGroupsTab session={session} group={group} groups={groups} />}
        {tab === 'connectors' && <GroupConnectorsTab session={session} group={group} />}
        {tab === 'actions' && <GroupActionsTab session={session} group={group} />}
        {tab === 'conversation' && <GroupConversation session={session} group={group} />}
        {tab === 'reports' && <ReportsView session={session} groupId={group.id} />}
      </Tabs>
    </div>
  );
}

/** Map to Organization (private group) or Make private (organization group), with a confirmation. */
function MapControl(props: { session: Session; group: Group }) {
  const { group } = props;
  const [open, setOpen] = useState(false);
  const cmd = useCommand();
  if (!can(props.session.actorCtx, 'groups.map', { groupId: group.id, groupKind: group.kind }))
    return null;
  const toOrg = group.kind === 'private';
  return (
    <>
      <button type="button" class="kl-btn kl-btn--small" onClick={() => setOpen(true)}>
        {t(toOrg ? 'group.map' : 'group.makePrivate')}
      </button>
      {open && (
        <ConfirmDialog
          title={t(toOrg ? 'group.map' : 'group.makePrivate')}
          confirmLabel={t(toOrg ? 'group.mapConfirm' : 'group.makePrivateConfirm')}
          busy={cmd.busy}
          error={cmd.error}
          onClose={() => {
            cmd.reset();
            setOpen(false);
          }}
          onConfirm={async () => {
            const out = await cmd.exec(toOrg ? 'group-map' : 'group-make-private', {
              groupId: group.id,
            });
            if (out) setOpen(false);
          }}
        >
          <p>{t(toOrg ? 'group.mapAbout' : 'group.makePrivateAbout', { name: group.name })}</p>
          <Problems problems={cmd.problems} />
        </ConfirmDialog>
      )}
    </>
  );
}
