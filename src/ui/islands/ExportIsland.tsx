import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { ExportPanel } from '../exports/ExportPanel';

/** Export Users and its history, for the guide about exporting users. */
export default function ExportIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="export" compact>
      {(session) => <ExportPanel session={session} />}
    </Shell>
  );
}
