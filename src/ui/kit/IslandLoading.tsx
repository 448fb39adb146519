import { tKnown } from '../i18n';
import { reserveAttributes, type IslandName } from './island-reserve';

/**
 * An island's loading state: the same box as the page's placeholder it replaces. Its word
 * shows once the page's strings are in (they may be what it waits for).
 */
export function IslandLoading(props: { island: IslandName }) {
  return <div {...reserveAttributes(props.island)}>{tKnown('common.loading', '')}</div>;
}
