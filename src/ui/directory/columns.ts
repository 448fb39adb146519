import type {
  Attribute,
  AttributeType,
  AttributeValue,
  BuiltinColumn,
  DirectoryColumn,
  SortKey,
} from '../../domain/types';
import type { DirectoryRow } from '../../app/kernel/client';
import { formatDate, formatDateValue, formatNumber, t } from '../i18n';

export const BUILTIN_COLUMNS: readonly BuiltinColumn[] = [
  'source',
  'createdAt',
  'updatedAt',
  'orgRole',
];

/** A shown column: its header, sort key and how a row's cell reads. */
export interface ColumnView {
  key: SortKey;
  label: string;
  cell: (row: DirectoryRow) => string;
}

/**
 * An attribute value as the reader's language writes it: Yes/No, numbers with the language's
 * grouping and decimal sign, dates in the lab's one date style.
 */
export function formatValue(
  value: AttributeValue | undefined,
  type?: AttributeType | undefined,
): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return formatNumber(value);
  if (type === 'datetime') return formatDateValue(value);
  return value;
}

function builtinView(key: BuiltinColumn): ColumnView {
  switch (key) {
    case 'source':
      return { key, label: t('column.source'), cell: (r) => t(`source.${r.source}`) };
    case 'orgRole':
      return {
        key,
        label: t('column.orgRole'),
        cell: (r) => (r.orgRole === 'admin' ? t('role.orgAdmin') : t('role.member')),
      };
    case 'createdAt':
    case 'updatedAt':
      return { key, label: t(`column.${key}`), cell: (r) => formatDate(r[key], false) };
    default:
      return { key, label: key, cell: () => '' };
  }
}

/** The columns the directory shows: phone, name, then the chosen extras that still exist. */
export function columnViews(
  chosen: readonly DirectoryColumn[],
  attributes: readonly Attribute[],
): ColumnView[] {
  const base: ColumnView[] = [
    { key: 'phone', label: t('column.phone'), cell: (r) => r.phone },
    { key: 'name', label: t('column.name'), cell: (r) => r.name },
  ];
  const extras = chosen.flatMap((c): ColumnView[] => {
    if (c.kind === 'builtin') return [builtinView(c.key)];
    const a = attributes.find((x) => x.id === c.id);
    if (!a) return [];
    return [
      {
        key: `attr:${a.id}`,
        label: a.name,
        cell: (r) => formatValue(r.attrs[a.id], a.type),
      },
    ];
  });
  return [...base, ...extras];
}
