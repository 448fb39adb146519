import { t } from '../i18n';
import { reserveAttributes, type IslandName } from './island-reserve';

/** An island's loading state: the same box as the page's placeholder it replaces. */
export function IslandLoading(props: { island: IslandName }) {
  return <div {...reserveAttributes(props.island)}>{t('common.loading')}</div>;
}
