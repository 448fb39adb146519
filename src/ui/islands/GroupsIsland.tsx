import type { Locale } from '../../domain/types';
import { Shell } from '../components/Shell';
import { GroupsPage } from '../components/groups/GroupsPage';

/** The Groups page: the hierarchy, a group's page and its tabs (its address follows #groups/<id>). */
export default function GroupsIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} compact>
      {(session) => <GroupsPage session={session} />}
    </Shell>
  );
}
