import type { Session } from '../../app/kernel/client';
import { MATRIX, can, rolesOf, type Capability, type RoleName } from '../../domain/permissions';
import { t } from '../i18n';
import { ScrollX } from '../kit/ScrollX';

const ROLES: readonly RoleName[] = ['orgAdmin', 'groupAdmin', 'member'];

/**
 * The permission matrix as a table, with the acting user's roles marked and a column that
 * says what they may do right now — read from the same `can()` the commands use.
 */
export function RolesPanel(props: { session: Session }) {
  const held = new Set(rolesOf(props.session.actorCtx));
  return (
    <ScrollX
      label={t('roles.caption', {
        name: props.session.actor?.name || props.session.actor?.phone || '—',
      })}
    >
      <table class="kl-simple-table kl-roles">
        <caption>
          {t('roles.caption', {
            name: props.session.actor?.name || props.session.actor?.phone || '—',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('roles.capability')}</th>
            {ROLES.map((r) => (
              <th scope="col" key={r} class={held.has(r) ? 'kl-held' : undefined}>
                {t(`role.${r}`)}
                {held.has(r) && <span class="kl-badge">{t('roles.yours')}</span>}
              </th>
            ))}
            <th scope="col">{t('roles.you')}</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(MATRIX) as Capability[]).map((c) => (
            <tr key={c}>
              <th scope="row">{t(`capability.${c}`)}</th>
              {ROLES.map((r) => (
                <td key={r}>{t(`scope.${MATRIX[c][r]}`)}</td>
              ))}
              <td>{can(props.session.actorCtx, c) ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
