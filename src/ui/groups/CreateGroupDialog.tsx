import '../../i18n/areas';
import { useState } from 'preact/hooks';
import type { GroupKind } from '../../domain/types';
import { useCommand } from '../hooks';
import { t } from '../i18n';
import { Dialog } from '../kit/Dialog';
import { TextField } from '../kit/Field';
import { Problems, fieldProblem } from '../kit/Problems';

/** Create Group (organization) or New private group: a name, and the creator is its admin. */
export function CreateGroupDialog(props: {
  kind: GroupKind;
  onClose: () => void;
  onCreated: (groupId: string) => void;
}) {
  const [name, setName] = useState('');
  const cmd = useCommand();
  return (
    <Dialog
      title={t(props.kind === 'private' ? 'groups.newPrivate' : 'groups.create')}
      onClose={props.onClose}
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const out = await cmd.exec('group-create', { name, kind: props.kind });
          if (out) props.onCreated(out.value.groupId);
          // Refused: Create was disabled while it ran, which drops the focus; fix the name.
          else setTimeout(() => form.querySelector<HTMLInputElement>('input')?.focus());
        }}
      >
        <p class="kl-muted">{t(`groups.createAbout.${props.kind}`)}</p>
        <Problems problems={cmd.problems} error={cmd.error} />
        <TextField
          label={t('groups.name')}
          value={name}
          onValue={setName}
          error={fieldProblem(cmd.problems, 'name')}
        />
        <div class="kl-actions">
          <button type="submit" class="kl-btn kl-btn--primary" disabled={cmd.busy}>
            {t('groups.createSubmit')}
          </button>
          <button type="button" class="kl-btn" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
