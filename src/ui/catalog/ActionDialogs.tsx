import '../../i18n/areas';
import { useState } from 'preact/hooks';
import { ACTION_TYPES } from '../../domain/catalog';
import type { ActionType, Group, GroupRole, OrgAction } from '../../domain/types';
import { useCommand } from '../hooks';
import { Field, TextField } from '../kit/Field';
import { fieldProblem } from '../kit/Problems';
import { FormDialog } from '../kit/FormDialog';
import { RolesPicker } from './RolesPicker';
import { actionLabel } from './labels';
import { t } from '../i18n';

/** Actions → Add custom Action: a name of the organization's own on a catalog type. */
export function AddActionDialog(props: { onClose: () => void; onAdded: (name: string) => void }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<ActionType>('poll');
  const [description, setDescription] = useState('');
  const cmd = useCommand();
  return (
    <FormDialog
      title={t('actions.add.title')}
      submitLabel={t('actions.add.submit')}
      busy={cmd.busy}
      error={cmd.error}
      problems={cmd.problems}
      onClose={props.onClose}
      onSubmit={async () => {
        const out = await cmd.exec('action-create', { name, type, description });
        if (out) props.onAdded(name.trim());
      }}
      intro={<p class="kl-hint">{t('actions.add.intro')}</p>}
    >
      <TextField
        label={t('actions.field.name')}
        value={name}
        onValue={setName}
        error={fieldProblem(cmd.problems, 'name')}
      />
      <Field label={t('actions.field.type')} error={fieldProblem(cmd.problems, 'type')}>
        {(id, describedBy) => (
          <select
            id={id}
            value={type}
            aria-describedby={describedBy}
            onChange={(e) => setType(e.currentTarget.value as ActionType)}
          >
            {ACTION_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`actions.type.${ty}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('catalog.field.description')}
        hint={t('catalog.field.descriptionHint')}
        error={fieldProblem(cmd.problems, 'description')}
      >
        {(id, describedBy, invalid) => (
          <textarea
            id={id}
            rows={2}
            value={description}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

/**
 * Publishes one Action to a group the actor may publish to, with the roles allowed to send
 * it. Publishing where it is already published changes its roles.
 */
export function PublishDialog(props: {
  action: OrgAction;
  targets: readonly Group[];
  onClose: () => void;
  onPublished: (group: Group) => void;
}) {
  const [groupId, setGroupId] = useState(props.targets[0]?.id ?? '');
  const [roles, setRoles] = useState<GroupRole[]>(['admin', 'member']);
  const cmd = useCommand();
  const label = actionLabel(props.action);
  return (
    <FormDialog
      title={t('actions.publish.title', { action: label })}
      submitLabel={t('actions.publish.submit')}
      busy={cmd.busy}
      disabled={!groupId}
      error={cmd.error}
      problems={cmd.problems}
      onClose={props.onClose}
      onSubmit={async () => {
        const out = await cmd.exec('action-publish', {
          groupId,
          actionId: props.action.id,
          roles,
        });
        const group = props.targets.find((g) => g.id === groupId);
        if (out && group) props.onPublished(group);
      }}
    >
      <Field label={t('actions.publish.group')} hint={t('actions.publish.groupHint')}>
        {(id, describedBy) => (
          <select
            id={id}
            value={groupId}
            aria-describedby={describedBy}
            onChange={(e) => setGroupId(e.currentTarget.value)}
          >
            {props.targets.map((g) => (
              <option key={g.id} value={g.id}>
                {g.kind === 'private' ? t('catalog.privateGroup', { name: g.name }) : g.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RolesPicker value={roles} onChange={setRoles} error={fieldProblem(cmd.problems, 'roles')} />
    </FormDialog>
  );
}
