import type { Session } from '../../../app/queries';

/** Placeholder until Export Existing Groups is built. */
export function ExportGroupsButton(_props: { session: Session }) {
  return null;
}
