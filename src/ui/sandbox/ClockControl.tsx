import type { Session } from '../../app/kernel/client';
import { useCommand } from '../hooks';
import { Problems } from '../kit/Problems';
import { formatDate, t } from '../i18n';

/** The simulated date and Advance 30 days, so a restore window can be watched to its end. */
export function ClockControl(props: { session: Session }) {
  const cmd = useCommand();
  return (
    <div class="kl-clock">
      <p>
        {t('settings.simulatedDate')}: <strong>{formatDate(props.session.now, false)}</strong>
      </p>
      <Problems problems={[]} error={cmd.error} />
      <button
        type="button"
        class="kl-btn"
        disabled={cmd.busy}
        onClick={() => void cmd.exec('clock-advance', { days: 30 })}
      >
        {t('settings.advance30')}
      </button>
    </div>
  );
}
