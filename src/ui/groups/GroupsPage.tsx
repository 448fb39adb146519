import { useEffect, useRef } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import { useRoute } from '../routes';
import { GroupsList } from './GroupsList';
import { GroupPage } from './GroupPage';

/** The Groups section: the list of groups, or one group's page when the address names it. */
export function GroupsPage(props: { session: Session }) {
  const { groupId } = useRoute();
  const root = useRef<HTMLDivElement>(null);
  const shown = useRef(groupId);
  useEffect(() => {
    // The link pressed went with the view it was in; without this the keyboard focus falls
    // to the top of the page. In the portal the section's title takes it, in a guide the view.
    if (shown.current === groupId) return;
    shown.current = groupId;
    const title = root.current?.closest('.kl-main') && document.getElementById('kl-section-title');
    if (title) title.focus({ preventScroll: true });
    else root.current?.focus();
  }, [groupId]);
  return (
    <div ref={root} class="kl-groups-view" tabIndex={-1}>
      {groupId ? (
        <GroupPage key={groupId} session={props.session} groupId={groupId} />
      ) : (
        <GroupsList session={props.session} />
      )}
    </div>
  );
}
