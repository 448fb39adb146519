import '../../i18n/areas';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import type { Group, GroupRole } from '../../domain/types';
import { useCommand, useLive } from '../hooks';
import { Field } from '../kit/Field';
import { Problems, fieldProblem } from '../kit/Problems';
import { keepFocus } from '../kit/keep-focus';
import { RolesPicker } from './RolesPicker';
import { actionLabel, rolesLabel } from './labels';
import { t } from '../i18n';
import { ScrollX } from '../kit/ScrollX';

/**
 * A group's Actions tab: Add Action from the catalog with the roles that may send it
 * (Admin, Member) and Publish; change who may send a published Action; unpublish.
 */
export function GroupActionsTab(props: { session: Session; group: Group }) {
  const { group } = props;
  // null: the group is gone or the actor may not see it (undefined is "still loading").
  const data = useLive('group-actions', { groupId: group.id });
  const [picked, setPicked] = useState('');
  const [roles, setRoles] = useState<GroupRole[]>(['admin', 'member']);
  const [status, setStatus] = useState('');
  const cmd = useCommand();
  // Row controls keep their own refusal, so it is not shown under the Add Action form.
  const rowCmd = useCommand();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const available = data?.available ?? [];
  useEffect(() => {
    if (!available.some((a) => a.id === picked)) setPicked(available[0]?.id ?? '');
  }, [available.map((a) => a.id).join()]);
  if (data === undefined) return <p class="kl-muted">{t('common.loading')}</p>;
  if (data === null) return <p class="kl-alert">{t('catalog.groupHidden')}</p>;
  const publish = async (actionId: string, label: string, chosen: GroupRole[]) => {
    const out = await cmd.exec('action-publish', { groupId: group.id, actionId, roles: chosen });
    if (out) setStatus(t('actions.published', { action: label, group: group.name }));
    return out;
  };
  /** Changing the roles of a published Action publishes it again with the new roles. */
  const changeRoles = async (actionId: string, label: string, chosen: GroupRole[]) => {
    const ticked = document.activeElement;
    const out = await rowCmd.exec('action-publish', { groupId: group.id, actionId, roles: chosen });
    if (out)
      setStatus(t('actions.group.rolesChanged', { action: label, roles: rolesLabel(chosen) }));
    keepFocus(ticked);
  };
  return (
    <div class="kl-catalog">
      {data.canPublish ? (
        <form
          class="kl-card"
          aria-labelledby="kl-group-actions-add"
          onSubmit={async (e) => {
            e.preventDefault();
            const submitter = (e as SubmitEvent).submitter;
            const action = available.find((a) => a.id === picked);
            if (action && (await publish(action.id, actionLabel(action), roles)))
              setRoles(['admin', 'member']);
            // The last Action published leaves no form: the status line says what happened.
            keepFocus(submitter, statusRef.current);
          }}
        >
          <h3 id="kl-group-actions-add">{t('actions.group.add')}</h3>
          {available.length === 0 ? (
            <p class="kl-muted">{t('actions.group.allPublished')}</p>
          ) : (
            <>
              <Field label={t('actions.group.pick')}>
                {(id) => (
                  <select id={id} value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
                    {available.map((a) => (
                      <option key={a.id} value={a.id}>
                        {actionLabel(a)}
                        {a.builtIn ? '' : ` (${t(`actions.type.${a.type}`)})`}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <RolesPicker
                value={roles}
                onChange={setRoles}
                error={fieldProblem(cmd.problems, 'roles')}
              />
              <div class="kl-actions">
                <button type="submit" class="kl-btn kl-btn--primary" disabled={cmd.busy || !picked}>
                  {t('actions.publish.submit')}
                </button>
              </div>
            </>
          )}
        </form>
      ) : (
        <p class="kl-muted">{t('actions.group.readOnly')}</p>
      )}
      <Problems problems={cmd.problems} error={cmd.error} />
      <Problems problems={rowCmd.problems} error={rowCmd.error} />
      <p class="kl-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {data.published.length === 0 ? (
        <p class="kl-empty">{t('actions.group.empty')}</p>
      ) : (
        <ScrollX label={t('actions.group.caption', { group: group.name })}>
          <table class="kl-simple-table">
            <caption>{t('actions.group.caption', { group: group.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.col.name')}</th>
                <th scope="col">{t('actions.col.type')}</th>
                <th scope="col">{t('actions.group.col.roles')}</th>
                {/* Not "Actions": in a table of Actions that reads as one more of them. */}
                {data.canPublish && <th scope="col">{t('actions.col.manage')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.published.map(({ action, publication }) => {
                const label = actionLabel(action);
                const allowed = publication.roles ?? [];
                return (
                  <tr key={action.id}>
                    <th scope="row">{label}</th>
                    <td>{t(`actions.type.${action.type}`)}</td>
                    <td>
                      {data.canPublish ? (
                        <div class="kl-inline">
                          {(['admin', 'member'] as const).map((role) => (
                            <label key={role} class="kl-inline">
                              <input
                                type="checkbox"
                                checked={allowed.includes(role)}
                                disabled={rowCmd.busy}
                                aria-label={t(`actions.group.mayRole.${role}`, { action: label })}
                                onChange={(e) =>
                                  void changeRoles(
                                    action.id,
                                    label,
                                    (['admin', 'member'] as const).filter((r) =>
                                      r === role ? e.currentTarget.checked : allowed.includes(r),
                                    ),
                                  )
                                }
                              />
                              {t(`role.${role}`)}
                            </label>
                          ))}
                        </div>
                      ) : (
                        allowed.map((r) => t(`role.${r}`)).join(', ')
                      )}
                    </td>
                    {data.canPublish && (
                      <td>
                        <button
                          type="button"
                          class="kl-btn kl-btn--small"
                          disabled={rowCmd.busy}
                          aria-label={t('actions.unpublishFrom', {
                            action: label,
                            group: group.name,
                          })}
                          onClick={async () => {
                            const out = await rowCmd.exec('action-unpublish', {
                              groupId: group.id,
                              actionId: action.id,
                            });
                            if (out) {
                              setStatus(
                                t('actions.unpublished', { action: label, group: group.name }),
                              );
                              // The row and its button go; the status line takes the focus.
                              setTimeout(() => statusRef.current?.focus());
                            } else keepFocus(null, statusRef.current);
                          }}
                        >
                          {t('actions.unpublish')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollX>
      )}
    </div>
  );
}
