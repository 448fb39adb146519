import type { Session } from '../../../app/queries';
import type { Group } from '../../../domain/types';
import { t } from '../../i18n';

/** Placeholder until this part is built. */
export function GroupConnectorsTab(_props: { session: Session; group: Group }) {
  return <p class="kl-alert">{t('nav.comingSoon')}</p>;
}
