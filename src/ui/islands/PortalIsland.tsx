import type { Locale } from '../../domain/types';
import { Shell } from '../components/Shell';
import { Portal } from '../components/Portal';

/** The whole management portal. */
export default function PortalIsland(props: { lang: Locale }) {
  return <Shell lang={props.lang}>{(session) => <Portal session={session} />}</Shell>;
}
