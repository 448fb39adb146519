import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { RetryAlert } from './RetryAlert';

/**
 * A component whose code loads the first time it is shown, so the portal's first load
 * carries only what the first screen needs. Code that cannot load (offline, or a new
 * release replaced it) says so with Retry (`retry`). `loading` is shown meanwhile (by
 * default a line saying so): an island's first screen keeps its reserved box with it.
 */
export function lazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P & { loading?: ComponentChildren }> {
  let loaded: ComponentType<P> | undefined;
  return function Lazy({ loading, ...rest }: P & { loading?: ComponentChildren }) {
    const props = rest as P;
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
    return loading ?? <p class="kl-muted">{t('common.loading')}</p>;
  };
}
