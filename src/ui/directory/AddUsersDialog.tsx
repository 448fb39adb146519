import { useRef, useState } from 'preact/hooks';
import type { Attribute, Network } from '../../domain/types';
import type { ListOutcome } from '../../app/kernel/client';
import { useCommand } from '../hooks';
import { Dialog } from '../kit/Dialog';
import { Field, TextField } from '../kit/Field';
import { fieldProblem } from '../kit/Problems';
import { Form } from '../kit/FormDialog';
import { RegionSelect } from '../kit/RegionSelect';
import { AttributeFields } from './AttributeInput';
import { ListOutcomes, countOutcomes } from '../kit/ListOutcomes';
import { t } from '../i18n';

/** Add Users: one user with attribute values, or a comma-separated list of numbers. */
export function AddUsersDialog(props: {
  network: Network;
  region: string;
  attributes: Attribute[];
  onClose: () => void;
}) {
  const [mode, setMode] = useState<'one' | 'list'>('one');
  const [region, setRegion] = useState(props.region);
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [list, setList] = useState('');
  const [outcomes, setOutcomes] = useState<ListOutcome[] | undefined>();
  const [added, setAdded] = useState<string | undefined>();
  const result = useRef<HTMLParagraphElement>(null);
  const cmd = useCommand();
  const networkName = t(`network.${props.network}`);
  return (
    <Dialog title={t('add.title', { network: networkName })} onClose={props.onClose} wide>
      <div class="kl-segmented" role="radiogroup" aria-label={t('add.mode')}>
        {(['one', 'list'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="kl-add-mode"
              checked={mode === m}
              onChange={() => {
                setMode(m);
                cmd.reset();
              }}
            />
            {t(`add.mode.${m}`)}
          </label>
        ))}
      </div>
      <Field label={t('field.region')} hint={t('add.regionHint')}>
        {(id, d) => <RegionSelect id={id} value={region} onChange={setRegion} describedBy={d} />}
      </Field>
      {mode === 'one' ? (
        <Form
          submitLabel={t('add.submitOne')}
          closeLabel={t('common.close')}
          onClose={props.onClose}
          busy={cmd.busy}
          error={cmd.error}
          problems={cmd.problems}
          onSubmit={async () => {
            const out = await cmd.exec('user-add', {
              phone,
              region,
              name,
              network: props.network,
              attrs: values,
            });
            if (out) {
              setAdded(out.value.phone);
              setPhone('');
              setName('');
              setValues({});
              // The result sits above the fields, out of sight in a dialog scrolled to its
              // button: it takes the focus (and so comes into view); the phone field is next.
              setTimeout(() => result.current?.focus());
            }
          }}
        >
          {added && (
            <p class="kl-alert kl-alert--ok" role="status" tabIndex={-1} ref={result}>
              {t('add.added', { phone: added })}
            </p>
          )}
          <TextField
            label={t('field.phone')}
            error={fieldProblem(cmd.problems, 'phone')}
            value={phone}
            onValue={setPhone}
            inputMode="tel"
          />
          <TextField
            label={t('field.name')}
            error={fieldProblem(cmd.problems, 'name')}
            value={name}
            onValue={setName}
          />
          <AttributeFields
            attributes={props.attributes}
            values={values}
            problems={cmd.problems}
            onChange={setValues}
          />
        </Form>
      ) : (
        <Form
          submitLabel={t('add.submitList')}
          closeLabel={t('common.close')}
          onClose={props.onClose}
          busy={cmd.busy}
          error={cmd.error}
          problems={cmd.problems}
          onSubmit={async () => {
            const out = await cmd.exec('user-add-list', {
              text: list,
              region,
              network: props.network,
            });
            setOutcomes(out?.value);
          }}
          after={
            outcomes && (
              <ListOutcomes
                outcomes={outcomes}
                summary={t('add.summary', countOutcomes(outcomes))}
                describe={(o) => t(`add.outcome.${o.status}`, { phone: o.phone })}
              />
            )
          }
        >
          <Field label={t('add.list')} hint={t('add.listHint')}>
            {(id, d) => (
              <textarea
                id={id}
                rows={3}
                value={list}
                aria-describedby={d}
                onInput={(e) => setList(e.currentTarget.value)}
              />
            )}
          </Field>
        </Form>
      )}
    </Dialog>
  );
}
