import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { start, type Session } from '../../app/kernel/client';
import type { Locale } from '../../domain/types';
import { useLive } from '../hooks';
import { usePageLocale } from '../i18n';
import { ActorSwitcher } from './ActorSwitcher';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { IslandLoading } from '../kit/IslandLoading';
import type { IslandName } from '../kit/island-reserve';
import { lazy } from '../kit/lazy';

// Shown once per sandbox, before there is an organization: not part of every first load.
const Onboarding = lazy(async () => (await import('./Onboarding')).Onboarding);

/**
 * Frame of every island: sets the page language (and waits for its strings), shows onboarding until an organization
 * exists, and a bar with the acting user. `children` get the live session.
 * `not-content` keeps a guide's prose styles (margins between siblings, heading sizes) out.
 */
export function Shell(props: {
  lang: Locale;
  /** Which island this is: its loading state keeps the island's reserved height. */
  island: IslandName;
  compact?: boolean;
  children: (session: Session) => ComponentChildren;
}) {
  const ready = usePageLocale(props.lang);
  // Once per page: restore windows that ended while the tab was closed are purged, and jobs
  // a closed tab left unfinished resume.
  useEffect(() => void start(), []);
  if (!ready) return <IslandLoading island={props.island} />;
  return (
    <ErrorBoundary>
      <WithSession {...props} />
    </ErrorBoundary>
  );
}

/** The island's frame once the session is read. */
function WithSession(props: {
  island: IslandName;
  compact?: boolean;
  children: (session: Session) => ComponentChildren;
}) {
  const session = useLive('session');
  if (!session) return <IslandLoading island={props.island} />;
  if (!session.org) {
    return (
      <div class="kl-root not-content">
        <Onboarding loading={<IslandLoading island={props.island} />} />
      </div>
    );
  }
  return (
    <div class="kl-root not-content">
      {!props.compact && (
        <div class="kl-bar">
          <strong class="kl-bar__org">{session.org.name}</strong>
          <ActorSwitcher actor={session.actor} actorCtx={session.actorCtx} />
        </div>
      )}
      {props.compact && (
        <div class="kl-bar kl-bar--compact">
          <ActorSwitcher actor={session.actor} actorCtx={session.actorCtx} />
        </div>
      )}
      <ErrorBoundary>{props.children(session)}</ErrorBoundary>
    </div>
  );
}
