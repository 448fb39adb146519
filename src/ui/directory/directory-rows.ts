import { useEffect, useRef, useState } from 'preact/hooks';
import {
  directoryPage,
  keepDirectory,
  query,
  releaseDirectory,
  startDirectory,
  subscribeDirectory,
  type DirectoryRow,
  type DirectoryStatus,
} from '../../app/kernel/client';
import { listCodeOf } from '../../domain/users';
import type { Network, SortKey } from '../../domain/types';

/** Rows fetched beyond each edge of the visible window, so small scrolls need no fetch. */
const MARGIN = 20;
/** Rows shown while the read model loads, from the first rows it saved (first-rows.ts). */
export const FIRST_PAGE = 100;

interface Prefetch {
  network: Network;
  /** `null` when they are not known: the page waits for the read model. */
  rows: Promise<DirectoryRow[] | null>;
  /** The rows once they have arrived. */
  value?: DirectoryRow[] | null;
}
let prefetched: Prefetch | undefined;

/**
 * Starts reading a tab's first rows before the island knows it will show them, so they load
 * alongside the session instead of after it. Used once, by the first fetch of that tab.
 */
export function prefetchFirstRows(network: Network = 'employee'): void {
  if (prefetched) return;
  const early: Prefetch = {
    network,
    rows: query('directory-first-page', { network, limit: FIRST_PAGE }),
  };
  void early.rows.then((rows) => (early.value = rows));
  prefetched = early;
}

/** The prefetched first rows of a tab when they have already arrived (taken once). */
function takeArrivedRows(network: Network): DirectoryRow[] | undefined {
  const rows = prefetched?.network === network ? prefetched.value : undefined;
  if (rows) prefetched = undefined;
  return rows ?? undefined;
}

function firstRows(network: Network): Promise<DirectoryRow[] | null> {
  const early = prefetched?.network === network ? prefetched.rows : undefined;
  prefetched = undefined;
  return early ?? query('directory-first-page', { network, limit: FIRST_PAGE });
}

interface Fetched {
  key: string;
  version: number;
  schema: string;
  ready: boolean;
  offset: number;
  rows: DirectoryRow[];
  total: number | undefined;
}

/**
 * The rows of one directory view (tab, sort, search) around the visible window. The read
 * model in the worker picks the phones; their records come from IndexedDB. Until the model
 * has loaded, the first rows in name order come from those it saved on its last run, when
 * they are known. `schema` names the
 * attribute definitions the rows were read with (which are mandatory decides "incomplete"),
 * so the rows are read again when they change even though no user did.
 */
export function useDirectoryRows(
  network: Network,
  sort: SortKey,
  dir: 'asc' | 'desc',
  text: string,
  first: number,
  last: number,
  schema = '',
  /** False while the list is off screen: nothing is fetched and the read model is let go. */
  active = true,
) {
  const [status, setStatus] = useState<DirectoryStatus>({ ready: false, loaded: 0, behind: false });
  const [version, setVersion] = useState(0);
  const key = `${network}|${sort}|${dir}|${text}`;
  // First rows read while the session loaded are shown by the very first render.
  const [fetched, setFetched] = useState<Fetched | undefined>(() => {
    const rows = !text && sort === 'name' && dir === 'asc' ? takeArrivedRows(network) : undefined;
    return rows && { key, version: 0, schema, ready: false, offset: 0, rows, total: undefined };
  });
  const inFlight = useRef(0);
  /**
   * The latest read, under way or done: what it reads for (view, model, schema) and the rows
   * it covers. An effect may run with a render's stale `fetched`, so this is what it checks.
   */
  const latest = useRef<{ sig: string; from: number; to: number } | undefined>();
  useEffect(() => subscribeDirectory(setStatus, () => setVersion((v) => v + 1)), []);
  const covered =
    fetched !== undefined &&
    fetched.key === key &&
    first >= fetched.offset &&
    (last < fetched.offset + fetched.rows.length ||
      fetched.offset + fetched.rows.length >= (fetched.total ?? 0));
  const fresh =
    covered &&
    fetched.version === version &&
    fetched.ready === status.ready &&
    fetched.schema === schema;
  useEffect(() => {
    if (!active) return releaseDirectory();
    keepDirectory();
    // Rows already shown (read while the session loaded): the read model may start loading.
    if (fetched) startDirectory();
    return releaseDirectory;
  }, [active]);
  // Refetch when the view changes, the model changes, or the window leaves what was fetched.
  useEffect(() => {
    if (fresh || !active) return;
    // The table settling its window (its first measure) inside the latest read of the same
    // view does not start that read again.
    const sig = `${key}|${version}|${status.ready}|${schema}`;
    const p = latest.current;
    if (p && p.sig === sig && first >= p.from && last <= p.to) return;
    const id = ++inFlight.current;
    // A new view (search, sort, tab) reads just the window, so its first paint waits for the
    // fewest records; scrolling within a view reads a margin around it.
    const margin = fetched?.key === key ? MARGIN : 0;
    const offset = Math.max(0, first - margin);
    const limit = last - offset + 1 + margin;
    latest.current = {
      sig,
      from: status.ready ? offset : 0,
      to: status.ready ? offset + limit - 1 : FIRST_PAGE - 1,
    };
    void (async () => {
      let next: Fetched | undefined;
      if (status.ready) {
        const asked = performance.now();
        const res = await directoryPage({
          list: listCodeOf(network),
          sort,
          dir,
          text,
          offset,
          limit,
        });
        if (res) {
          // User Timing: the benchmark splits a page into the worker's answer and the row reads.
          const answered = performance.now();
          performance.measure('kl:engine', { start: asked, end: answered });
          const rows = await query('directory-rows', { phones: res.phones });
          performance.measure('kl:rows', { start: answered, end: performance.now() });
          next = { key, version, schema, ready: true, offset, rows, total: res.total };
        }
      }
      if (!next && !text && sort === 'name' && dir === 'asc') {
        const rows = await firstRows(network);
        if (rows) next = { key, version, schema, ready: false, offset: 0, rows, total: undefined };
      }
      if (id === inFlight.current) setFetched(next);
      // The worker's first reads are large; start it only after the first rows are fetched.
      startDirectory();
    })().catch((error: unknown) => {
      // A read that failed is not "under way": the next render or scroll tries again.
      if (id === inFlight.current) latest.current = undefined;
      console.error('directory rows', error);
    });
  }, [key, version, status.ready, schema, active, fresh ? 'fresh' : `${first}|${last}`]);
  const current = fetched?.key === key ? fetched : undefined;
  return {
    // Behind until the rows read after the model's last change are back, too: the worker
    // says it is current before the page has read what it applied.
    status: {
      ...status,
      behind: status.behind || (current !== undefined && current.version !== version),
    },
    /** Rows in the view; undefined until known. While loading, only the first page is known. */
    total: current?.total,
    /** Whether any rows of the view are known: until then an empty table means "loading". */
    known: current !== undefined,
    /** Rows the table can show now: the whole view, or just the first page while loading. */
    available: current ? (current.total ?? current.rows.length) : 0,
    rowAt: (i: number) =>
      current && i >= current.offset ? current.rows[i - current.offset] : undefined,
  };
}
