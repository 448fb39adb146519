import { useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { can } from '../../domain/permissions';
import { networkMoveProblem } from '../../domain/users';
import { attributeEditTexts } from '../../domain/attributes';
import { useCommand, useLive } from '../hooks';
import { Dialog } from '../kit/Dialog';
import { Problems, fieldProblem } from '../kit/Problems';
import { TextField } from '../kit/Field';
import { AttributeFields } from './AttributeInput';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { formatValue } from './columns';
import { formatDate, t, tError, tKnown } from '../i18n';
import { ScrollX } from '../kit/ScrollX';

/** User details: profile, attribute values, groups with role, network, source, audit trail, Delete. */
export function UserDetails(props: { phone: string; session: Session; onClose: () => void }) {
  const details = useLive('user-details', { phone: props.phone });
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const edit = useCommand();
  const action = useCommand();
  const { actorCtx, attributes } = props.session;
  if (!details) return null;
  const { user, memberships, audit, auditShown, missing } = details;
  const groupIds = memberships.map((m) => m.groupId);
  const canEdit =
    can(actorCtx, 'directory.users.manage', { userGroupIds: groupIds }) &&
    user.deletedAt === undefined;
  const canOrg = can(actorCtx, 'org.manage');
  const other = user.network === 'employee' ? 'others' : 'employee';
  const moveBlock = networkMoveProblem(user, other);
  return (
    <Dialog title={user.name || user.phone} onClose={props.onClose} wide>
      <Problems problems={[]} error={action.error} />
      <dl class="kl-props">
        <dt>{t('field.phone')}</dt>
        <dd>{user.phone}</dd>
        <dt>{t('column.network')}</dt>
        <dd>{t(`network.${user.network}`)}</dd>
        <dt>{t('column.source')}</dt>
        <dd>{t(`source.${user.source}`)}</dd>
        <dt>{t('column.orgRole')}</dt>
        <dd>{user.orgRole === 'admin' ? t('role.orgAdmin') : t('role.member')}</dd>
        <dt>{t('column.createdAt')}</dt>
        <dd>{formatDate(user.createdAt)}</dd>
        <dt>{t('column.updatedAt')}</dt>
        <dd>{formatDate(user.updatedAt)}</dd>
      </dl>
      {missing.length > 0 && (
        <p class="kl-alert kl-alert--warn">
          {t('details.incomplete', { attributes: missing.map((a) => a.name).join(', ') })}
        </p>
      )}
      <h3>{t('details.attributes')}</h3>
      {!editing ? (
        <>
          <dl class="kl-props">
            {attributes.map((a) => (
              <>
                <dt key={`t${a.id}`}>{a.name}</dt>
                <dd key={`d${a.id}`}>
                  {formatValue(user.attrs[a.id], a.type) || (
                    <span class="kl-muted">{t('common.noValue')}</span>
                  )}
                </dd>
              </>
            ))}
          </dl>
          {canEdit && (
            <button
              type="button"
              class="kl-btn"
              onClick={() => {
                setName(user.name);
                setValues(attributeEditTexts(attributes, user.attrs));
                setEditing(true);
              }}
            >
              {t('details.edit')}
            </button>
          )}
        </>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const before = attributeEditTexts(attributes, user.attrs);
            const changed = Object.fromEntries(
              Object.entries(values).filter(([id, v]) => v !== before[id]),
            );
            if (await edit.exec('user-edit', { phone: user.phone, name, attrs: changed }))
              setEditing(false);
          }}
        >
          <Problems problems={edit.problems} error={edit.error} />
          <TextField
            label={t('field.name')}
            error={fieldProblem(edit.problems, 'name')}
            value={name}
            onValue={setName}
          />
          <AttributeFields
            attributes={attributes}
            values={values}
            problems={edit.problems}
            onChange={setValues}
          />
          <div class="kl-actions">
            <button type="submit" class="kl-btn kl-btn--primary" disabled={edit.busy}>
              {t('common.save')}
            </button>
            <button
              type="button"
              class="kl-btn"
              onClick={() => {
                setEditing(false);
                edit.reset();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <h3>{t('details.groups')}</h3>
      {memberships.length === 0 ? (
        <p class="kl-muted">{t('details.noGroups')}</p>
      ) : (
        <ScrollX label={t('details.groups')}>
          <table class="kl-simple-table">
            <thead>
              <tr>
                <th scope="col">{t('details.group')}</th>
                <th scope="col">{t('details.role')}</th>
                <th scope="col">
                  <span class="kl-sr">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {memberships.map((m) => {
                const manage = can(actorCtx, 'group.users.manage', {
                  groupId: m.groupId,
                  groupKind: m.group.kind,
                });
                return (
                  <tr key={m.groupId}>
                    <td>
                      {m.group.name}
                      {m.group.kind === 'private' && (
                        <span class="kl-badge">{t('group.private')}</span>
                      )}
                    </td>
                    <td>{m.role === 'admin' ? t('role.admin') : t('role.member')}</td>
                    <td class="kl-actions kl-actions--tight">
                      {manage && (
                        <>
                          <button
                            type="button"
                            class="kl-btn kl-btn--small"
                            disabled={action.busy}
                            onClick={() =>
                              void action.exec('membership-set-role', {
                                groupId: m.groupId,
                                phone: user.phone,
                                role: m.role === 'admin' ? 'member' : 'admin',
                              })
                            }
                          >
                            {m.role === 'admin' ? t('details.demote') : t('details.promote')}
                          </button>
                          <button
                            type="button"
                            class="kl-btn kl-btn--small kl-btn--danger"
                            disabled={action.busy}
                            onClick={() =>
                              void action.exec('membership-remove', {
                                groupId: m.groupId,
                                phone: user.phone,
                              })
                            }
                          >
                            {t('details.removeFromGroup')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollX>
      )}
      {canOrg && user.deletedAt === undefined && (
        <>
          <h3>{t('details.manage')}</h3>
          <div class="kl-actions">
            <button
              type="button"
              class="kl-btn"
              disabled={action.busy || moveBlock !== null}
              title={moveBlock ? tError(moveBlock) : undefined}
              onClick={() =>
                void action.exec('users-move-network', { phones: [user.phone], to: other })
              }
            >
              {other === 'others' ? t('directory.moveToOthers') : t('directory.moveToEmployees')}
            </button>
            <button
              type="button"
              class="kl-btn"
              disabled={action.busy}
              onClick={() =>
                void action.exec('user-set-org-role', {
                  phone: user.phone,
                  role: user.orgRole === 'admin' ? 'member' : 'admin',
                })
              }
            >
              {user.orgRole === 'admin' ? t('details.revokeOrgAdmin') : t('details.makeOrgAdmin')}
            </button>
            <button
              type="button"
              class="kl-btn kl-btn--danger"
              onClick={() => setConfirmDelete(true)}
            >
              {t('common.delete')}
            </button>
          </div>
          {moveBlock && moveBlock !== 'network.same' && <p class="kl-hint">{tError(moveBlock)}</p>}
        </>
      )}
      <h3>{t('details.audit')}</h3>
      {auditShown ? (
        <ol class="kl-audit">
          {audit.map((e) => (
            <li key={e.id}>
              <time>{formatDate(e.at)}</time> · {tKnown(`audit.${e.action}`, e.action)} · {e.actor}
            </li>
          ))}
        </ol>
      ) : (
        <p class="kl-muted">{t('details.auditHidden')}</p>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('delete.title', { count: 1 })}
          confirmLabel={t('common.delete')}
          busy={action.busy}
          error={action.error}
          onClose={() => {
            setConfirmDelete(false);
            action.reset();
          }}
          onConfirm={async () => {
            if (await action.exec('users-delete', { phones: [user.phone] })) {
              setConfirmDelete(false);
              props.onClose();
            }
          }}
        >
          <p>{t('delete.text', { count: 1 })}</p>
        </ConfirmDialog>
      )}
    </Dialog>
  );
}
