import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * A component whose code loads the first time it is shown, so the portal's first load
 * carries only what the first screen needs.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return;
      void load().then((c) => {
        loaded = c;
        setComponent(() => c);
      });
    }, []);
    return Component ? <Component {...props} /> : <p class="kl-muted">{t('common.loading')}</p>;
  };
}
