import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { ConnectorsPage } from '../catalog/ConnectorsPage';

/** The Connectors page: register, list, deactivate. */
export default function ConnectorsIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="connectors" compact>
      {(session) => <ConnectorsPage session={session} />}
    </Shell>
  );
}
