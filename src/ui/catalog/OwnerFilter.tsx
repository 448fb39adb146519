import '../../i18n/areas';
import { t } from '../i18n';

export type OwnerFilterValue = 'all' | 'mine';

/** All / Mine: the radio pair the Actions and Connectors pages filter their lists with. */
export function OwnerFilter(props: {
  /** Radio group name, unique on the page. */
  name: string;
  value: OwnerFilterValue;
  onChange: (value: OwnerFilterValue) => void;
  label: (value: OwnerFilterValue) => string;
}) {
  return (
    <div class="kl-segmented" role="radiogroup" aria-label={t('catalog.filter')}>
      {(['all', 'mine'] as const).map((f) => (
        <label key={f}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === f}
            onChange={() => props.onChange(f)}
          />
          {props.label(f)}
        </label>
      ))}
    </div>
  );
}
