import type { AriaRole, ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ScrollX } from './ScrollX';

/**
 * A plain data table (histories, problem lists, logs). A `stack` table becomes one card per
 * row, each cell under its column's name, when the space it has is narrower than `narrow`
 * (about 36rem) or `wide` (about 56rem, for many columns): a history inside a guide's
 * column shows every column instead of hiding some off to the side. Others scroll sideways.
 */
export function SimpleTable(props: {
  columns: readonly string[];
  /** Names the table for screen readers when no heading does. */
  caption?: string | undefined;
  class?: string;
  /** Below which width of its container the rows become cards. */
  stack?: 'narrow' | 'wide';
  children: ComponentChildren;
}) {
  const table = useRef<HTMLTableElement>(null);
  const { stack, columns } = props;
  useLayoutEffect(() => {
    if (!stack || !table.current) return;
    // The cells come from the caller: each is told its column's name (the card's label) and
    // keeps its table role, which a cell drawn as a block would lose.
    for (const row of table.current.tBodies[0]?.rows ?? []) {
      row.setAttribute('role', 'row');
      [...row.cells].forEach((cell, i) => {
        cell.setAttribute('role', 'cell');
        cell.dataset['label'] = columns[i] ?? '';
      });
    }
  });
  const cls = props.class ? `kl-simple-table ${props.class}` : 'kl-simple-table';
  const roles = (role: AriaRole) => (stack ? { role } : {});
  const body = (
    <table class={cls} ref={table} {...roles('table')}>
      {props.caption && <caption class="kl-sr">{props.caption}</caption>}
      <thead {...roles('rowgroup')}>
        <tr {...roles('row')}>
          {columns.map((c) => (
            <th key={c} scope="col" {...roles('columnheader')}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody {...roles('rowgroup')}>{props.children}</tbody>
    </table>
  );
  // A stacked table fits its column as cards; any other scrolls sideways with a visible cue.
  return stack ? (
    <div class={`kl-scroll-x kl-stack kl-stack--${stack}`}>{body}</div>
  ) : (
    <ScrollX label={props.caption ?? columns.join(', ')}>{body}</ScrollX>
  );
}
