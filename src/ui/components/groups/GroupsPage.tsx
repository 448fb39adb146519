import type { Session } from '../../../app/queries';
import { t } from '../../i18n';

/** The Groups section of the portal. */
export function GroupsPage(_props: { session: Session }) {
  return <p class="kl-alert">{t('nav.comingSoon')}</p>;
}
