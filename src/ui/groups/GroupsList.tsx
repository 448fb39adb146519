import '../../i18n/areas';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { can } from '../../domain/permissions';
import { groupNameKey } from '../../domain/groups';
import type { Group, GroupKind } from '../../domain/types';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { lazy } from '../kit/lazy';
import { Tabs } from '../kit/Tabs';
import { CreateGroupDialog } from './CreateGroupDialog';
import { GroupTree } from './GroupTree';
import { groupHref } from '../routes';
import { pathOf } from './group-tree';

const GroupUploadDialog = lazy(
  async () => (await import('../imports/GroupUploadDialog')).GroupUploadDialog,
);
const GroupUploadHistory = lazy(
  async () => (await import('../imports/GroupUploadHistory')).GroupUploadHistory,
);
const ExportGroupsButton = lazy(
  async () => (await import('../exports/ExportGroupsButton')).ExportGroupsButton,
);

/** Lines shown before "Show more": the first screen stays quick with 10,000 groups. */
const PAGE = 200;

/** The Groups page: Organization and Private tabs, the hierarchy, and the group tools. */
export function GroupsList(props: { session: Session }) {
  const { session } = props;
  const view = useLive('groups');
  const [tab, setTab] = useState<GroupKind>('organization');
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<'create' | 'upload' | undefined>();
  const [history, setHistory] = useState(false);
  const orgAdmin = can(session.actorCtx, 'org.manage');
  const historyButton = useRef<HTMLButtonElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const shownHistory = useRef(history);
  useEffect(() => {
    // The button pressed went with the view it was in: its counterpart takes the focus.
    if (shownHistory.current === history) return;
    shownHistory.current = history;
    (history ? backButton : historyButton).current?.focus();
  }, [history]);
  if (history) {
    return (
      <div class="kl-groups">
        <button
          ref={backButton}
          type="button"
          class="kl-btn kl-btn--ghost"
          onClick={() => setHistory(false)}
        >
          ← {t('groups.back')}
        </button>
        <GroupUploadHistory session={session} />
      </div>
    );
  }
  return (
    <div class="kl-groups">
      <Tabs
        label={t('groups.kinds')}
        idPrefix="kl-groups"
        tabs={(['organization', 'private'] as const).map((k) => ({
          key: k,
          label: t(`groups.tab.${k}`),
        }))}
        selected={tab}
        onSelect={setTab}
      >
        <div class="kl-toolbar">
          <label class="kl-search">
            <span class="kl-sr">{t('groups.filter')}</span>
            <input
              type="search"
              value={filter}
              placeholder={t('groups.filterPlaceholder')}
              onInput={(e) => setFilter(e.currentTarget.value)}
            />
          </label>
          {(tab === 'private' || orgAdmin) && (
            <button
              type="button"
              class="kl-btn kl-btn--primary"
              onClick={() => setDialog('create')}
            >
              {t(tab === 'private' ? 'groups.newPrivate' : 'groups.create')}
            </button>
          )}
          {tab === 'organization' && orgAdmin && (
            <>
              <button type="button" class="kl-btn" onClick={() => setDialog('upload')}>
                {t('groups.bulkUpload')}
              </button>
              <button
                ref={historyButton}
                type="button"
                class="kl-btn"
                onClick={() => setHistory(true)}
              >
                {t('groups.uploadHistory')}
              </button>
              <ExportGroupsButton session={session} />
            </>
          )}
        </div>
        {tab === 'private' && <p class="kl-muted">{t('groups.privateAbout')}</p>}
        {!view ? (
          <p class="kl-muted">{t('common.loading')}</p>
        ) : filter.trim() !== '' ? (
          <FilteredGroups groups={view.groups} shown={view[tab]} filter={filter} />
        ) : tab === 'organization' ? (
          view.organization.length === 0 ? (
            <p class="kl-empty">{t(orgAdmin ? 'groups.emptyAdmin' : 'groups.emptyMember')}</p>
          ) : (
            <GroupTree forest={view.forest} actorCtx={session.actorCtx} pageSize={PAGE} />
          )
        ) : view.private.length === 0 ? (
          <p class="kl-empty">{t('groups.emptyPrivate')}</p>
        ) : (
          <GroupLinks groups={view.private} byId={new Map()} />
        )}
      </Tabs>
      {dialog === 'create' && (
        <CreateGroupDialog
          kind={tab}
          onClose={() => setDialog(undefined)}
          onCreated={(id) => {
            setDialog(undefined);
            window.location.hash = groupHref(id);
          }}
        />
      )}
      {dialog === 'upload' && (
        <GroupUploadDialog session={session} onClose={() => setDialog(undefined)} />
      )}
    </div>
  );
}

/** Groups whose name contains the filter, each with the path above it. */
function FilteredGroups(props: { groups: Group[]; shown: Group[]; filter: string }) {
  const key = groupNameKey(props.filter);
  const matches = props.shown.filter((g) => groupNameKey(g.name).includes(key));
  const byId = useMemo(() => new Map(props.groups.map((g) => [g.id, g])), [props.groups]);
  return (
    <>
      <p class="kl-muted" role="status">
        {t('groups.matches', { count: matches.length })}
      </p>
      <GroupLinks groups={matches} byId={byId} />
    </>
  );
}

/** A flat list of group links, `PAGE` at a time. */
function GroupLinks(props: { groups: Group[]; byId: ReadonlyMap<string, Group> }) {
  const [limit, setLimit] = useState(PAGE);
  return (
    <>
      <ul class="kl-group-list">
        {props.groups.slice(0, limit).map((g) => {
          const path = pathOf(g, props.byId);
          return (
            <li key={g.id}>
              <a href={groupHref(g.id)}>{g.name}</a>
              {path.length > 0 && (
                <span class="kl-muted"> — {t('groups.inPath', { path: path.join(' › ') })}</span>
              )}
            </li>
          );
        })}
      </ul>
      {props.groups.length > limit && (
        <button type="button" class="kl-btn" onClick={() => setLimit(limit + PAGE)}>
          {t('groups.showMore', { count: props.groups.length - limit })}
        </button>
      )}
    </>
  );
}
