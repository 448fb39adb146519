import { NO_VALUE, fold, parseSearch, valueSortKey, wordsOf, type ListCode } from '../domain/users';
import type { Attribute, SortKey, User } from '../domain/types';

/**
 * The directory's read model: a compact, columnar copy of every user that answers counts,
 * sorted pages at any offset and searches in memory. IndexedDB needs time proportional to
 * the offset to page and to the range to count, which is too slow at a million users.
 * Pure: the worker feeds it users and change notices.
 */

type Key = string | number;
/** A slot whose user was purged; its list code matches no tab. */
const GONE = '-';

/** One tab's users laid out as two long strings, so a search is one native `indexOf` scan. */
interface SearchText {
  /** Slot of each entry, in slot order. */
  slots: Int32Array;
  /** Start of each entry in `words` and in `phones`. */
  wordStarts: Int32Array;
  phoneStarts: Int32Array;
  /** `\n word word\n word…` — every entry's folded name words, each with a leading space. */
  words: string;
  /** `\n+48601…\n+48602…` */
  phones: string;
}

export interface EngineState {
  slot: Map<string, number>;
  phone: string[];
  list: string[];
  /** ` word word` — folded name words with a leading space, for word-prefix search. */
  words: string[];
  nameKey: string[];
  source: string[];
  orgRole: string[];
  createdAt: number[];
  updatedAt: number[];
  /** Attribute id → sort key of every slot's value. */
  attrs: Map<string, Key[]>;
  counts: Map<string, number>;
  /** `${list}|${sort}` → slots in ascending order; dropped when data changes. */
  orders: Map<string, Int32Array>;
  texts: Map<string, SearchText>;
  /** Last search, kept so scrolling through its results does not rescan. */
  lastSearch: SearchRun | undefined;
  /** Attribute columns still in their saved form; turned into arrays when first needed. */
  savedAttrs: Map<string, SavedAttr>;
  /** False until `slot` has been built (a revived snapshot builds it on the first change). */
  slotsBuilt: boolean;
}

/** An attribute column as saved: strings joined with `\n`, numbers kept apart. */
interface SavedAttr {
  id: string;
  text: string;
  numbers: Float64Array;
  isNumber: Uint8Array;
}

export function createState(): EngineState {
  return {
    slot: new Map(),
    phone: [],
    list: [],
    words: [],
    nameKey: [],
    source: [],
    orgRole: [],
    createdAt: [],
    updatedAt: [],
    attrs: new Map(),
    counts: new Map(),
    orders: new Map(),
    texts: new Map(),
    lastSearch: undefined,
    savedAttrs: new Map(),
    slotsBuilt: true,
  };
}

function bump(state: EngineState, list: string, by: number) {
  state.counts.set(list, (state.counts.get(list) ?? 0) + by);
}

function attrColumn(state: EngineState, id: string): Key[] | undefined {
  const saved = state.savedAttrs.get(id);
  if (saved) {
    const strings = state.phone.length === 0 ? [] : saved.text.split('\n');
    state.attrs.set(
      id,
      strings.map((v, i) => (saved.isNumber[i] === 1 ? saved.numbers[i]! : v)),
    );
    state.savedAttrs.delete(id);
  }
  return state.attrs.get(id);
}

/** Makes the model ready for changes: every column materialized, the phone index built. */
function prepareForChanges(state: EngineState): void {
  for (const id of [...state.savedAttrs.keys()]) attrColumn(state, id);
  if (!state.slotsBuilt) {
    for (let i = 0; i < state.phone.length; i++) state.slot.set(state.phone[i]!, i);
    state.slotsBuilt = true;
  }
}

/** Adds or replaces users; `attributes` decides which attribute columns are kept. */
export function upsertUsers(
  state: EngineState,
  users: readonly User[],
  attributes: readonly Pick<Attribute, 'id'>[],
): void {
  prepareForChanges(state);
  for (const a of attributes)
    if (!state.attrs.has(a.id))
      state.attrs.set(a.id, new Array<Key>(state.phone.length).fill(NO_VALUE));
  const columns = [...state.attrs];
  const changed = new Set<number>();
  for (const user of users) {
    let i = state.slot.get(user.phone);
    if (i === undefined) {
      i = state.phone.length;
      state.slot.set(user.phone, i);
      state.phone.push(user.phone);
      state.list.push(GONE);
    }
    const list = user.deletedAt !== undefined ? 'x' : user.network === 'employee' ? 'e' : 'o';
    bump(state, state.list[i]!, -1);
    bump(state, list, 1);
    state.list[i] = list;
    const folded = fold(user.name);
    state.words[i] = ` ${wordsOf(folded).join(' ')}`;
    state.nameKey[i] = user.name === '' ? NO_VALUE : folded;
    state.source[i] = user.source;
    state.orgRole[i] = user.orgRole;
    state.createdAt[i] = user.createdAt;
    state.updatedAt[i] = user.updatedAt;
    for (const [id, column] of columns) column[i] = valueSortKey(user.attrs[id]);
    changed.add(i);
  }
  afterChange(state, changed);
}

/** Forgets users that no longer exist (purged). */
export function removeUsers(state: EngineState, phones: readonly string[]): void {
  prepareForChanges(state);
  const changed = new Set<number>();
  for (const phone of phones) {
    const i = state.slot.get(phone);
    if (i === undefined || state.list[i] === GONE) continue;
    bump(state, state.list[i]!, -1);
    bump(state, GONE, 1);
    state.list[i] = GONE;
    changed.add(i);
  }
  afterChange(state, changed);
}

export function count(state: EngineState, list: ListCode): number {
  return state.counts.get(list) ?? 0;
}

function keyColumn(state: EngineState, sort: SortKey): Key[] {
  switch (sort) {
    case 'phone':
      return state.phone;
    case 'name':
      return state.nameKey;
    case 'source':
    case 'orgRole':
    case 'createdAt':
    case 'updatedAt':
      return state[sort];
    default:
      return attrColumn(state, sort.slice(5)) ?? [];
  }
}

function slotsOf(state: EngineState, list: ListCode): Int32Array {
  const slots = new Int32Array(count(state, list));
  let n = 0;
  for (let i = 0; i < state.list.length; i++) if (state.list[i] === list) slots[n++] = i;
  return slots;
}

/** Slots of one tab in ascending order of `sort`, ties broken by phone as IndexedDB would. */
export function order(state: EngineState, list: ListCode, sort: SortKey): Int32Array {
  const cacheKey = `${list}|${sort}`;
  const cached = state.orders.get(cacheKey);
  if (cached) return cached;
  const slots = slotsOf(state, list).sort(comparator(state, sort));
  state.orders.set(cacheKey, slots);
  return slots;
}

/** Compares two slots by the sort key, ties broken by phone as IndexedDB would. */
function comparator(state: EngineState, sort: SortKey): (a: number, b: number) => number {
  const keys = keyColumn(state, sort);
  const phones = state.phone;
  return (a, b) => {
    const x = keys[a] ?? NO_VALUE;
    const y = keys[b] ?? NO_VALUE;
    if (x !== y) {
      const xn = typeof x === 'number';
      if (xn !== (typeof y === 'number')) return xn ? -1 : 1;
      return x < y ? -1 : 1;
    }
    return phones[a]! < phones[b]! ? -1 : phones[a]! > phones[b]! ? 1 : 0;
  };
}

/**
 * Brings the cached sorted orders up to date after `changed` slots changed: drop them, then
 * merge them back in at their new places. One pass per order instead of a full re-sort.
 */
function patchOrders(state: EngineState, changed: ReadonlySet<number>): void {
  for (const [cacheKey, old] of state.orders) {
    const [list, sort] = cacheKey.split('|') as [ListCode, SortKey];
    const cmp = comparator(state, sort);
    const added = [...changed].filter((i) => state.list[i] === list).sort(cmp);
    const next = new Int32Array(count(state, list));
    let n = 0;
    let k = 0;
    for (let j = 0; j < old.length; j++) {
      const slot = old[j]!;
      if (changed.has(slot)) continue;
      while (k < added.length && cmp(added[k]!, slot) < 0) next[n++] = added[k++]!;
      next[n++] = slot;
    }
    while (k < added.length) next[n++] = added[k++]!;
    state.orders.set(cacheKey, next);
  }
}

/** Past this many changed users, cached orders are dropped and re-sorted when next needed. */
const PATCH_LIMIT = 5_000;

function afterChange(state: EngineState, changed: ReadonlySet<number>): void {
  if (changed.size <= PATCH_LIMIT) patchOrders(state, changed);
  else state.orders.clear();
  state.texts.clear();
  state.lastSearch = undefined;
}

function searchText(state: EngineState, list: ListCode): SearchText {
  const cached = state.texts.get(list);
  if (cached) return cached;
  const slots = slotsOf(state, list);
  const wordStarts = new Int32Array(slots.length);
  const phoneStarts = new Int32Array(slots.length);
  const words: string[] = [];
  const phones: string[] = [];
  let w = 0;
  let p = 0;
  for (let k = 0; k < slots.length; k++) {
    const s = slots[k]!;
    wordStarts[k] = w;
    phoneStarts[k] = p;
    words.push(state.words[s]!);
    phones.push(state.phone[s]!);
    w += state.words[s]!.length + 1;
    p += state.phone[s]!.length + 1;
  }
  const text = {
    slots,
    wordStarts,
    phoneStarts,
    words: words.join('\n'),
    phones: phones.join('\n'),
  };
  state.texts.set(list, text);
  return text;
}

/** Marks every entry of `haystack` that contains `needle`; returns how many. */
function markHits(
  haystack: string,
  starts: Int32Array,
  slots: Int32Array,
  needle: string,
  marks: Uint8Array,
  check?: (slot: number) => boolean,
): number {
  let hits = 0;
  let k = 0;
  let pos = haystack.indexOf(needle);
  while (pos !== -1) {
    // Hits come in increasing positions, so the entry pointer only moves forward.
    while (k + 1 < starts.length && starts[k + 1]! <= pos) k++;
    const slot = slots[k]!;
    if (!check || check(slot)) {
      marks[slot] = 1;
      hits++;
    }
    // Continue after this entry: one hit per user.
    const next = k + 1 < starts.length ? starts[k + 1]! : haystack.length;
    pos = haystack.indexOf(needle, next);
  }
  return hits;
}

/** Hits of one search, put in sorted order only as far as pages have asked, from either end. */
interface SearchRun {
  key: string;
  all: Int32Array;
  marks: Uint8Array;
  hits: number;
  ends: Record<'asc' | 'desc', { out: Int32Array; n: number; j: number }>;
}

function runSearch(
  state: EngineState,
  list: ListCode,
  sort: SortKey,
  text: string,
): SearchRun | undefined {
  const query = parseSearch(text);
  if (query.kind === 'none') return undefined;
  const key = `${list}|${sort}|${text}`;
  if (state.lastSearch?.key === key) return state.lastSearch;
  const all = order(state, list, sort);
  const st = searchText(state, list);
  const marks = new Uint8Array(state.phone.length);
  let hits: number;
  if (query.kind === 'phone') {
    hits = markHits(st.phones, st.phoneStarts, st.slots, query.digits, marks);
  } else {
    // Scan for the longest word (fewest hits); check the others on each hit.
    const needles = query.words.map((w) => ` ${w}`).sort((a, b) => b.length - a.length);
    const [first, ...rest] = needles as [string, ...string[]];
    const check =
      rest.length === 0
        ? undefined
        : (slot: number) => rest.every((q) => state.words[slot]!.includes(q));
    hits = markHits(st.words, st.wordStarts, st.slots, first, marks, check);
  }
  const end = () => ({ out: new Int32Array(hits), n: 0, j: 0 });
  state.lastSearch = { key, all, marks, hits, ends: { asc: end(), desc: end() } };
  return state.lastSearch;
}

/** Makes the first `upTo` hits of `dir` available, walking the sorted order only that far. */
function produce(run: SearchRun, dir: 'asc' | 'desc', upTo: number): Int32Array {
  const e = run.ends[dir];
  const want = Math.min(run.hits, upTo);
  const { all, marks } = run;
  const last = all.length - 1;
  while (e.n < want && e.j < all.length) {
    const slot = all[dir === 'asc' ? e.j : last - e.j]!;
    e.j++;
    if (marks[slot] === 1) e.out[e.n++] = slot;
  }
  return e.out;
}

/** Slots matching a search, in the order of `sort`. Empty text matches the whole tab. */
export function matching(
  state: EngineState,
  list: ListCode,
  sort: SortKey,
  text: string,
): Int32Array {
  const run = runSearch(state, list, sort, text);
  return run ? produce(run, 'asc', run.hits) : order(state, list, sort);
}

export interface PageRequest {
  list: ListCode;
  sort: SortKey;
  dir: 'asc' | 'desc';
  text: string;
  offset: number;
  limit: number;
}

/** Phones of one window of the (searched, sorted) tab, and how many rows there are in all. */
export function page(state: EngineState, req: PageRequest): { phones: string[]; total: number } {
  const start = Math.max(0, req.offset);
  const run = runSearch(state, req.list, req.sort, req.text);
  const phones: string[] = [];
  if (run) {
    // Counting every hit is one native scan; ordering them stops at the end of this page.
    const end = Math.min(run.hits, start + req.limit);
    const slots = produce(run, req.dir, end);
    for (let k = start; k < end; k++) phones.push(state.phone[slots[k]!]!);
    return { phones, total: run.hits };
  }
  const slots = order(state, req.list, req.sort);
  const total = slots.length;
  const end = Math.min(total, start + req.limit);
  for (let k = start; k < end; k++)
    phones.push(state.phone[slots[req.dir === 'asc' ? k : total - 1 - k]!]!);
  return { phones, total };
}

/** Builds what the first requests will need, so the first sorted page and search are quick. */
export function warm(state: EngineState): void {
  for (const list of ['e', 'o'] as const) {
    order(state, list, 'name');
    searchText(state, list);
  }
}

/**
 * Saved form of the read model. Each text column is one string joined with `\n` and each
 * number column a Float64Array: IndexedDB clones a few large values far faster than millions
 * of small ones. Names and phones never contain a line break (validation refuses them).
 */
export interface EngineSnapshot {
  format: 3;
  size: number;
  text: Record<'phone' | 'list' | 'words' | 'nameKey' | 'source' | 'orgRole', string>;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  /** Attribute id → its sort keys; numbers are kept apart so they stay numbers. */
  attrs: SavedAttr[];
  /** Sorted orders that were built, so a revived model need not sort a million names again. */
  orders: Array<[string, Int32Array]>;
}

const TEXT_COLUMNS = ['phone', 'list', 'words', 'nameKey', 'source', 'orgRole'] as const;

function saveAttr(id: string, column: Key[]): SavedAttr {
  const numbers = new Float64Array(column.length);
  const isNumber = new Uint8Array(column.length);
  const strings = column.map((v, i) => {
    if (typeof v === 'number') {
      numbers[i] = v;
      isNumber[i] = 1;
      return '';
    }
    return v;
  });
  return { id, text: strings.join('\n'), numbers, isNumber };
}

export function toSnapshot(state: EngineState): EngineSnapshot {
  const text = Object.fromEntries(
    TEXT_COLUMNS.map((c) => [c, state[c].join('\n')]),
  ) as EngineSnapshot['text'];
  return {
    format: 3,
    size: state.phone.length,
    text,
    createdAt: Float64Array.from(state.createdAt),
    updatedAt: Float64Array.from(state.updatedAt),
    attrs: [
      ...[...state.attrs].map(([id, column]) => saveAttr(id, column)),
      ...state.savedAttrs.values(),
    ],
    orders: [...state.orders],
  };
}

/**
 * Rebuilds the read model from a snapshot; `undefined` when the snapshot is not usable.
 * Only what the first screen and search need is unpacked now; the rest waits for first use.
 */
export function fromSnapshot(data: unknown): EngineState | undefined {
  const snap = data as Partial<EngineSnapshot> | undefined;
  if (snap?.format !== 3 || snap.text === undefined || snap.size === undefined) return undefined;
  const size = snap.size;
  const split = (text: string) => (size === 0 ? [] : text.split('\n'));
  const state = createState();
  for (const c of TEXT_COLUMNS) state[c] = split(snap.text[c]);
  if (TEXT_COLUMNS.some((c) => state[c].length !== size)) return undefined;
  state.createdAt = Array.from(snap.createdAt ?? []);
  state.updatedAt = Array.from(snap.updatedAt ?? []);
  for (const a of snap.attrs ?? []) state.savedAttrs.set(a.id, a);
  for (const [key, slots] of snap.orders ?? []) state.orders.set(key, slots);
  state.slotsBuilt = false;
  let e = 0;
  let o = 0;
  let x = 0;
  for (const l of state.list) {
    if (l === 'e') e++;
    else if (l === 'o') o++;
    else if (l === 'x') x++;
  }
  state.counts
    .set('e', e)
    .set('o', o)
    .set('x', x)
    .set('-', size - e - o - x);
  return state;
}
