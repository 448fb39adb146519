import '../../i18n/areas';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  GROUPS_PAGE as PAGE,
  type GroupsWindowRequest,
  type ListRow,
  type Session,
} from '../../app/kernel/client';
import { can } from '../../domain/permissions';
import type { GroupKind } from '../../domain/types';
import { useGroupsWindow } from '../hooks';
import { t } from '../i18n';
import { lazy } from '../kit/lazy';
import { Tabs } from '../kit/Tabs';
import { CreateGroupDialog } from './CreateGroupDialog';
import { GroupTree } from './GroupTree';
import { groupHref } from '../routes';

const GroupUploadDialog = lazy(
  async () => (await import('../imports/GroupUploadDialog')).GroupUploadDialog,
);
const GroupUploadHistory = lazy(
  async () => (await import('../imports/GroupUploadHistory')).GroupUploadHistory,
);
const ExportGroupsButton = lazy(
  async () => (await import('../exports/ExportGroupsButton')).ExportGroupsButton,
);

/** What the list shows: the groups matching the filter, or a tab's groups. */
type Mode = 'filter' | GroupKind;
const modeOf = (r: Pick<GroupsWindowRequest, 'tab' | 'filter'>): Mode =>
  r.filter.trim() !== '' ? 'filter' : r.tab;

const NONE: ReadonlySet<string> = new Set();

/**
 * The Groups page: Organization and Private tabs, the hierarchy, and the group tools. The
 * groups themselves stay in the groups worker; the page asks it for the lines it shows.
 */
export function GroupsList(props: { session: Session }) {
  const { session } = props;
  const [tab, setTab] = useState<GroupKind>('organization');
  const [filter, setFilter] = useState('');
  // The groups opened or closed and the lines shown belong to what is shown: a new tab, or
  // a filter typed or cleared, starts again from the first screen.
  const mode = modeOf({ tab, filter });
  const [shape, setShape] = useState({ mode, toggled: NONE, limit: PAGE });
  useEffect(
    () => setShape((s) => (s.mode === mode ? s : { mode, toggled: NONE, limit: PAGE })),
    [mode],
  );
  const { toggled, limit } = shape.mode === mode ? shape : { toggled: NONE, limit: PAGE };
  const answer = useGroupsWindow({ tab, filter, toggled: [...toggled], limit });
  // An answer to another tab or mode is not shown under this one while the new one loads.
  const view = answer && modeOf(answer.request) === mode ? answer.window : undefined;
  const toggle = (id: string) => {
    const next = new Set(toggled);
    if (!next.delete(id)) next.add(id);
    setShape({ mode, toggled: next, limit });
  };
  const more = () => setShape({ mode, toggled, limit: limit + PAGE });
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
        ) : mode === 'filter' ? (
          view.list && (
            <>
              <p class="kl-muted" role="status">
                {t('groups.matches', { count: view.list.total })}
              </p>
              <GroupLinks {...view.list} onMore={more} />
            </>
          )
        ) : tab === 'organization' ? (
          view.counts.organization === 0 ? (
            <p class="kl-empty">{t(orgAdmin ? 'groups.emptyAdmin' : 'groups.emptyMember')}</p>
          ) : (
            view.tree && (
              <GroupTree
                {...view.tree}
                actorCtx={session.actorCtx}
                onToggle={toggle}
                onMore={more}
              />
            )
          )
        ) : view.counts.private === 0 ? (
          <p class="kl-empty">{t('groups.emptyPrivate')}</p>
        ) : (
          view.list && <GroupLinks {...view.list} onMore={more} />
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

/** A flat list of group links, each with the path above it; "Show more" asks for more lines. */
function GroupLinks(props: { rows: readonly ListRow[]; total: number; onMore: () => void }) {
  return (
    <>
      <ul class="kl-group-list">
        {props.rows.map(({ group: g, path }) => (
          <li key={g.id}>
            <a href={groupHref(g.id)}>{g.name}</a>
            {path.length > 0 && (
              <span class="kl-muted"> — {t('groups.inPath', { path: path.join(' › ') })}</span>
            )}
          </li>
        ))}
      </ul>
      {props.total > props.rows.length && (
        <button type="button" class="kl-btn" onClick={props.onMore}>
          {t('groups.showMore', { count: props.total - props.rows.length })}
        </button>
      )}
    </>
  );
}
