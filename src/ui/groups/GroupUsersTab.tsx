import '../../i18n/areas';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { query, type GroupMemberRow } from '../../app/kernel/client';
import { can } from '../../domain/permissions';
import { fold } from '../../domain/users';
import type { Group, GroupRole } from '../../domain/types';
import { useCommand, useLive } from '../hooks';
import { formatNumber, t } from '../i18n';
import { formatValue } from '../directory/columns';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Problems } from '../kit/Problems';
import { lazy } from '../kit/lazy';
import { AddMembersDialog } from './AddMembersDialog';
import { downloadBlob } from '../kit/download';
import { keepFocus } from '../kit/keep-focus';
import { ScrollX } from '../kit/ScrollX';

const GroupUploadDialog = lazy(
  async () => (await import('../imports/GroupUploadDialog')).GroupUploadDialog,
);
const GroupUploadHistory = lazy(
  async () => (await import('../imports/GroupUploadHistory')).GroupUploadHistory,
);

const PAGE = 100;

/** The Users tab: members with their role, and the tools of those who manage the group. */
export function GroupUsersTab(props: { session: Session; group: Group }) {
  const { session, group } = props;
  const members = useLive('group-members', { groupId: group.id });
  const [dialog, setDialog] = useState<'add' | 'import' | undefined>();
  const [history, setHistory] = useState(false);
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [removing, setRemoving] = useState<GroupMemberRow | undefined>();
  const search = useRef<HTMLInputElement>(null);
  const cmd = useCommand();
  const canManage = can(session.actorCtx, 'group.users.manage', {
    groupId: group.id,
    groupKind: group.kind,
  });
  // The columns are the ones chosen for the directory (Select Columns), else the first three
  // (of the attributes the actor may see: the session holds only those).
  const allowed = session.attributes;
  const chosen = session.columns.flatMap((c) =>
    c.kind === 'attr' ? allowed.filter((a) => a.id === c.id) : [],
  );
  const attributes = chosen.length > 0 ? chosen : allowed.slice(0, 3);
  const admins = members?.filter((m) => m.role === 'admin').length ?? 0;
  const shown = useMemo(() => {
    const words = fold(filter.trim());
    const digits = filter.replace(/\D/g, '');
    if (!members || (words === '' && digits === '')) return members ?? [];
    return members.filter(
      (m) =>
        (words !== '' && fold(m.user?.name ?? '').includes(words)) ||
        (digits !== '' && m.phone.includes(digits)),
    );
  }, [members, filter]);
  const setRole = async (m: GroupMemberRow, role: GroupRole) => {
    const pressed = document.activeElement;
    await cmd.exec('membership-set-role', { groupId: group.id, phone: m.phone, role });
    keepFocus(pressed);
  };
  return (
    <div class="kl-group-users">
      <div class="kl-toolbar">
        <label class="kl-search">
          <span class="kl-sr">{t('group.users.filter')}</span>
          <input
            ref={search}
            type="search"
            value={filter}
            placeholder={t('directory.searchPlaceholder')}
            onInput={(e) => {
              setFilter(e.currentTarget.value);
              setLimit(PAGE);
            }}
          />
        </label>
        {canManage && (
          <>
            <button type="button" class="kl-btn kl-btn--primary" onClick={() => setDialog('add')}>
              {t('group.users.addByPhone')}
            </button>
            <button type="button" class="kl-btn" onClick={() => setDialog('import')}>
              {t('group.users.importCsv')}
            </button>
            <button
              type="button"
              class="kl-btn"
              aria-pressed={history}
              onClick={() => setHistory(!history)}
            >
              {t('group.users.history')}
            </button>
            <button
              type="button"
              class="kl-btn"
              disabled={!members}
              onClick={async () => {
                const file = await cmd.call(() =>
                  query('group-members-csv', {
                    groupId: group.id,
                    attributeIds: attributes.map((a) => a.id),
                    nameHeader: t('group.users.displayName'),
                  }),
                );
                if (file?.value) downloadBlob(file.value.blob, file.value.fileName);
              }}
            >
              {t('group.users.export')}
            </button>
          </>
        )}
      </div>
      {history && <GroupUploadHistory session={session} groupId={group.id} />}
      <Problems problems={cmd.problems} error={cmd.error} />
      {!members ? (
        <p class="kl-muted">{t('common.loading')}</p>
      ) : (
        <>
          <p class="kl-muted" role="status">
            {t('group.users.count', {
              count: members.length,
              admins: formatNumber(admins),
            })}
          </p>
          <ScrollX label={t('group.tab.users')}>
            <table class="kl-simple-table">
              <thead>
                <tr>
                  <th scope="col">{t('field.phone')}</th>
                  <th scope="col">{t('group.users.displayName')}</th>
                  <th scope="col">{t('details.role')}</th>
                  {canManage && (
                    <th scope="col">
                      <span class="kl-sr">{t('common.actions')}</span>
                    </th>
                  )}
                  {attributes.map((a) => (
                    <th key={a.id} scope="col">
                      {a.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.slice(0, limit).map((m) => {
                  const label = m.user?.name || m.phone;
                  const onlyAdmin = m.role === 'admin' && admins <= 1;
                  return (
                    <tr key={m.phone}>
                      <td class="kl-nowrap">{m.phone}</td>
                      <td>
                        {m.user?.name || <span class="kl-muted">{t('directory.noName')}</span>}
                      </td>
                      <td>{t(`role.${m.role}`)}</td>
                      {canManage && (
                        <td class="kl-row-actions">
                          <button
                            type="button"
                            class="kl-btn kl-btn--small"
                            disabled={cmd.busy || onlyAdmin}
                            title={onlyAdmin ? t('group.users.onlyAdmin') : undefined}
                            onClick={() => void setRole(m, m.role === 'admin' ? 'member' : 'admin')}
                          >
                            {t(m.role === 'admin' ? 'details.demote' : 'details.promote')}
                            <span class="kl-sr"> {label}</span>
                          </button>
                          <button
                            type="button"
                            class="kl-btn kl-btn--small"
                            disabled={cmd.busy || onlyAdmin}
                            title={onlyAdmin ? t('group.users.onlyAdmin') : undefined}
                            onClick={() => setRemoving(m)}
                          >
                            {t('common.remove')}
                            <span class="kl-sr"> {label}</span>
                          </button>
                        </td>
                      )}
                      {attributes.map((a) => (
                        <td key={a.id}>{formatValue(m.user?.attrs[a.id], a.type)}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollX>
          {canManage && admins === 1 && <p class="kl-hint">{t('group.users.onlyAdmin')}</p>}
          {shown.length > limit && (
            <button type="button" class="kl-btn" onClick={() => setLimit(limit + PAGE)}>
              {t('groups.showMore', { count: shown.length - limit })}
            </button>
          )}
        </>
      )}
      {dialog === 'add' && (
        <AddMembersDialog
          group={group}
          region={session.org?.region ?? 'PL'}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'import' && (
        <GroupUploadDialog
          session={session}
          groupId={group.id}
          onClose={() => setDialog(undefined)}
        />
      )}
      {removing && (
        <RemoveMember
          group={group}
          member={removing}
          onClose={() => setRemoving(undefined)}
          // The row and its Remove button are gone: go on from the search above the list.
          onRemoved={() => setTimeout(() => search.current?.focus())}
        />
      )}
    </div>
  );
}

function RemoveMember(props: {
  group: Group;
  member: GroupMemberRow;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const cmd = useCommand();
  const name = props.member.user?.name || props.member.phone;
  return (
    <ConfirmDialog
      title={t('group.users.removeTitle')}
      confirmLabel={t('common.remove')}
      busy={cmd.busy}
      error={cmd.error}
      onClose={props.onClose}
      onConfirm={async () => {
        const out = await cmd.exec('membership-remove', {
          groupId: props.group.id,
          phone: props.member.phone,
        });
        if (out) {
          props.onClose();
          props.onRemoved();
        }
      }}
    >
      <p>{t('group.users.removeAbout', { name, group: props.group.name })}</p>
    </ConfirmDialog>
  );
}
