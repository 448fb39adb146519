import { useEffect, useRef, useState } from 'preact/hooks';
import type { DirectoryRow } from '../../app/kernel/client';
import type { SortKey } from '../../domain/types';
import type { ColumnView } from './columns';
import { t } from '../i18n';

export const ROW_HEIGHT = 44;
/** Browsers cap element heights near 33 million px; past this the scrollbar is scaled. */
const MAX_SCROLL_HEIGHT = 8_000_000;

/** Which rows are on screen for a scroll position; exact 1:1 scrolling until the cap. */
export function visibleWindow(scrollTop: number, viewport: number, count: number) {
  const full = count * ROW_HEIGHT;
  const height = Math.min(full, MAX_SCROLL_HEIGHT);
  const perScreen = viewport / ROW_HEIGHT;
  const maxTop = Math.max(1, height - viewport);
  const exact =
    full <= viewport ? 0 : (Math.min(scrollTop, maxTop) / maxTop) * Math.max(0, count - perScreen);
  const first = Math.floor(exact);
  return {
    height,
    first,
    shift: (exact - first) * ROW_HEIGHT,
    last: Math.min(count - 1, first + Math.ceil(perScreen)),
  };
}

export interface UserTableProps {
  count: number;
  /** False while the rows are not known yet: no "no users" message then. */
  known?: boolean;
  rowAt: (index: number) => DirectoryRow | undefined;
  onRange: (first: number, last: number) => void;
  columns: ColumnView[];
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (phone: string) => void;
  onOpen: (phone: string) => void;
  selectable: boolean;
  label: string;
  /** What an incomplete user lacks and how to complete them. */
  incompleteHint: (row: DirectoryRow) => string;
}

/** "Incomplete", explained: on hover (title), and to screen readers in full. */
function IncompleteBadge(props: { hint: string }) {
  return (
    <span class="kl-badge kl-badge--warn kl-badge--incomplete" title={props.hint}>
      <span aria-hidden="true">{t('directory.incomplete')}</span>
      <span class="kl-sr">{props.hint}</span>
    </span>
  );
}

/**
 * The directory list: a table whose rows are rendered only for the visible window, so a
 * million users scroll like a hundred. Sorting is by header buttons.
 */
export function UserTable(props: UserTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setViewport(el.clientHeight - ROW_HEIGHT));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const win = visibleWindow(scrollTop, viewport, props.count);
  useEffect(() => props.onRange(win.first, win.last), [win.first, win.last]);
  const firstLoaded = props.count > 0 && props.rowAt(win.first) !== undefined;
  const lastLoaded = props.count > 0 && props.rowAt(win.last) !== undefined;
  useEffect(() => {
    // User Timing marks: the benchmark reads when rows became visible.
    if (firstLoaded && performance.getEntriesByName('kl:first-rows').length === 0)
      performance.mark('kl:first-rows');
  }, [firstLoaded]);
  useEffect(() => {
    if (lastLoaded)
      performance.mark('kl:rows-shown', { detail: { first: win.first, last: win.last } });
  }, [lastLoaded, win.first, win.last]);
  const grid = `${props.selectable ? '2.75rem ' : ''}minmax(10rem, 1fr) minmax(10rem, 1.4fr)${' minmax(8rem, 1fr)'.repeat(props.columns.length - 2)}`;
  const rows = [];
  for (let i = win.first; i <= win.last; i++) {
    const row = props.rowAt(i);
    rows.push(
      <div
        role="row"
        class="kl-row"
        aria-rowindex={i + 2}
        key={row?.phone ?? `i${i}`}
        style={{ gridTemplateColumns: grid }}
      >
        {props.selectable && (
          <div role="cell">
            {row && (
              <input
                type="checkbox"
                checked={props.selected.has(row.phone)}
                onChange={() => props.onToggle(row.phone)}
                aria-label={t('directory.select', { name: row.name || row.phone })}
              />
            )}
          </div>
        )}
        {props.columns.map((c, ci) => (
          <div role="cell" key={c.key} class="kl-cell">
            {!row ? (
              <span class="kl-skeleton" />
            ) : ci === 0 ? (
              <button type="button" class="kl-link" onClick={() => props.onOpen(row.phone)}>
                {row.phone}
              </button>
            ) : ci === 1 ? (
              // The name keeps the cell's whole width; the badge goes under it.
              <div class="kl-name">
                <span class="kl-truncate" title={row.name}>
                  {row.name || <span class="kl-muted">{t('directory.noName')}</span>}
                </span>
                {row.incomplete && <IncompleteBadge hint={props.incompleteHint(row)} />}
              </div>
            ) : (
              <span class="kl-truncate">{c.cell(row)}</span>
            )}
          </div>
        ))}
      </div>,
    );
  }
  // The scrolling box holds the table rather than sitting inside it: a table may hold only
  // rows (axe: aria-required-children), and the box must stay focusable to scroll by keyboard.
  return (
    <div class="kl-table">
      <div
        class="kl-table__scroll"
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label={t('directory.scrollRegion')}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div role="table" aria-label={props.label} aria-rowcount={props.count + 1}>
          <div role="rowgroup" class="kl-table__head">
            <div
              role="row"
              class="kl-row kl-row--head"
              aria-rowindex={1}
              style={{ gridTemplateColumns: grid }}
            >
              {props.selectable && (
                <div role="columnheader">
                  <span class="kl-sr">{t('directory.selectColumn')}</span>
                </div>
              )}
              {props.columns.map((c) => (
                <div
                  role="columnheader"
                  key={c.key}
                  aria-sort={
                    props.sort === c.key
                      ? props.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : 'none'
                  }
                >
                  <button type="button" class="kl-sort" onClick={() => props.onSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true">
                      {props.sort === c.key ? (props.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </div>
              ))}
            </div>
          </div>
          <div class="kl-table__spacer" style={{ height: `${win.height}px` }}>
            {/* Exactly one screen tall, so it stays pinned under the header down to the last row. */}
            <div class="kl-table__window" style={{ height: `${Math.min(viewport, win.height)}px` }}>
              <div role="rowgroup" style={{ transform: `translateY(${-win.shift}px)` }}>
                {rows}
              </div>
            </div>
          </div>
        </div>
        {props.count === 0 && props.known !== false && (
          <p class="kl-empty">{t('directory.empty')}</p>
        )}
      </div>
    </div>
  );
}
