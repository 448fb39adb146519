import '../../i18n/areas';
import type { GroupMemberRow } from '../../app/groups/queries';
import type { Attribute, Group } from '../../domain/types';
import { t } from '../i18n';
import { formatValue } from '../directory/columns';
import { downloadBlob } from '../kit/download';

/**
 * Users tab → Export: the members as a CSV with the columns the table shows. `Phone Number`
 * and `User Type` come first, so the file can go back through Import via CSV unchanged
 * (the other columns are then ignored with a warning).
 */
export async function exportMembers(
  group: Group,
  members: readonly GroupMemberRow[],
  attributes: readonly Attribute[],
): Promise<void> {
  const { csvFile } = await import('../../io/csv-write');
  const header = [
    'Phone Number',
    'User Type',
    t('group.users.displayName'),
    ...attributes.map((a) => a.name),
  ];
  const rows = members.map((m) => [
    m.phone,
    m.role === 'admin' ? 'Admin' : 'Member',
    m.user?.name ?? '',
    ...attributes.map((a) => formatValue(m.user?.attrs[a.id])),
  ]);
  const safe = group.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'group';
  downloadBlob(
    new Blob([csvFile([header, ...rows])], { type: 'text/csv;charset=utf-8' }),
    `${safe}-members.csv`,
  );
}
