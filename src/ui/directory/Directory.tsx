import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { directoryPage, type Session } from '../../app/kernel/client';
import { listCodeOf } from '../../domain/users';
import { missingMandatory } from '../../domain/attributes';
import { can } from '../../domain/permissions';
import { MAX_DELETE_BATCH, selectAllOf } from '../../domain/deletion';
import type { Network, SortKey } from '../../domain/types';
import { useCommand } from '../hooks';
import { useDirectoryRows } from './directory-rows';
import { columnViews } from './columns';
import { UserTable } from './UserTable';
import { lazy } from '../kit/lazy';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Menu } from '../kit/Menu';
import { Problems } from '../kit/Problems';
import { t, tError } from '../i18n';

type View = 'list' | 'attributes' | 'deleted' | 'imports' | 'exports';
type DialogName = 'add' | 'import' | 'export' | 'columns' | 'delete' | undefined;

const ImportDialog = lazy(async () => (await import('../imports/ImportDialog')).ImportDialog);
const ImportHistory = lazy(async () => (await import('../imports/ImportHistory')).ImportHistory);
const ExportDialog = lazy(async () => (await import('../exports/ExportDialog')).ExportDialog);
const ExportPanel = lazy(async () => (await import('../exports/ExportPanel')).ExportPanel);
// The list is the first screen; its dialogs and other views load when opened (SPEC §14).
const AddUsersDialog = lazy(async () => (await import('./AddUsersDialog')).AddUsersDialog);
const SelectColumnsDialog = lazy(
  async () => (await import('./SelectColumnsDialog')).SelectColumnsDialog,
);
const ManageAttributes = lazy(async () => (await import('./ManageAttributes')).ManageAttributes);
const DeletedUsers = lazy(async () => (await import('./DeletedUsers')).DeletedUsers);
const UserDetails = lazy(async () => (await import('./UserDetails')).UserDetails);

/** Debounces a value so each keystroke does not start a search. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/**
 * Moves focus where a keyboard user expects it after the view changes: to the new view's
 * heading (it may load lazily, so it is awaited for a moment), or back to the search box on
 * the list. The first render leaves focus where it is.
 */
function useViewFocus(view: View) {
  const container = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (view === 'list') {
      search.current?.focus();
      return;
    }
    let frame = 0;
    let tries = 0;
    const look = () => {
      const heading = container.current?.querySelector<HTMLElement>('h2, h3');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
      } else if (++tries < 300) frame = requestAnimationFrame(look);
    };
    look();
    return () => cancelAnimationFrame(frame);
  }, [view]);
  return { container, search };
}

/** The organization directory: tabs, search, sortable virtual list, and its actions. */
export function Directory(props: { session: Session; initialView?: View }) {
  const { session } = props;
  const [network, setNetwork] = useState<Network>('employee');
  const [view, setView] = useState<View>(props.initialView ?? 'list');
  const [text, setText] = useState('');
  const query = useDebounced(text, 150);
  const [sort, setSort] = useState<SortKey>('name');
  const [dir, setDir] = useState<'asc' | 'desc'>('asc');
  const [range, setRange] = useState<[number, number]>([0, 30]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<DialogName>();
  const [details, setDetails] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const cmd = useCommand();
  const focus = useViewFocus(view);
  const columns = useMemo(
    () => columnViews(session.columns, session.attributes),
    [session.columns, session.attributes],
  );
  // A removed attribute column falls back to sorting by name.
  const activeSort = columns.some((c) => c.key === sort) ? sort : 'name';
  const searching = query.trim() !== '';
  const schema = useMemo(
    () => session.attributes.map((a) => `${a.id}${a.mandatory ? '*' : ''}`).join(),
    [session.attributes],
  );
  const rows = useDirectoryRows(
    network,
    activeSort,
    dir,
    query.trim(),
    range[0],
    range[1],
    schema,
    view === 'list',
  );
  const shown = rows.available;
  // The legend explains the Incomplete badge while one is on screen.
  const mandatoryNames = session.attributes
    .filter((a) => a.mandatory)
    .map((a) => a.name)
    .join(', ');
  let incompleteShown = false;
  for (let i = range[0]; i <= Math.min(range[1], shown - 1) && !incompleteShown; i++)
    incompleteShown = rows.rowAt(i)?.incomplete === true;
  useEffect(() => {
    // User Timing: the benchmark measures from the (debounced) query to its rendered results.
    if (searching) performance.mark('kl:search-start');
  }, [query, network]);
  useEffect(() => {
    if (rows.total !== undefined && performance.getEntriesByName('kl:search-start').length > 0) {
      performance.measure('kl:search', 'kl:search-start');
      performance.clearMarks('kl:search-start');
    }
  }, [rows.total, rows.rowAt(range[0])?.phone]);
  const canManageUsers = can(session.actorCtx, 'directory.users.manage');
  const canOrg = can(session.actorCtx, 'org.manage');
  const other: Network = network === 'employee' ? 'others' : 'employee';
  // Another tab starts a new selection; a search keeps it (pick people from several searches).
  useEffect(() => setSelected(new Set()), [network]);
  // A result message ("Deleted 2 users.") gives way to the count when the list changes.
  useEffect(() => setStatus(''), [network, query]);

  if (view !== 'list') {
    return (
      <div class="kl-directory" ref={focus.container}>
        <button type="button" class="kl-btn kl-btn--ghost" onClick={() => setView('list')}>
          ← {t('directory.back')}
        </button>
        {view === 'attributes' ? (
          <ManageAttributes attributes={session.attributes} canManage={canOrg} />
        ) : view === 'imports' ? (
          canOrg ? (
            <ImportHistory />
          ) : (
            <p class="kl-alert">{t('import.history.orgAdminsOnly')}</p>
          )
        ) : view === 'exports' ? (
          <ExportPanel session={session} />
        ) : (
          <DeletedUsers session={session} />
        )}
      </div>
    );
  }
  return (
    <div class="kl-directory">
      <div class="kl-tabs" role="tablist" aria-label={t('directory.networks')}>
        {(['employee', 'others'] as const).map((n) => (
          <button
            key={n}
            type="button"
            role="tab"
            id={`kl-tab-${n}`}
            aria-selected={network === n}
            aria-controls="kl-directory-panel"
            tabIndex={network === n ? 0 : -1}
            onClick={() => setNetwork(n)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = n === 'employee' ? 'others' : 'employee';
                setNetwork(next);
                document.getElementById(`kl-tab-${next}`)?.focus();
              }
            }}
          >
            {t(`network.${n}`)}
          </button>
        ))}
      </div>
      <div id="kl-directory-panel" role="tabpanel" aria-labelledby={`kl-tab-${network}`}>
        <div class="kl-toolbar">
          <label class="kl-search">
            <span class="kl-sr">{t('directory.search')}</span>
            <input
              ref={focus.search}
              type="search"
              value={text}
              placeholder={t('directory.searchPlaceholder')}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </label>
          {canManageUsers && (
            <Menu
              label={t('directory.addUsers')}
              items={[
                {
                  label: t('directory.addUsersManual'),
                  onSelect: () => setDialog('add'),
                  hidden: !canOrg,
                },
                {
                  label: t('directory.importUsers'),
                  onSelect: () => setDialog('import'),
                  hidden: !canOrg,
                },
                {
                  label: t('directory.importHistory'),
                  onSelect: () => setView('imports'),
                  hidden: !canOrg,
                },
              ]}
            />
          )}
          {canOrg && (
            <Menu
              label={t('directory.exportUsers')}
              items={[
                { label: t('directory.exportCreate'), onSelect: () => setDialog('export') },
                { label: t('directory.exportHistory'), onSelect: () => setView('exports') },
              ]}
            />
          )}
          <Menu
            label={t('directory.more')}
            items={[
              { label: t('directory.selectColumns'), onSelect: () => setDialog('columns') },
              { label: t('directory.manageAttributes'), onSelect: () => setView('attributes') },
              { label: t('directory.deletedUsers'), onSelect: () => setView('deleted') },
            ]}
          />
        </div>
        {selected.size > 0 && canOrg && (
          <div class="kl-selection" role="region" aria-label={t('directory.selection')}>
            <span>{t('directory.selected', { count: selected.size })}</span>
            <button
              type="button"
              class="kl-btn kl-btn--small"
              disabled={cmd.busy}
              onClick={async () => {
                const out = await cmd.exec('users-move-network', {
                  phones: [...selected],
                  to: other,
                });
                if (out) {
                  const refused = out.value.filter((o) => o.status === 'refused');
                  setStatus(
                    t('directory.moved', {
                      count: out.value.length - refused.length,
                      network: t(`network.${other}`),
                    }) +
                      (refused.length > 0
                        ? ` ${t('directory.moveRefused', { count: refused.length, reason: tError(refused[0]!.status === 'refused' ? refused[0]!.code : '') })}`
                        : ''),
                  );
                  setSelected(new Set(refused.map((o) => o.phone)));
                }
              }}
            >
              {other === 'others' ? t('directory.moveToOthers') : t('directory.moveToEmployees')}
            </button>
            <button
              type="button"
              class="kl-btn kl-btn--small kl-btn--danger"
              onClick={() => setDialog('delete')}
            >
              {t('directory.deleteSelected', { count: selected.size })}
            </button>
            <button
              type="button"
              class="kl-btn kl-btn--small kl-btn--ghost"
              onClick={() => setSelected(new Set())}
            >
              {t('directory.clearSelection')}
            </button>
          </div>
        )}
        <Problems problems={[]} error={dialog === 'delete' ? undefined : cmd.error} />
        {canOrg && rows.status.ready && (rows.total ?? 0) > 0 && (
          <button
            type="button"
            class="kl-btn kl-btn--small kl-select-all"
            onClick={() =>
              void cmd.call(async () => {
                // Everyone the list shows now (this tab, this search), up to one batch; one
                // more is read in case the acting user, never selected, is among them.
                const total = rows.total ?? 0;
                const found = await directoryPage({
                  list: listCodeOf(network),
                  sort: activeSort,
                  dir,
                  text: query.trim(),
                  offset: 0,
                  limit: MAX_DELETE_BATCH + 1,
                });
                const pick = selectAllOf(found?.phones ?? [], session.actorCtx.phone, total);
                setSelected(new Set(pick.phones));
                setStatus(
                  pick.capped
                    ? t('directory.selectedFirst', { max: MAX_DELETE_BATCH, count: total })
                    : t('directory.selected', { count: pick.phones.length }),
                );
              })
            }
          >
            {(rows.total ?? 0) > MAX_DELETE_BATCH
              ? t('directory.selectFirst', { max: MAX_DELETE_BATCH })
              : t('directory.selectAll', { count: rows.total ?? 0 })}
          </button>
        )}
        <p class="kl-status" role="status">
          {status ||
            (!rows.status.ready
              ? t(rows.known ? 'directory.preparing' : 'directory.preparingNoRows', {
                  count: rows.status.loaded,
                })
              : rows.total === undefined
                ? t('common.loading')
                : t(
                    searching
                      ? rows.status.behind
                        ? 'directory.searchCountUpdating'
                        : 'directory.searchCount'
                      : rows.status.behind
                        ? 'directory.countUpdating'
                        : 'directory.count',
                    { count: rows.total },
                  ))}
        </p>
        <UserTable
          count={shown}
          known={rows.known}
          rowAt={rows.rowAt}
          onRange={(a, b) => setRange([a, b])}
          columns={columns}
          sort={activeSort}
          dir={dir}
          onSort={(key) => {
            if (key === activeSort) setDir(dir === 'asc' ? 'desc' : 'asc');
            else {
              setSort(key);
              setDir('asc');
            }
          }}
          selected={selected}
          selectable={canOrg}
          onToggle={(phone) => {
            const next = new Set(selected);
            if (next.has(phone)) next.delete(phone);
            else next.add(phone);
            setSelected(next);
            setStatus('');
          }}
          onOpen={setDetails}
          label={t('directory.listLabel', { network: t(`network.${network}`) })}
          incompleteHint={(row) =>
            t('directory.incompleteHint', {
              attributes: missingMandatory(row.attrs, session.attributes)
                .map((a) => a.name)
                .join(', '),
            })
          }
        />
        {incompleteShown && (
          <p class="kl-hint kl-legend">
            <span class="kl-badge kl-badge--warn">{t('directory.incomplete')}</span>{' '}
            {t('directory.incompleteLegend', { attributes: mandatoryNames })}
          </p>
        )}
      </div>
      {dialog === 'add' && (
        <AddUsersDialog
          network={network}
          region={session.org?.region ?? 'PL'}
          attributes={session.attributes}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog
          network={network}
          attributes={session.attributes}
          onClose={() => setDialog(undefined)}
          onUploaded={() => {
            setDialog(undefined);
            setView('imports');
          }}
        />
      )}
      {dialog === 'export' && (
        <ExportDialog
          onClose={() => setDialog(undefined)}
          onCreated={() => {
            setDialog(undefined);
            setView('exports');
          }}
        />
      )}
      {dialog === 'columns' && (
        <SelectColumnsDialog
          chosen={session.columns}
          attributes={session.attributes}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('delete.title', { count: selected.size })}
          confirmLabel={t('common.delete')}
          busy={cmd.busy}
          error={cmd.error}
          onClose={() => {
            setDialog(undefined);
            cmd.reset();
          }}
          onConfirm={async () => {
            const out = await cmd.exec('users-delete', { phones: [...selected] });
            if (out) {
              setStatus(t('delete.done', { count: out.value.deleted }));
              setSelected(new Set());
              setDialog(undefined);
            }
          }}
        >
          <p>{t('delete.text', { count: selected.size })}</p>
          {selected.size > MAX_DELETE_BATCH && (
            <p class="kl-alert kl-alert--warn">{t('delete.tooMany', { max: MAX_DELETE_BATCH })}</p>
          )}
        </ConfirmDialog>
      )}
      {details && (
        <UserDetails phone={details} session={session} onClose={() => setDetails(undefined)} />
      )}
    </div>
  );
}
