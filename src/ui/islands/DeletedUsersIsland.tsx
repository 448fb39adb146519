import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { Directory } from '../directory/Directory';
import { prefetchFirstRows } from '../directory/directory-rows';
import { DeletedUsers } from '../directory/DeletedUsers';
import { ClockControl } from '../sandbox/ClockControl';

/** Delete from the directory, watch the deleted list and move the clock — one island. */
export default function DeletedUsersIsland(props: { lang: Locale }) {
  prefetchFirstRows();
  return (
    <Shell lang={props.lang} island="deleted-users" compact>
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
