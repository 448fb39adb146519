import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { ReportsView } from '../reports/ReportsView';

/**
 * Reports (adoption, usage trends, the activity report, card results, the audit log) for the
 * guide about reports: the same view as the portal's Reports, over the sandbox's data.
 */
export default function ReportsIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="reports" compact>
      {(session) => <ReportsView session={session} />}
    </Shell>
  );
}
