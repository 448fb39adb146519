import type { Attribute, AttributeValue, BuiltinColumn, DirectoryColumn, SortKey } from '../../domain/types';
import type { DirectoryRow } from '../../app/queries';
import { formatDate, t } from '../i18n';

export const BUILTIN_COLUMNS: readonly BuiltinColumn[] = ['source', 'createdAt', 'updatedAt', 'orgRole'];

/** A shown column: its header, sort key and how a row's cell reads. */
export interface ColumnView {
  key: SortKey;
  label: string;
  cell: (row: DirectoryRow) => string;
  /** Value used to sort search results in memory, consistent with the database order. */
  sortValue: (row: DirectoryRow) => string | number;
}

export function formatValue(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return String(value);
}

function builtinView(key: BuiltinColumn): ColumnView {
  switch (key) {
    case 'source':
      return { key, label: t('column.source'), cell: (r) => t(`source.${r.source}`), sortValue: (r) => r.source };
    case 'orgRole':
      return { key, label: t('column.orgRole'), cell: (r) => (r.orgRole === 'admin' ? t('role.orgAdmin') : t('role.member')), sortValue: (r) => r.orgRole };
    case 'createdAt':
    case 'updatedAt':
      return { key, label: t(`column.${key}`), cell: (r) => formatDate(r[key], false), sortValue: (r) => r[key] };
    default:
      return { key, label: key, cell: () => '', sortValue: () => '' };
  }
}

/** The columns the directory shows: phone, name, then the chosen extras that still exist. */
export function columnViews(chosen: readonly DirectoryColumn[], attributes: readonly Attribute[]): ColumnView[] {
  const base: ColumnView[] = [
    { key: 'phone', label: t('column.phone'), cell: (r) => r.phone, sortValue: (r) => r.phone },
    { key: 'name', label: t('column.name'), cell: (r) => r.name, sortValue: (r) => (r.name === '' ? '\uffff' : r.name.toLocaleLowerCase()) },
  ];
  const extras = chosen.flatMap((c): ColumnView[] => {
    if (c.kind === 'builtin') return [builtinView(c.key)];
    const a = attributes.find((x) => x.id === c.id);
    if (!a) return [];
    return [
      {
        key: `attr:${a.id}`,
        label: a.name,
        cell: (r) => formatValue(r.attrs[a.id]),
        sortValue: (r) => {
          const v = r.attrs[a.id];
          return v === undefined ? '\uffff' : typeof v === 'boolean' ? Number(v) : typeof v === 'number' ? v : v.toLocaleLowerCase();
        },
      },
    ];
  });
  return [...base, ...extras];
}

/** Sorts search results the way the database sorts the full list. */
export function sortRows(rows: DirectoryRow[], column: ColumnView | undefined, dir: 'asc' | 'desc'): DirectoryRow[] {
  if (!column) return rows;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    if (x === y) return a.phone < b.phone ? -sign : sign;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    if (typeof x === 'number') return -sign;
    if (typeof y === 'number') return sign;
    return (x < y ? -1 : 1) * sign;
  });
}
