import '../../i18n/areas';
import { useMemo, useState } from 'preact/hooks';
import type { HierarchyNode } from '../../domain/groups';
import type { ActorContext } from '../../domain/permissions';
import { t } from '../i18n';
import { groupHref } from '../routes';
import { flattenTree } from './group-tree';

/**
 * True when one of the actor's own groups sits somewhere below `node`. A group shown only as
 * the context of the actor's own starts open, so the actor's groups are on the first screen.
 */
function leadsToOwn(node: HierarchyNode): boolean {
  return node.children.some((c) => c.visible || leadsToOwn(c));
}

/**
 * The organization hierarchy as an indented list: each group with sub-groups has a button
 * that shows or hides them. Groups outside the actor's own are shown (SPEC §10: everyone
 * sees the hierarchy of the groups they see) but are not links.
 */
export function GroupTree(props: {
  forest: HierarchyNode[];
  actorCtx: ActorContext;
  pageSize: number;
}) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(props.pageSize);
  const rows = useMemo(
    () => flattenTree(props.forest, toggled, (n) => n.depth === 0 || (!n.visible && leadsToOwn(n))),
    [props.forest, toggled],
  );
  const toggle = (id: string) => {
    const next = new Set(toggled);
    if (!next.delete(id)) next.add(id);
    setToggled(next);
  };
  return (
    <>
      <ul class="kl-tree" aria-label={t('groups.hierarchy')}>
        {rows.slice(0, limit).map((row) => {
          const { group } = row;
          const role = props.actorCtx.adminOf.has(group.id)
            ? 'admin'
            : props.actorCtx.memberOf.has(group.id)
              ? 'member'
              : undefined;
          return (
            <li key={group.id} class="kl-tree__row" style={{ '--kl-depth': row.depth }}>
              {row.children > 0 ? (
                <button
                  type="button"
                  class="kl-tree__toggle"
                  aria-expanded={row.expanded}
                  aria-label={t(row.expanded ? 'groups.collapse' : 'groups.expand', {
                    name: group.name,
                  })}
                  onClick={() => toggle(group.id)}
                >
                  <span aria-hidden="true">{row.expanded ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span class="kl-tree__leaf" aria-hidden="true" />
              )}
              {row.visible ? (
                <a href={groupHref(group.id)}>{group.name}</a>
              ) : (
                <span class="kl-muted" title={t('groups.notYours')}>
                  {group.name}
                </span>
              )}
              {row.children > 0 && (
                <span class="kl-muted kl-tree__count">
                  {t('groups.subCount', { count: row.children })}
                </span>
              )}
              {role && <span class="kl-badge">{t(`role.${role}`)}</span>}
            </li>
          );
        })}
      </ul>
      {rows.length > limit && (
        <button type="button" class="kl-btn" onClick={() => setLimit(limit + props.pageSize)}>
          {t('groups.showMore', { count: rows.length - limit })}
        </button>
      )}
    </>
  );
}
