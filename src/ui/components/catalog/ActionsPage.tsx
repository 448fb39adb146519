import type { Session } from '../../../app/queries';

import { t } from '../../i18n';

/** Placeholder until this part is built. */
export function ActionsPage(_props: { session: Session }) {
  return <p class="kl-alert">{t('nav.comingSoon')}</p>;
}
