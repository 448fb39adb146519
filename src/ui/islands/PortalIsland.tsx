import type { Locale } from '../../domain/types';
import { Shell } from '../components/Shell';
import { Portal, preloadSection } from '../components/Portal';
import { prefetchFirstRows } from '../components/directory-rows';

/** The whole management portal. */
export default function PortalIsland(props: { lang: Locale }) {
  // The directory is the portal's first section: read its first rows while the session loads.
  if (['', '#directory'].includes(window.location.hash)) prefetchFirstRows();
  else preloadSection(window.location.hash);
  return <Shell lang={props.lang}>{(session) => <Portal session={session} />}</Shell>;
}
