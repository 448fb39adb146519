import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { GroupsPage } from '../groups/GroupsPage';

/** The Groups page: the hierarchy, a group's page and its tabs (its address follows #groups/<id>). */
export default function GroupsIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="groups" compact>
      {(session) => <GroupsPage session={session} />}
    </Shell>
  );
}
