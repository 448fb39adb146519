import { useEffect } from 'preact/hooks';
import type { Locale } from '../../domain/types';
import { start } from '../../app/kernel/client';
import { useLive } from '../hooks';
import { usePageLocale } from '../i18n';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { IslandLoading } from '../kit/IslandLoading';
import { Practice } from '../practice/Practice';

/**
 * The practice page. Works with an empty sandbox too: an exercise's Start sets up its own
 * organization, so there is no onboarding here.
 */
export default function PracticeIsland(props: { lang: Locale }) {
  const ready = usePageLocale(props.lang);
  useEffect(() => void start(), []);
  if (!ready) return <IslandLoading island="practice" />;
  return (
    <ErrorBoundary>
      <WithSession />
    </ErrorBoundary>
  );
}

function WithSession() {
  const session = useLive('session');
  if (!session) return <IslandLoading island="practice" />;
  return (
    <div class="kl-root not-content">
      <ErrorBoundary>
        <Practice session={session} />
      </ErrorBoundary>
    </div>
  );
}
