import '../../i18n/areas';
import { useRef, useState } from 'preact/hooks';
import type { GroupMembersAddResult } from '../../app/kernel/client';
import type { Group, GroupRole } from '../../domain/types';
import { useCommand } from '../hooks';
import { t } from '../i18n';
import { FormDialog } from '../kit/FormDialog';
import { Field } from '../kit/Field';
import { RegionSelect } from '../kit/RegionSelect';
import { ListOutcomes, countOutcomes } from '../kit/ListOutcomes';

/** Users tab → Add via Phone Number: one or more numbers, a region to read them, a role. */
export function AddMembersDialog(props: { group: Group; region: string; onClose: () => void }) {
  const [region, setRegion] = useState(props.region);
  const [text, setText] = useState('');
  const [role, setRole] = useState<GroupRole>('member');
  const [result, setResult] = useState<GroupMembersAddResult | undefined>();
  const cmd = useCommand();
  const numbers = useRef<HTMLTextAreaElement>(null);
  return (
    <FormDialog
      title={t('group.add.title', { group: props.group.name })}
      submitLabel={t('group.add.submit')}
      closeLabel={t('common.close')}
      busy={cmd.busy}
      error={cmd.error}
      problems={cmd.problems}
      onClose={props.onClose}
      wide
      onSubmit={async () => {
        setResult(undefined);
        const out = await cmd.exec('group-members-add', {
          groupId: props.group.id,
          text,
          region,
          role,
        });
        if (out) {
          setResult(out.value);
          // What is left to fix is what was not added: the numbers stay for another try.
          setText(
            out.value.outcomes.flatMap((o) => (o.status === 'invalid' ? [o.raw] : [])).join(', '),
          );
        }
        // Add is disabled while it runs, which drops the focus: go on typing numbers (or
        // fixing the ones the problems name).
        setTimeout(() => numbers.current?.focus());
      }}
    >
      {result && (
        <ListOutcomes
          outcomes={result.outcomes}
          summary={t('group.add.done', {
            ...countOutcomes(result.outcomes),
            created: result.created.length,
          })}
          describe={(o) =>
            t(
              o.status === 'present'
                ? 'group.add.outcome.present'
                : result.created.includes(o.phone)
                  ? 'group.add.outcome.created'
                  : 'group.add.outcome.added',
              { phone: o.phone },
            )
          }
        />
      )}
      <Field label={t('field.region')} hint={t('add.regionHint')}>
        {(id, d) => <RegionSelect id={id} value={region} onChange={setRegion} describedBy={d} />}
      </Field>
      <Field
        label={t('group.add.numbers')}
        hint={t(props.group.kind === 'private' ? 'group.add.hintPrivate' : 'group.add.hint')}
      >
        {(id, d, invalid) => (
          <textarea
            ref={numbers}
            id={id}
            rows={3}
            value={text}
            aria-describedby={d}
            aria-invalid={invalid || cmd.problems.length > 0}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="kl-segmented">
        <legend>{t('group.add.role')}</legend>
        {(['member', 'admin'] as const).map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="kl-member-role"
              checked={role === r}
              onChange={() => setRole(r)}
            />
            {t(`role.${r}`)}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
