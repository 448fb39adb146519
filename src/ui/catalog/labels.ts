import '../../i18n/areas';
import type { GroupRole, OrgAction } from '../../domain/types';
import { t } from '../i18n';

/** An Action's display name: built-in Actions in the page's language, custom ones as named. */
export function actionLabel(action: Pick<OrgAction, 'builtIn' | 'name' | 'type'>): string {
  return action.builtIn ? t(`actions.type.${action.type}`) : action.name;
}

/** "Admin, Member": the roles allowed to send a published Action. */
export function rolesLabel(roles: readonly GroupRole[] | undefined): string {
  return (roles ?? []).map((r) => t(`role.${r}`)).join(', ');
}

/** A person's name from a phone → name map, or the phone itself. */
export function nameOf(names: Readonly<Record<string, string>>, phone: string): string {
  return names[phone] ?? phone;
}
