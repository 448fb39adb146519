import type { HierarchyNode } from '../../domain/groups';
import type { Group } from '../../domain/types';

/** One line of the hierarchy as the page shows it. */
export interface TreeRow {
  group: Group;
  depth: number;
  /** False for a parent or sub-group shown only as part of a visible group's hierarchy. */
  visible: boolean;
  /** Number of sub-groups shown under it when expanded. */
  children: number;
  expanded: boolean;
}

/**
 * The hierarchy flattened into lines, children under expanded groups only. `expanded`
 * holds the ids the person opened or closed; `openByDefault` says whether a group not in it
 * is open (top-level groups are, so the first screen shows two levels).
 */
export function flattenTree(
  forest: readonly HierarchyNode[],
  toggled: ReadonlySet<string>,
  openByDefault: (node: HierarchyNode) => boolean,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (node: HierarchyNode) => {
    const open = node.children.length > 0 && openByDefault(node) !== toggled.has(node.group.id);
    rows.push({
      group: node.group,
      depth: node.depth,
      visible: node.visible,
      children: node.children.length,
      expanded: open,
    });
    if (open) for (const c of node.children) walk(c);
  };
  for (const root of forest) walk(root);
  return rows;
}

/** `Warehouse North › North — night shift`: the names above a group, top first. */
export function pathOf(group: Group, byId: ReadonlyMap<string, Group>): string[] {
  const names: string[] = [];
  const seen = new Set([group.id]);
  for (let p = group.parentId && byId.get(group.parentId); p && !seen.has(p.id);) {
    seen.add(p.id);
    names.unshift(p.name);
    p = p.parentId ? byId.get(p.parentId) : undefined;
  }
  return names;
}
