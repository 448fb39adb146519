import type { Locale } from '../../domain/types';
import { can } from '../../domain/permissions';
import { Shell } from '../portal/Shell';
import { ManageAttributes } from '../directory/ManageAttributes';

/** Manage Attributes, embedded in its guide. */
export default function AttributesIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="attributes" compact>
      {(session) => (
        <ManageAttributes
          attributes={session.attributes}
          canManage={can(session.actorCtx, 'org.manage')}
        />
      )}
    </Shell>
  );
}
