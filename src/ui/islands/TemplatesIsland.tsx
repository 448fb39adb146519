import type { Locale } from '../../domain/types';
import { useLive } from '../hooks';
import { usePageLocale } from '../i18n';
import { IslandLoading } from '../kit/IslandLoading';
import { Templates } from '../imports/Templates';

/**
 * Templates and the offline file check. Works without an organization too: admins can
 * prepare files before any sandbox exists.
 */
export default function TemplatesIsland(props: { lang: Locale }) {
  const ready = usePageLocale(props.lang, ['core', 'pages']);
  const session = useLive('session');
  if (!session || !ready) return <IslandLoading island="templates" />;
  return (
    <div class="kl-root not-content">
      <Templates session={session} />
    </div>
  );
}
