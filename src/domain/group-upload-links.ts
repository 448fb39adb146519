import type { Problem } from './errors';
import { preview } from './errors';
import {
  CHILD_NAME_HEADER,
  PARENT_NAME_HEADER,
  cycleThrough,
  type ParentLink,
} from './group-upload';
import type { Group } from './types';

/**
 * A group upload's planned parent links, checked again when they are applied (issue 15):
 * the plan saw the hierarchy before the upload's batches ran, and meanwhile another tab may
 * have set a parent, or made a group private, so that a planned link no longer holds.
 */

export interface LinkRecheck {
  /** The links to set, in file order. */
  apply: ParentLink[];
  /** One error per link that no longer holds, on its parent file row. */
  problems: Problem[];
}

/**
 * Checks `links` against `groups` as stored now, by the plan's rules, in file order, each
 * against the links kept before it: both groups must be organization groups (a private or
 * deleted one is out of the hierarchy), and no link may close a cycle. A link the hierarchy
 * already has is neither set again nor a problem, as in the plan.
 */
export function recheckLinks(links: readonly ParentLink[], groups: readonly Group[]): LinkRecheck {
  const byId = new Map<string, Group>();
  for (const g of groups) if (g.kind === 'organization') byId.set(g.id, g);
  const parentOf = new Map<string, string>();
  for (const g of byId.values())
    if (g.parentId !== undefined && byId.has(g.parentId)) parentOf.set(g.id, g.parentId);
  const apply: ParentLink[] = [];
  const problems: Problem[] = [];
  for (const link of links) {
    const names = { parent: link.parentName, child: link.childName };
    const gone = [
      { id: link.parentId, name: link.parentName, column: PARENT_NAME_HEADER },
      { id: link.childId, name: link.childName, column: CHILD_NAME_HEADER },
    ].find((g) => !byId.has(g.id));
    if (gone) {
      const where = { row: link.line, column: gone.column, value: preview(gone.name) };
      const params = { ...names, group: gone.name };
      problems.push({ ...where, code: 'group.upload.linkGone', params });
      continue;
    }
    const cycle = cycleThrough(parentOf, link.parentId, link.childId);
    if (cycle) {
      const chain = cycle.map((id) => byId.get(id)!.name).join(' → ');
      const where = { row: link.line, column: PARENT_NAME_HEADER, value: preview(link.parentName) };
      problems.push({ ...where, code: 'group.upload.cycleNow', params: { ...names, chain } });
      continue;
    }
    if (parentOf.get(link.childId) === link.parentId) continue;
    parentOf.set(link.childId, link.parentId);
    apply.push(link);
  }
  return { apply, problems };
}
