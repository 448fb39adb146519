import '../../i18n/areas';
import { useState } from 'preact/hooks';
import type { GroupKind } from '../../domain/types';
import { useCommand } from '../hooks';
import { t } from '../i18n';
import { FormDialog } from '../kit/FormDialog';
import { TextField } from '../kit/Field';
import { fieldProblem } from '../kit/Problems';

/** Create Group (organization) or New private group: a name, and the creator is its admin. */
export function CreateGroupDialog(props: {
  kind: GroupKind;
  onClose: () => void;
  onCreated: (groupId: string) => void;
}) {
  const [name, setName] = useState('');
  const cmd = useCommand();
  return (
    <FormDialog
      title={t(props.kind === 'private' ? 'groups.newPrivate' : 'groups.create')}
      submitLabel={t('groups.createSubmit')}
      busy={cmd.busy}
      error={cmd.error}
      problems={cmd.problems}
      onClose={props.onClose}
      onSubmit={async () => {
        const out = await cmd.exec('group-create', { name, kind: props.kind });
        if (out) props.onCreated(out.value.groupId);
      }}
      intro={<p class="kl-muted">{t(`groups.createAbout.${props.kind}`)}</p>}
    >
      <TextField
        label={t('groups.name')}
        value={name}
        onValue={setName}
        error={fieldProblem(cmd.problems, 'name')}
      />
    </FormDialog>
  );
}
