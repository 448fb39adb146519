import '../../i18n/areas';
import { useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import type { ActionRow } from '../../app/kernel/client';
import type { OrgAction } from '../../domain/types';
import { useCommand, useLive } from '../hooks';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Problems } from '../kit/Problems';
import { AddActionDialog, PublishDialog } from './ActionDialogs';
import { actionLabel, rolesLabel } from './labels';
import { OwnerFilter, type OwnerFilterValue } from './OwnerFilter';
import { t } from '../i18n';
import { ScrollX } from '../kit/ScrollX';

/**
 * The portal's Actions section: the catalog with who created each Action and where it is
 * published; add a custom Action, publish to a group, unpublish. Controls the actor may not
 * use are not shown; the commands check again.
 */
export function ActionsPage(props: { session: Session }) {
  const data = useLive('actions-overview');
  const [filter, setFilter] = useState<OwnerFilterValue>('all');
  const [dialog, setDialog] = useState<
    { kind: 'add' } | { kind: 'publish' | 'delete'; action: OrgAction } | undefined
  >();
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  /** Says what changed; the button pressed may be gone with its row, so the line takes the focus. */
  const done = (message: string) => {
    setStatus(message);
    setTimeout(() => statusRef.current?.focus());
  };
  const cmd = useCommand();
  if (!data) return <p class="kl-muted">{t('common.loading')}</p>;
  const rows = data.actions.filter((r) => filter === 'all' || r.action.createdBy === data.actor);
  const mayDelete = (r: ActionRow) =>
    !r.action.builtIn && (props.session.actorCtx.orgAdmin || r.action.createdBy === data.actor);
  const close = () => {
    setDialog(undefined);
    cmd.reset();
  };
  return (
    <div class="kl-catalog">
      <p class="kl-hint">{t('actions.intro')}</p>
      <div class="kl-toolbar">
        <OwnerFilter
          name="kl-actions-filter"
          value={filter}
          onChange={setFilter}
          label={(f) => t(`actions.filter.${f}`)}
        />
        {data.canAdd && (
          <button type="button" class="kl-btn" onClick={() => setDialog({ kind: 'add' })}>
            {t('actions.add')}
          </button>
        )}
      </div>
      <Problems problems={[]} error={dialog ? undefined : cmd.error} />
      <p class="kl-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {rows.length === 0 ? (
        <p class="kl-empty">{t('actions.emptyMine')}</p>
      ) : (
        <ScrollX label={t('actions.caption', { count: rows.length })}>
          <table class="kl-simple-table kl-catalog-table">
            <caption>{t('actions.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.col.name')}</th>
                <th scope="col">{t('actions.col.type')}</th>
                <th scope="col">{t('actions.col.createdBy')}</th>
                <th scope="col">{t('actions.col.published')}</th>
                <th scope="col">{t('actions.col.manage')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.action.id}>
                  <th scope="row">
                    {actionLabel(r.action)}
                    {r.action.description && <p class="kl-hint">{r.action.description}</p>}
                  </th>
                  <td>{t(`actions.type.${r.action.type}`)}</td>
                  <td>{r.action.builtIn ? t('actions.createdBy.kaizala') : r.creatorName}</td>
                  <td>
                    {r.published.length === 0 ? (
                      <span class="kl-muted">{t('actions.notPublished')}</span>
                    ) : (
                      <ul class="kl-placed">
                        {r.published.map((p) => (
                          <li key={p.publication.id}>
                            {p.group.name}{' '}
                            <span class="kl-muted">({rolesLabel(p.publication.roles)})</span>
                            {p.canRemove && (
                              <button
                                type="button"
                                class="kl-btn kl-btn--small kl-btn--ghost"
                                disabled={cmd.busy}
                                aria-label={t('actions.unpublishFrom', {
                                  action: actionLabel(r.action),
                                  group: p.group.name,
                                })}
                                onClick={async () => {
                                  const out = await cmd.exec('action-unpublish', {
                                    groupId: p.group.id,
                                    actionId: r.action.id,
                                  });
                                  if (out)
                                    done(
                                      t('actions.unpublished', {
                                        action: actionLabel(r.action),
                                        group: p.group.name,
                                      }),
                                    );
                                }}
                              >
                                {t('actions.unpublish')}
                              </button>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <div class="kl-actions kl-actions--tight">
                      {data.targets.length > 0 && (
                        <button
                          type="button"
                          class="kl-btn kl-btn--small"
                          aria-label={t('actions.publishNamed', { action: actionLabel(r.action) })}
                          onClick={() => setDialog({ kind: 'publish', action: r.action })}
                        >
                          {t('actions.publish')}
                        </button>
                      )}
                      {mayDelete(r) && (
                        <button
                          type="button"
                          class="kl-btn kl-btn--small kl-btn--danger"
                          aria-label={t('actions.deleteNamed', { action: r.action.name })}
                          onClick={() => setDialog({ kind: 'delete', action: r.action })}
                        >
                          {t('common.delete')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      )}
      {dialog?.kind === 'add' && (
        <AddActionDialog
          onClose={close}
          onAdded={(name) => {
            close();
            setStatus(t('actions.added', { action: name }));
          }}
        />
      )}
      {dialog?.kind === 'publish' && (
        <PublishDialog
          action={dialog.action}
          targets={data.targets}
          onClose={close}
          onPublished={(group) => {
            close();
            setStatus(
              t('actions.published', { action: actionLabel(dialog.action), group: group.name }),
            );
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('actions.delete.title', { action: dialog.action.name })}
          confirmLabel={t('common.delete')}
          busy={cmd.busy}
          error={cmd.error}
          onClose={close}
          onConfirm={async () => {
            const out = await cmd.exec('action-delete', { actionId: dialog.action.id });
            if (out) {
              close();
              done(t('actions.deleted', { action: dialog.action.name }));
            }
          }}
        >
          <p>{t('actions.delete.text')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
