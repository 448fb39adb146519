import { useEffect, useRef } from 'preact/hooks';
import { preloadQuery, startGroups, type Session } from '../../app/kernel/client';
import { SECTIONS, parseRoute, sectionHref, useRoute } from '../routes';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { Directory } from '../directory/Directory';
import { t } from '../i18n';
import { can } from '../../domain/permissions';
import { lazy } from '../kit/lazy';
import { prefetchAdoption } from '../reports/prefetch';

// Sections other than the directory load their code when first opened.
const loadGroupsPage = async () => (await import('../groups/GroupsPage')).GroupsPage;
const GroupsPage = lazy(loadGroupsPage);

/**
 * Starts loading the code of the section the address opens, while the session is still
 * being read, so a page opened on `#groups` does not wait for it afterwards (nor for the
 * groups worker's first reading).
 */
export function preloadSection(hash: string): void {
  const { section, groupId } = parseRoute(hash);
  if (section === 'groups') {
    void loadGroupsPage();
    // The list's groups are read by the groups worker; a group's page reads them here.
    if (groupId === undefined) startGroups();
    else preloadQuery('groups');
  }
  if (section === 'reports') {
    void loadReportsView();
    prefetchAdoption();
  }
  if (section === 'settings') void loadSettings();
}
const ActionsPage = lazy(async () => (await import('../catalog/ActionsPage')).ActionsPage);
const ConnectorsPage = lazy(async () => (await import('../catalog/ConnectorsPage')).ConnectorsPage);
const loadReportsView = async () => (await import('../reports/ReportsView')).ReportsView;
const ReportsView = lazy(loadReportsView);
const loadSettings = async () => (await import('../sandbox/Settings')).Settings;
const Settings = lazy(loadSettings);

/** The management portal: left navigation and the chosen section. The hash keeps the section. */
export function Portal(props: { session: Session }) {
  const { section } = useRoute();
  const shown = useRef(section);
  useEffect(() => {
    // Only a change of section moves the focus; on page load it stays at the top of the page.
    if (shown.current === section) return;
    shown.current = section;
    document.getElementById('kl-section-title')?.focus({ preventScroll: true });
  }, [section]);
  return (
    <div class="kl-portal">
      <nav class="kl-nav" aria-label={t('nav.label')}>
        <ul>
          {/* Members have no Reports (SPEC §8); opened by address, it says why. */}
          {SECTIONS.filter(
            (s) => s !== 'reports' || can(props.session.actorCtx, 'reports.see'),
          ).map((s) => (
            <li key={s}>
              <a href={sectionHref(s)} aria-current={section === s ? 'page' : undefined}>
                {t(`nav.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* Not a landmark of its own: the lab page's frame is the page's one main (LabPage). */}
      <div class="kl-main" id="kl-main">
        <h2 id="kl-section-title" tabIndex={-1}>
          {t(`nav.${section}`)}
        </h2>
        {/* A section that fails says so with Retry; the navigation keeps working. */}
        <ErrorBoundary key={section}>
          {section === 'directory' && <Directory session={props.session} />}
          {section === 'settings' && <Settings session={props.session} />}
          {section === 'groups' && <GroupsPage session={props.session} />}
          {section === 'actions' && <ActionsPage session={props.session} />}
          {section === 'connectors' && <ConnectorsPage session={props.session} />}
          {section === 'reports' && <ReportsView session={props.session} />}
        </ErrorBoundary>
      </div>
    </div>
  );
}
