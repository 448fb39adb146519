import { groupNameKey, type HierarchyNode } from '../../domain/groups';
import type { ActorContext } from '../../domain/permissions';
import type { Group, GroupKind } from '../../domain/types';
import type { GroupsView } from './queries';

/**
 * What the Groups page shows of a `GroupsView`: only the lines on screen. The view of 10,000
 * groups stays in the groups worker (groups.worker.ts); the page gets a window of it.
 */

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

/** A group of a flat list, with the names above it (`Warehouse North › North — night shift`). */
export interface ListRow {
  group: Group;
  path: string[];
}

/** What the page asks for: a tab, the filter typed, the groups opened or closed, how many lines. */
export interface GroupsWindowRequest {
  tab: GroupKind;
  filter: string;
  /** Ids of the groups whose open state the person changed (see `flattenTree`). */
  toggled: string[];
  limit: number;
}

/** Lines the page shows at first, and adds with each "Show more". */
export const GROUPS_PAGE = 200;

/** What a page opened on the Groups page asks for first. */
export const FIRST_REQUEST: GroupsWindowRequest = {
  tab: 'organization',
  filter: '',
  toggled: [],
  limit: GROUPS_PAGE,
};

/** Whether `request` is `FIRST_REQUEST`. */
export function isFirstRequest(request: GroupsWindowRequest): boolean {
  return (
    request.tab === FIRST_REQUEST.tab &&
    request.filter === '' &&
    request.toggled.length === 0 &&
    request.limit === FIRST_REQUEST.limit
  );
}

/**
 * Everything about the actor a window depends on (the groups aside), as one string: first
 * lines stored for one actor are shown only to the same actor with the same roles.
 */
export function actorKey(actor: ActorContext): string {
  const ids = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort();
  return JSON.stringify([
    actor.phone,
    actor.orgAdmin,
    ids(actor.adminOf),
    ids(actor.memberOf),
    ids(actor.privateGroups),
  ]);
}

/** The first lines as stored (see `GROUPS_FIRST`): whose they are, and the lines. */
export interface StoredFirstWindow {
  actor: string;
  window: GroupsWindow;
}

/** The lines of a request, at most `limit` of them, and how many there are in all. */
export interface GroupsWindow {
  /** How many groups each tab holds (an empty tab says so). */
  counts: Record<GroupKind, number>;
  /** The hierarchy: on the Organization tab without a filter. */
  tree?: { rows: TreeRow[]; total: number };
  /** The groups matching the filter, or the Private tab's groups. */
  list?: { rows: ListRow[]; total: number };
}

/**
 * The hierarchy flattened into lines, children under expanded groups only. `toggled`
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

/**
 * True when one of the actor's own groups sits somewhere below `node`. A group shown only as
 * the context of the actor's own starts open, so the actor's groups are on the first screen.
 */
function leadsToOwn(node: HierarchyNode): boolean {
  return node.children.some((c) => c.visible || leadsToOwn(c));
}

/** What one view needs again for every window asked of it, worked out once. */
interface ViewIndex {
  byId: Map<string, Group>;
  nameKeys: Map<string, string>;
}
const indexes = new WeakMap<GroupsView, ViewIndex>();
function indexOf(view: GroupsView): ViewIndex {
  let index = indexes.get(view);
  if (!index) {
    index = { byId: new Map(view.groups.map((g) => [g.id, g])), nameKeys: new Map() };
    indexes.set(view, index);
  }
  return index;
}

function nameKey(index: ViewIndex, group: Group): string {
  let key = index.nameKeys.get(group.id);
  if (key === undefined) index.nameKeys.set(group.id, (key = groupNameKey(group.name)));
  return key;
}

/**
 * The window of `view` that `request` asks for: with a filter, the tab's groups whose name
 * contains it; else the Organization tab's hierarchy or the Private tab's groups.
 */
export function groupsWindow(view: GroupsView, request: GroupsWindowRequest): GroupsWindow {
  const counts = { organization: view.organization.length, private: view.private.length };
  const limit = Math.max(0, request.limit);
  const index = indexOf(view);
  const listOf = (groups: readonly Group[], paths = true) => ({
    rows: groups
      .slice(0, limit)
      .map((group) => ({ group, path: paths ? pathOf(group, index.byId) : [] })),
    total: groups.length,
  });
  const key = groupNameKey(request.filter);
  if (key !== '') {
    const shown = view[request.tab];
    return { counts, list: listOf(shown.filter((g) => nameKey(index, g).includes(key))) };
  }
  // The Private tab lists its groups alone: a private group has no hierarchy to show.
  if (request.tab === 'private') return { counts, list: listOf(view.private, false) };
  const rows = flattenTree(
    view.forest,
    new Set(request.toggled),
    (n) => n.depth === 0 || (!n.visible && leadsToOwn(n)),
  );
  return { counts, tree: { rows: rows.slice(0, limit), total: rows.length } };
}
