import type { Locale } from '../../domain/types';
import { useLive } from '../hooks';
import { locale, t } from '../i18n';
import { Templates } from '../imports/Templates';
import '../styles/lab.css';

/**
 * Templates and the offline file check. Works without an organization too: admins can
 * prepare files before any sandbox exists.
 */
export default function TemplatesIsland(props: { lang: Locale }) {
  locale.value = props.lang;
  const session = useLive('session');
  if (!session)
    return (
      <div class="kl-root kl-loading not-content" aria-busy="true">
        {t('common.loading')}
      </div>
    );
  return (
    <div class="kl-root not-content">
      <Templates session={session} />
    </div>
  );
}
