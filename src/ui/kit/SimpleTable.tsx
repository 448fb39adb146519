import type { ComponentChildren } from 'preact';
import { ScrollX } from './ScrollX';

/**
 * A plain data table (histories, problem lists, logs) that scrolls sideways on narrow
 * screens: a caption for screen readers, one header row of column names, then the rows.
 */
export function SimpleTable(props: {
  columns: readonly string[];
  /** Names the table for screen readers when no heading does. */
  caption?: string | undefined;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <ScrollX label={props.caption ?? props.columns.join(', ')}>
      <table class={props.class ? `kl-simple-table ${props.class}` : 'kl-simple-table'}>
        {props.caption && <caption class="kl-sr">{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </ScrollX>
  );
}
