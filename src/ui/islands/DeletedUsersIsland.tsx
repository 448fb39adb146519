import type { Locale } from '../../domain/types';
import { Shell } from '../components/Shell';
import { Directory } from '../components/Directory';
import { prefetchFirstRows } from '../components/directory-rows';
import { DeletedUsers } from '../components/DeletedUsers';
import { ClockControl } from '../components/ClockControl';

/** Delete from the directory, watch the deleted list and move the clock — one island. */
export default function DeletedUsersIsland(props: { lang: Locale }) {
  prefetchFirstRows();
  return (
    <Shell lang={props.lang} compact>
      {(session) => (
        <>
          <Directory session={session} />
          <DeletedUsers session={session} />
          <ClockControl session={session} />
        </>
      )}
    </Shell>
  );
}
