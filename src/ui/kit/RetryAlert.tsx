import { errorText } from '../hooks';
import { t } from '../i18n';
import { retry } from './retry';

/**
 * What a part of the page that failed shows instead of itself: the message, and Retry
 * (`retry`: in place, or a reload for code that could not load).
 */
export function RetryAlert(props: { error: unknown; onRetry: () => void }) {
  return (
    <div class="kl-alert kl-alert--error" role="alert">
      <p>{errorText(props.error)}</p>
      <button
        type="button"
        class="kl-btn kl-btn--small"
        onClick={() => retry(props.error, props.onRetry)}
      >
        {t('common.retry')}
      </button>
    </div>
  );
}
