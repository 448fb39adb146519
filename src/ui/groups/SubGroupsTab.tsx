import '../../i18n/areas';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Session } from '../../app/kernel/client';
import {
  byName,
  groupNameKey,
  subGroupCandidates,
  subGroupCandidatesEmptyReason,
} from '../../domain/groups';
import { can } from '../../domain/permissions';
import type { Group } from '../../domain/types';
import { useCommand } from '../hooks';
import { t, tProblem } from '../i18n';
import { Field } from '../kit/Field';
import { Problems } from '../kit/Problems';
import { groupHref } from '../routes';
import { keepFocus } from '../kit/keep-focus';

/** Options shown in the picker at once; typing narrows the rest. */
const SHOWN = 200;

/** The Sub-Groups tab: the group's sub-groups, Add Group from the groups that fit, Remove. */
export function SubGroupsTab(props: { session: Session; group: Group; groups: Group[] }) {
  const { session, group, groups } = props;
  const [filter, setFilter] = useState('');
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const cmd = useCommand();
  /** After a change the button pressed may be gone with the list; the status line takes the focus. */
  const changed = (message: string) => {
    setStatus(message);
    setTimeout(() => statusRef.current?.focus());
  };
  const sees = (g: Group) =>
    can(session.actorCtx, 'groups.see', { groupId: g.id, groupKind: g.kind });
  const canManage = can(session.actorCtx, 'group.users.manage', {
    groupId: group.id,
    groupKind: group.kind,
  });
  const children = useMemo(
    () => groups.filter((g) => g.parentId === group.id && g.kind === 'organization').sort(byName),
    [groups, group.id],
  );
  // Only groups the actor can see are offered: a group admin must not learn other groups' names.
  const candidates = useMemo(
    () => (canManage ? subGroupCandidates(groups, group.id).filter(sees) : []),
    [groups, group.id, canManage, session.actorCtx],
  );
  if (group.kind === 'private') return <p class="kl-alert">{t('group.sub.private')}</p>;
  const key = groupNameKey(filter);
  const matching =
    key === '' ? candidates : candidates.filter((g) => groupNameKey(g.name).includes(key));
  const emptyReason =
    candidates.length > 0
      ? undefined
      : (subGroupCandidatesEmptyReason(groups, group.id) ?? 'group.sub.noneYouSee');
  const selected = matching.some((g) => g.id === choice) ? choice : (matching[0]?.id ?? '');
  return (
    <div class="kl-subgroups">
      {canManage && (
        <form
          class="kl-subgroups__add"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!selected) return;
            const submitter = (e as SubmitEvent).submitter;
            const child = candidates.find((g) => g.id === selected);
            const out = await cmd.exec('group-set-parent', {
              parentId: group.id,
              childId: selected,
            });
            if (out) {
              setChoice('');
              changed(t('group.sub.added', { name: child?.name ?? '', group: group.name }));
            } else keepFocus(submitter);
          }}
        >
          {emptyReason ? (
            <p class="kl-alert" role="status">
              {tProblem({ code: emptyReason })}
            </p>
          ) : (
            <div class="kl-toolbar">
              {candidates.length > 10 && (
                <Field label={t('group.sub.filter')}>
                  {(id) => (
                    <input
                      id={id}
                      type="search"
                      value={filter}
                      onInput={(e) => setFilter(e.currentTarget.value)}
                    />
                  )}
                </Field>
              )}
              <Field label={t('group.sub.pick')}>
                {(id) => (
                  <select
                    id={id}
                    value={selected}
                    onChange={(e) => setChoice(e.currentTarget.value)}
                  >
                    {matching.slice(0, SHOWN).map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="submit" class="kl-btn kl-btn--primary" disabled={cmd.busy || !selected}>
                {t('group.sub.add')}
              </button>
            </div>
          )}
        </form>
      )}
      <Problems problems={cmd.problems} error={cmd.error} />
      <p class="kl-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {children.length === 0 ? (
        <p class="kl-empty">{t('group.sub.none')}</p>
      ) : (
        <ul class="kl-group-list">
          {children.map((c) => (
            <li key={c.id}>
              {sees(c) ? <a href={groupHref(c.id)}>{c.name}</a> : <span>{c.name}</span>}
              {canManage && (
                <button
                  type="button"
                  class="kl-btn kl-btn--small"
                  disabled={cmd.busy}
                  onClick={async () => {
                    const out = await cmd.exec('group-remove-parent', { childId: c.id });
                    if (out) changed(t('group.sub.removed', { name: c.name, group: group.name }));
                    else keepFocus(null, statusRef.current);
                  }}
                >
                  {t('common.remove')}
                  <span class="kl-sr"> {c.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
