import { useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import type { User } from '../../domain/types';
import { can } from '../../domain/permissions';
import { RESTORE_WINDOW_DAYS } from '../../domain/deletion';
import { useCommand, useLive } from '../hooks';
import { Problems } from '../kit/Problems';
import { ScrollX } from '../kit/ScrollX';
import { formatDate, t } from '../i18n';

/** Deleted users inside their 30-day window, with days left and Restore. */
export function DeletedUsers(props: { session: Session }) {
  const canRestore = can(props.session.actorCtx, 'org.manage');
  return (
    <section aria-labelledby="kl-deleted-title" class="kl-deleted">
      <h3 id="kl-deleted-title">{t('deleted.title')}</h3>
      <p class="kl-hint">{t('deleted.hint', { days: RESTORE_WINDOW_DAYS })}</p>
      {/* The list is org admins' only: nobody else receives it. */}
      {canRestore ? <DeletedList /> : <p class="kl-alert">{t('deleted.onlyOrgAdmins')}</p>}
    </section>
  );
}

function DeletedList() {
  const rows = useLive('deleted-users');
  const cmd = useCommand();
  // The restored user's row goes away with its button: the status line says what happened
  // and takes the focus, so the keyboard does not fall back to the page's top.
  const [done, setDone] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const restore = async (u: User) => {
    setDone('');
    if (!(await cmd.exec('users-restore', { phones: [u.phone] }))) return;
    setDone(t('deleted.restored', { name: u.name || u.phone, network: t(`network.${u.network}`) }));
    setTimeout(() => status.current?.focus());
  };
  return (
    <>
      <Problems problems={[]} error={cmd.error} />
      <p class="kl-status" role="status" tabIndex={-1} ref={status}>
        {done}
      </p>
      {rows && rows.length === 0 && <p class="kl-muted">{t('deleted.none')}</p>}
      {rows && rows.length > 0 && (
        <ScrollX label={t('deleted.title')}>
          <table class="kl-simple-table">
            <thead>
              <tr>
                <th scope="col">{t('column.phone')}</th>
                <th scope="col">{t('column.name')}</th>
                <th scope="col">{t('column.network')}</th>
                <th scope="col">{t('deleted.deletedAt')}</th>
                <th scope="col">{t('deleted.daysLeft')}</th>
                <th scope="col">
                  <span class="kl-sr">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.phone}>
                  <td>{u.phone}</td>
                  <td>{u.name}</td>
                  <td>{t(`network.${u.network}`)}</td>
                  <td>{formatDate(u.deletedAt ?? 0)}</td>
                  <td>{t('deleted.days', { days: u.daysLeft })}</td>
                  <td>
                    <button
                      type="button"
                      class="kl-btn kl-btn--small"
                      disabled={cmd.busy}
                      onClick={() => void restore(u)}
                    >
                      {t('deleted.restore')}
                      <span class="kl-sr"> {u.name || u.phone}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      )}
    </>
  );
}
