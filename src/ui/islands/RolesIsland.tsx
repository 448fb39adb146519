import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { RolesPanel } from '../portal/RolesPanel';

/** The permission matrix for whoever the person is acting as. */
export default function RolesIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="roles" compact>
      {(session) => <RolesPanel session={session} />}
    </Shell>
  );
}
