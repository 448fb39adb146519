import { byName, visibleGroups } from '../../domain/groups';
import { PARENT_GROUP_TEMPLATE, USER_GROUP_TEMPLATE } from '../../domain/group-upload';
import type { ActorContext } from '../../domain/permissions';
import type { Group, GroupRole, Membership } from '../../domain/types';
import { csvFile } from '../../io/csv-write';
import { zipBlob } from '../../io/zip';
import type { LabDb } from '../../storage/db';
import { listGroups } from '../../storage/repos';
import { allMemberships } from '../../storage/group-upload-repo';

/**
 * Export Existing Groups (SPEC §7): the organization groups the actor can see, as a User
 * Group Mapping file and a Parent Group Mapping file in one zip — exactly the templates'
 * header rows, UTF-8 with BOM, CRLF, formulas escaped — so the zip's two files upload
 * again unchanged. The files hold data only: no `#` instruction lines (the reader would
 * skip them, but a spreadsheet would show them as rows).
 *
 * A group without members cannot be written in the mapping format, whose every row is a
 * member: such a group is left out and named in `skipped`, and so are links to it (a
 * re-upload could not create it). Private groups are not organization data and are never
 * exported; neither is a link to a parent the actor cannot see.
 */

export const MAPPING_FILE = 'user-group-mapping.csv';
export const PARENT_FILE = 'parent-group-mapping.csv';
export const EXPORT_FILE = 'kaizala-groups.zip';

/** The User Type words the templates use. */
const USER_TYPE: Record<GroupRole, string> = { admin: 'Admin', member: 'Member' };

export interface GroupExportRows {
  /** `Group Name, Phone Number, User Type` rows: groups by name, admins first, then by number. */
  mapping: string[][];
  /** `Parent Group Name, Child Group Name` rows, by child name. */
  parents: string[][];
  /** Groups written (each has at least one member). */
  groups: number;
  /** Names of visible groups left out because they have no members. */
  skipped: string[];
}

/** The rows of both files for the groups with ids in `visible`. Pure. */
export function groupExportRows(
  groups: readonly Group[],
  memberships: readonly Membership[],
  visible: ReadonlySet<string>,
): GroupExportRows {
  const chosen = groups.filter((g) => g.kind === 'organization' && visible.has(g.id)).sort(byName);
  const membersOf = new Map<string, Membership[]>();
  for (const m of memberships) {
    const list = membersOf.get(m.groupId);
    if (list) list.push(m);
    else membersOf.set(m.groupId, [m]);
  }
  const mapping: string[][] = [];
  const skipped: string[] = [];
  const written = new Map<string, Group>();
  for (const g of chosen) {
    const members = membersOf.get(g.id);
    if (!members || members.length === 0) {
      skipped.push(g.name);
      continue;
    }
    written.set(g.id, g);
    members.sort((a, b) =>
      a.role !== b.role ? (a.role === 'admin' ? -1 : 1) : a.phone < b.phone ? -1 : 1,
    );
    for (const m of members) mapping.push([g.name, m.phone, USER_TYPE[m.role]]);
  }
  const parents: string[][] = [];
  for (const child of written.values()) {
    const parent = child.parentId === undefined ? undefined : written.get(child.parentId);
    if (parent) parents.push([parent.name, child.name]);
  }
  return { mapping, parents, groups: written.size, skipped };
}

export interface GroupExport extends Omit<GroupExportRows, 'mapping' | 'parents'> {
  blob: Blob;
  fileName: string;
  memberships: number;
  links: number;
}

/** The zip of Export Existing Groups, for the groups `actor` can see (org admins: all). */
export async function exportGroups(db: LabDb, actor: ActorContext): Promise<GroupExport> {
  const [groups, memberships] = await Promise.all([listGroups(db), allMemberships(db)]);
  const visible = new Set(visibleGroups(actor, groups, memberships).organization.map((g) => g.id));
  const rows = groupExportRows(groups, memberships, visible);
  const blob = await zipBlob([
    { name: MAPPING_FILE, data: csvFile([USER_GROUP_TEMPLATE, ...rows.mapping]) },
    { name: PARENT_FILE, data: csvFile([PARENT_GROUP_TEMPLATE, ...rows.parents]) },
  ]);
  return {
    blob,
    fileName: EXPORT_FILE,
    groups: rows.groups,
    skipped: rows.skipped,
    memberships: rows.mapping.length,
    links: rows.parents.length,
  };
}
