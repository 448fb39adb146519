import type { Locale } from '../../domain/types';
import { can } from '../../domain/permissions';
import { Shell } from '../portal/Shell';
import { ImportHistory } from '../imports/ImportHistory';
import { t } from '../i18n';

/** Upload Users History on its own, for the guide about jobs and error logs. */
export default function ImportHistoryIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="import-history" compact>
      {(session) =>
        can(session.actorCtx, 'org.manage') ? (
          <ImportHistory />
        ) : (
          <p class="kl-alert">{t('import.history.orgAdminsOnly')}</p>
        )
      }
    </Shell>
  );
}
