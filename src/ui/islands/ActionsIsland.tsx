import type { Locale } from '../../domain/types';
import { Shell } from '../components/Shell';
import { ActionsPage } from '../components/catalog/ActionsPage';

/** The Actions page: the catalog, where each Action is published, publish and unpublish. */
export default function ActionsIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} compact>
      {(session) => <ActionsPage session={session} />}
    </Shell>
  );
}
