import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { RetryAlert } from './RetryAlert';

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
        <RetryAlert
          error={failed}
          onRetry={() => {
            setFailed(undefined);
            setAttempt((n) => n + 1);
          }}
        />
      );
    return <p class="kl-muted">{t('common.loading')}</p>;
  };
}
