import type { Session } from '../../../app/queries';

import { t } from '../../i18n';

/** Placeholder until this part is built. */
export function GroupUploadHistory(_props: { session: Session; groupId?: string }) {
  return <p class="kl-alert">{t('nav.comingSoon')}</p>;
}
