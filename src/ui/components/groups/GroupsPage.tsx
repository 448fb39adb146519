import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../../app/queries';
import { GroupsList } from './GroupsList';
import { GroupPage } from './GroupPage';

/** The group a `#groups/<id>` address names, if any. */
function groupFromHash(): string | undefined {
  const [section, id] = window.location.hash.slice(1).split('/');
  return section === 'groups' && id ? decodeURIComponent(id) : undefined;
}

/** The Groups section: the list of groups, or one group's page when the address names it. */
export function GroupsPage(props: { session: Session }) {
  const [groupId, setGroupId] = useState(groupFromHash);
  useEffect(() => {
    const onHash = () => setGroupId(groupFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return groupId ? (
    <GroupPage key={groupId} session={props.session} groupId={groupId} />
  ) : (
    <GroupsList session={props.session} />
  );
}

/** The address of a group's page. */
export function groupHref(groupId: string): string {
  return `#groups/${encodeURIComponent(groupId)}`;
}
