import type { Attribute } from '../../domain/types';
import { formatAttributeValue } from '../../domain/attributes';
import type { Problem } from '../../domain/errors';
import { fieldProblem } from '../kit/Problems';
import { Field } from '../kit/Field';
import { t } from '../i18n';

/** An input for one attribute value, typed by the attribute; text is parsed by the command. */
export function AttributeInput(props: {
  attribute: Attribute;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const a = props.attribute;
  const label = `${a.name}${a.mandatory ? ' *' : ''}`;
  return (
    <Field label={label} error={props.error} hint={t(`attribute.hint.${a.type}`)}>
      {(id, d, inv) =>
        a.type === 'yesno' ? (
          <select
            id={id}
            value={props.value}
            aria-describedby={d}
            aria-invalid={inv}
            onChange={(e) => props.onChange(e.currentTarget.value)}
          >
            <option value="">{t('common.noValue')}</option>
            {/* The values are what the files write, so a stored value selects its option. */}
            <option value={formatAttributeValue(true)}>{t('common.yes')}</option>
            <option value={formatAttributeValue(false)}>{t('common.no')}</option>
          </select>
        ) : (
          <input
            id={id}
            value={props.value}
            aria-required={a.mandatory}
            inputMode={a.type === 'number' ? 'decimal' : undefined}
            aria-describedby={d}
            aria-invalid={inv}
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

/** One input per attribute, with each field's problem under it (forms that add or edit a user). */
export function AttributeFields(props: {
  attributes: readonly Attribute[];
  values: Record<string, string>;
  problems: readonly Problem[];
  onChange: (values: Record<string, string>) => void;
}) {
  return (
    <>
      {props.attributes.map((a) => (
        <AttributeInput
          key={a.id}
          attribute={a}
          value={props.values[a.id] ?? ''}
          error={fieldProblem(props.problems, a.name)}
          onChange={(v) => props.onChange({ ...props.values, [a.id]: v })}
        />
      ))}
    </>
  );
}
