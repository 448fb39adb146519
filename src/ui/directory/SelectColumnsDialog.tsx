import { useState } from 'preact/hooks';
import { MAX_EXTRA_COLUMNS, type Attribute, type DirectoryColumn } from '../../domain/types';
import { useCommand } from '../hooks';
import { FormDialog } from '../kit/FormDialog';
import { BUILTIN_COLUMNS } from './columns';
import { t } from '../i18n';

function same(a: DirectoryColumn, b: DirectoryColumn): boolean {
  return (
    a.kind === b.kind &&
    (a.kind === 'builtin' ? a.key === (b as typeof a).key : a.id === (b as typeof a).id)
  );
}

/** More → Select Columns: up to four extra columns, remembered in this browser. */
export function SelectColumnsDialog(props: {
  chosen: DirectoryColumn[];
  attributes: Attribute[];
  onClose: () => void;
}) {
  const [chosen, setChosen] = useState(
    props.chosen.filter((c) => c.kind === 'builtin' || props.attributes.some((a) => a.id === c.id)),
  );
  const cmd = useCommand();
  const options: Array<{ column: DirectoryColumn; label: string }> = [
    ...props.attributes.map((a) => ({
      column: { kind: 'attr', id: a.id } as DirectoryColumn,
      label: a.name,
    })),
    ...BUILTIN_COLUMNS.map((key) => ({
      column: { kind: 'builtin', key } as DirectoryColumn,
      label: t(`column.${key}`),
    })),
  ];
  const full = chosen.length >= MAX_EXTRA_COLUMNS;
  return (
    <FormDialog
      title={t('columns.title')}
      submitLabel={t('common.save')}
      busy={cmd.busy}
      error={cmd.error}
      problems={cmd.problems}
      onClose={props.onClose}
      onSubmit={async () => {
        if (await cmd.exec('columns-set', { columns: chosen })) props.onClose();
      }}
      intro={
        <p id="kl-columns-hint">
          {t('columns.hint', { max: MAX_EXTRA_COLUMNS, count: chosen.length })}
        </p>
      }
    >
      <fieldset class="kl-checklist" aria-describedby="kl-columns-hint">
        <legend class="kl-sr">{t('columns.title')}</legend>
        {options.map((o, i) => {
          const on = chosen.some((c) => same(c, o.column));
          return (
            <label key={i}>
              <input
                type="checkbox"
                checked={on}
                disabled={!on && full}
                onChange={() =>
                  setChosen(on ? chosen.filter((c) => !same(c, o.column)) : [...chosen, o.column])
                }
              />
              {o.label}
            </label>
          );
        })}
      </fieldset>
    </FormDialog>
  );
}
