import type { Locale } from '../../domain/types';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { usePageLocale } from '../i18n';
import { StartChoice } from '../sandbox/StartChoice';
import { IslandLoading } from '../kit/IslandLoading';

/**
 * The landing page's Start buttons. Deliberately not the portal's Shell: the landing needs
 * the session and two commands, not onboarding, the actor switcher or the page's services.
 */
export default function StartIsland(props: { lang: Locale }) {
  // Its strings load in a moment; the buttons' reserved box holds the place meanwhile.
  if (!usePageLocale(props.lang, ['core', 'pages'])) return <IslandLoading island="start" />;
  return (
    <ErrorBoundary>
      <StartChoice />
    </ErrorBoundary>
  );
}
