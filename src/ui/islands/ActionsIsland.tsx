import type { Locale } from '../../domain/types';
import { Shell } from '../portal/Shell';
import { ActionsPage } from '../catalog/ActionsPage';

/** The Actions page: the catalog, where each Action is published, publish and unpublish. */
export default function ActionsIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="actions" compact>
      {(session) => <ActionsPage session={session} />}
    </Shell>
  );
}
