import type { Locale } from '../../domain/types';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { locale } from '../i18n';
import { StartChoice } from '../sandbox/StartChoice';

/**
 * The landing page's Start buttons. Deliberately not the portal's Shell: the landing needs
 * the session and two commands, not onboarding, the actor switcher or the page's services.
 */
export default function StartIsland(props: { lang: Locale }) {
  locale.value = props.lang;
  return (
    <ErrorBoundary>
      <StartChoice />
    </ErrorBoundary>
  );
}
