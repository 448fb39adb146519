import type { LabDb } from './db';
import type { Membership } from '../domain/types';

/** What the bulk group upload stores and reads beyond the common repositories. */

/** Where a group upload's parent file is stored, beside its mapping file (under the job id). */
export function parentFileKey(jobId: string): string {
  return `${jobId}#parent`;
}

/** Every membership of every group, read in one request (the upload plans against all of them). */
export function allMemberships(db: LabDb): Promise<Membership[]> {
  return db.memberships.toArray();
}

/** The memberships with these `[groupId, phone]` keys (undefined where there is none). */
export function getMemberships(
  db: LabDb,
  keys: ReadonlyArray<[string, string]>,
): Promise<Array<Membership | undefined>> {
  return db.memberships.bulkGet([...keys]);
}

/** Numbers of users in the restore window: an upload must not add them to groups. */
export async function deletedPhones(db: LabDb): Promise<string[]> {
  return db.users.where('deletedAt').above(0).primaryKeys();
}
