import '../../i18n/areas';
import type { TreeRow } from '../../app/kernel/client';
import type { ActorContext } from '../../domain/permissions';
import { t } from '../i18n';
import { groupHref } from '../routes';

/**
 * The organization hierarchy as an indented list: each group with sub-groups has a button
 * that shows or hides them. Groups outside the actor's own are shown (SPEC §10: everyone
 * sees the hierarchy of the groups they see) but are not links. The lines come worked out
 * from the groups worker (`rows`, the first of `total`).
 */
export function GroupTree(props: {
  rows: readonly TreeRow[];
  total: number;
  actorCtx: ActorContext;
  onToggle: (groupId: string) => void;
  onMore: () => void;
}) {
  const { rows } = props;
  return (
    <>
      <ul class="kl-tree" aria-label={t('groups.hierarchy')}>
        {rows.map((row) => {
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
                  onClick={() => props.onToggle(group.id)}
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
      {props.total > rows.length && (
        <button type="button" class="kl-btn" onClick={props.onMore}>
          {t('groups.showMore', { count: props.total - rows.length })}
        </button>
      )}
    </>
  );
}
