import type { Locale } from '../../domain/types';
import { Shell } from '../components/Shell';
import { Directory } from '../components/Directory';
import { prefetchFirstRows } from '../components/directory-rows';

/** The directory, embedded in its guide. */
export default function DirectoryIsland(props: { lang: Locale }) {
  prefetchFirstRows();
  return (
    <Shell lang={props.lang} compact>
      {(session) => <Directory session={session} />}
    </Shell>
  );
}
