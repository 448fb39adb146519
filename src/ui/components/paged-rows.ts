import { useEffect, useMemo, useState } from 'preact/hooks';
import { QUERIES, watch, type DirectoryRow } from '../../app/queries';
import type { Network, SortKey } from '../../domain/types';

export const PAGE_SIZE = 100;

/**
 * Rows of one directory tab, fetched a page at a time for the pages on screen. Each page
 * is a live query, so changes from any tab show up without a reload.
 */
export function usePagedRows(network: Network, sort: SortKey, dir: 'asc' | 'desc', first: number, last: number) {
  const [pages, setPages] = useState<Map<number, DirectoryRow[]>>(new Map());
  const firstPage = Math.floor(first / PAGE_SIZE);
  const lastPage = Math.floor(Math.max(first, last) / PAGE_SIZE);
  useEffect(() => setPages(new Map()), [network, sort, dir]);
  useEffect(() => {
    const subs: Array<() => void> = [];
    for (let p = firstPage; p <= lastPage; p++) {
      subs.push(
        watch(
          () => QUERIES.directoryPage({ network, sort, dir, offset: p * PAGE_SIZE, limit: PAGE_SIZE }),
          (rows) =>
            setPages((prev) => {
              const next = new Map(prev);
              next.set(p, rows);
              // Keep a few pages around the view so scrolling back does not flash empty rows.
              for (const key of next.keys()) if (key < firstPage - 3 || key > lastPage + 3) next.delete(key);
              return next;
            }),
        ),
      );
    }
    return () => subs.forEach((u) => u());
  }, [network, sort, dir, firstPage, lastPage]);
  return useMemo(
    () => (index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [pages],
  );
}
