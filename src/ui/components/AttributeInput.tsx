import type { Attribute } from '../../domain/types';
import { Field } from './Field';
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
            <option value="yes">{t('common.yes')}</option>
            <option value="no">{t('common.no')}</option>
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
