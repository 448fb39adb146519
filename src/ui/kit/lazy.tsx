import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../hooks';
import { t } from '../i18n';
import { retry } from './retry';

/**
 * A component whose code loads the first time it is shown, so the portal's first load
 * carries only what the first screen needs. Code that cannot load (offline, or a new
 * release replaced it) says so with Retry (`retry`).
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState<unknown>();
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (Component) return;
      let live = true;
      load().then(
        (c) => {
          loaded = c;
          if (live) setComponent(() => c);
        },
        (error: unknown) => live && setFailed(error),
      );
      return () => void (live = false);
    }, [attempt]);
    if (Component) return <Component {...props} />;
    if (failed !== undefined)
      return (
        <div class="kl-alert kl-alert--error" role="alert">
          <p>{errorText(failed)}</p>
          <button
            type="button"
            class="kl-btn kl-btn--small"
            onClick={() =>
              retry(failed, () => {
                setFailed(undefined);
                setAttempt((a) => a + 1);
              })
            }
          >
            {t('common.retry')}
          </button>
        </div>
      );
    return <p class="kl-muted">{t('common.loading')}</p>;
  };
}
