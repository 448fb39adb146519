import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { ImportHistory } from '../imports/ImportHistory';

/** Upload Users History on its own, for the guide about jobs and error logs. */
export default function ImportHistoryIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} compact>
      {(session) => <ImportHistory session={session} />}
    </Shell>
  );
}
