import { useState } from 'preact/hooks';
import type { Attribute, DirectoryColumn } from '../../domain/types';
import { MAX_EXTRA_COLUMNS } from '../../app/sandbox/sandbox';
import { useCommand } from '../hooks';
import { Dialog } from '../kit/Dialog';
import { Problems } from '../kit/Problems';
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
    <Dialog title={t('columns.title')} onClose={props.onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await cmd.exec('columns-set', { columns: chosen })) props.onClose();
        }}
      >
        <p id="kl-columns-hint">
          {t('columns.hint', { max: MAX_EXTRA_COLUMNS, count: chosen.length })}
        </p>
        <Problems problems={cmd.problems} error={cmd.error} />
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
        <div class="kl-actions">
          <button type="submit" class="kl-btn kl-btn--primary" disabled={cmd.busy}>
            {t('common.save')}
          </button>
          <button type="button" class="kl-btn" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
