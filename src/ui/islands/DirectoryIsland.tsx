import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { Directory } from '../directory/Directory';
import { prefetchFirstRows } from '../directory/directory-rows';

/** The directory, embedded in its guide. */
export default function DirectoryIsland(props: { lang: Locale }) {
  prefetchFirstRows();
  return (
    <Shell lang={props.lang} island="directory" compact>
      {(session) => <Directory session={session} />}
    </Shell>
  );
}
