import '../../i18n/areas';
import type { GroupRole } from '../../domain/types';
import { t } from '../i18n';

/**
 * Checkboxes Admin and Member: who may send a published Action. A fieldset with a legend,
 * so screen readers announce the question with each box.
 */
export function RolesPicker(props: {
  value: readonly GroupRole[];
  onChange: (roles: GroupRole[]) => void;
  error?: string | undefined;
  legend?: string;
}) {
  const toggle = (role: GroupRole, on: boolean) =>
    props.onChange(
      (['admin', 'member'] as const).filter((r) => (r === role ? on : props.value.includes(r))),
    );
  return (
    <fieldset
      class={
        props.error
          ? 'kl-checklist kl-roles-picker kl-field--invalid'
          : 'kl-checklist kl-roles-picker'
      }
    >
      <legend>{props.legend ?? t('actions.roles')}</legend>
      {(['admin', 'member'] as const).map((role) => (
        <label key={role}>
          <input
            type="checkbox"
            checked={props.value.includes(role)}
            onChange={(e) => toggle(role, e.currentTarget.checked)}
          />
          {t(`actions.roles.${role}`)}
        </label>
      ))}
      {props.error && <p class="kl-field__error">{props.error}</p>}
    </fieldset>
  );
}
