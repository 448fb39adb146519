import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { Portal, preloadSection } from '../portal/Portal';
import { prefetchFirstRows } from '../directory/directory-rows';

/** The whole management portal. */
export default function PortalIsland(props: { lang: Locale }) {
  // The directory is the portal's first section: read its first rows while the session loads.
  if (['', '#directory'].includes(window.location.hash)) prefetchFirstRows();
  else preloadSection(window.location.hash);
  return (
    <Shell lang={props.lang} island="portal">
      {(session) => <Portal session={session} />}
    </Shell>
  );
}
