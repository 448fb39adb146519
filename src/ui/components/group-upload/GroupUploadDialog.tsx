import type { Session } from '../../../app/queries';

import { t } from '../../i18n';

/** Placeholder until this part is built. */
export function GroupUploadDialog(_props: {
  session: Session;
  groupId?: string;
  onClose: () => void;
}) {
  return <p class="kl-alert">{t('nav.comingSoon')}</p>;
}
