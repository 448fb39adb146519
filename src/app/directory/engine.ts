import {
  NO_VALUE,
  fold,
  parseSearch,
  valueSortKey,
  wordsOf,
  type ListCode,
} from '../../domain/users';
import type { Attribute, SortKey, User } from '../../domain/types';
import {
  DELTA_LIMIT,
  buildIndex,
  eachNameMatch,
  markChanged,
  reviveIndex,
  saveIndex,
  type SavedIndex,
  type SearchIndex,
} from './search';
import { FIRST_KEEP, type FirstRow, type FirstRows, type FirstTab } from './first-rows';

/**
 * The directory's read model: a compact, columnar copy of every user that answers counts,
 * sorted pages at any offset and searches in memory. IndexedDB needs time proportional to
 * the offset to page and to the range to count, which is too slow at a million users.
 * Pure: the worker feeds it users and change notices.
 */

type Key = string | number;
/** A slot whose user was purged; its list code matches no tab. */
const GONE = '-';

/** One column of one tab's users laid out as one long string, so a scan is one `indexOf`. */
interface Haystack {
  /** Slot of each entry, in slot order. */
  slots: Int32Array;
  /** Start of each entry in `text`. */
  starts: Int32Array;
  /** Phones: `+48601…\n+48602…`; words: ` word word\n word…` (each word after a space). */
  text: string;
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
  /** Each sorted order's inverse (slot → position), built when a search first needs it. */
  ranks: WeakMap<Int32Array, Int32Array>;
  /** `${list}|${column}` → haystack; dropped when data changes. */
  texts: Map<string, Haystack>;
  /** `${list}|${sort}` → that order's phones in fixed-width cells (see `phoneCells`). */
  phoneCells: Map<string, string>;
  /**
   * Word-prefix index over every slot, for name searches. Built in idle time (see
   * `buildSearchIndex`); until then name searches scan the tab's words haystack.
   */
  search: SearchIndex | undefined;
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
    ranks: new WeakMap(),
    texts: new Map(),
    phoneCells: new Map(),
    search: undefined,
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
    const words = ` ${wordsOf(folded).join(' ')}`;
    // A move, delete or attribute edit leaves the index right: tabs are checked on each hit.
    if (state.search && state.words[i] !== words) markChanged(state.search, i);
    state.words[i] = words;
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
    // Searched orders keep their inverse, so the next search need not rebuild it.
    if (state.ranks.has(old)) rankOf(state, next);
  }
}

/** Past this many changed users, cached orders are dropped and re-sorted when next needed. */
const PATCH_LIMIT = 5_000;

function afterChange(state: EngineState, changed: ReadonlySet<number>): void {
  if (changed.size <= PATCH_LIMIT) patchOrders(state, changed);
  else state.orders.clear();
  state.texts.clear();
  state.phoneCells.clear();
  state.lastSearch = undefined;
  // Name searches scan until the model rebuilds the index in idle time.
  if (state.search && state.search.delta.size > DELTA_LIMIT) state.search = undefined;
}

/** A tab's folded name words, for the scan that runs until the word index exists. */
function haystack(state: EngineState, list: ListCode): Haystack {
  const cacheKey = `${list}|words`;
  const cached = state.texts.get(cacheKey);
  if (cached) return cached;
  const slots = slotsOf(state, list);
  const starts = new Int32Array(slots.length);
  const values = state.words;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < slots.length; k++) {
    const value = values[slots[k]!]!;
    starts[k] = at;
    parts.push(value);
    at += value.length + 1;
  }
  const text = { slots, starts, text: parts.join('\n') };
  state.texts.set(cacheKey, text);
  return text;
}

/** Characters each phone takes in the phone haystack: `+` and at most 15 digits (E.164). */
const PHONE_WIDTH = 16;

/**
 * A tab's phones in sorted order, each in a fixed-width cell: a hit's position / 16 is its
 * position in the order, so a search that matches nearly every number (`48`) marks its hits
 * without any lookup. A digits-only needle never spans two cells: each cell is padded with
 * line breaks or followed by the next `+`. Built per sort, on first use.
 */
function phoneCells(state: EngineState, list: ListCode, sort: SortKey, all: Int32Array): string {
  const cacheKey = `${list}|${sort}`;
  const cached = state.phoneCells.get(cacheKey);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  for (let k = 0; k < all.length; k++)
    parts.push(state.phone[all[k]!]!.padEnd(PHONE_WIDTH, '\n').slice(0, PHONE_WIDTH));
  const text = parts.join('');
  state.phoneCells.set(cacheKey, text);
  return text;
}

/** Calls `hit` with the slot of every entry of `hay` that contains `needle`, once each. */
function scan(hay: Haystack, needle: string, hit: (slot: number) => void): void {
  const { text, starts, slots } = hay;
  let k = 0;
  let pos = text.indexOf(needle);
  while (pos !== -1) {
    // Hits come in increasing positions, so the entry pointer only moves forward.
    while (k + 1 < starts.length && starts[k + 1]! <= pos) k++;
    hit(slots[k]!);
    // Continue after this entry: one hit per user.
    pos = text.indexOf(needle, k + 1 < starts.length ? starts[k + 1]! : text.length);
  }
}

/** Position of each slot in the sorted order `all`, -1 for slots not in it. */
function rankOf(state: EngineState, all: Int32Array): Int32Array {
  let rank = state.ranks.get(all);
  if (!rank) {
    rank = new Int32Array(state.phone.length).fill(-1);
    for (let j = 0; j < all.length; j++) rank[all[j]!] = j;
    state.ranks.set(all, rank);
  }
  return rank;
}

/**
 * Hits of one search, kept as one bit per position of the sorted order: marking is one bit
 * per hit, and reading them in order skips 32 non-hits at a time, so a page of results costs
 * about (its position / 32) steps whatever the number of hits. Put in order only as far as
 * pages have asked, from either end.
 */
interface SearchRun {
  key: string;
  all: Int32Array;
  bits: Uint32Array;
  hits: number;
  /** `j`: the next word of `bits` to read, counted from that end. */
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
  const rank = rankOf(state, all);
  const bits = new Uint32Array((all.length + 31) >>> 5);
  let hits = 0;
  const mark = (at: number) => {
    const w = at >>> 5;
    const bit = 1 << (at & 31);
    if ((bits[w]! & bit) === 0) {
      bits[w] = bits[w]! | bit;
      hits++;
    }
  };
  const hit = (slot: number) => mark(rank[slot]!);
  if (query.kind === 'phone') {
    const cells = phoneCells(state, list, sort, all);
    for (let pos = cells.indexOf(query.digits); pos !== -1;) {
      const at = (pos / PHONE_WIDTH) | 0;
      mark(at);
      pos = cells.indexOf(query.digits, (at + 1) * PHONE_WIDTH);
    }
  } else if (state.search) {
    eachNameMatch(state.search, state.words, rank, query.words, mark);
  } else {
    // Scan for the longest word (fewest hits); check the others on each hit.
    const needles = query.words.map((w) => ` ${w}`).sort((a, b) => b.length - a.length);
    const [first, ...rest] = needles as [string, ...string[]];
    const words = state.words;
    const check = (slot: number) => {
      if (rest.every((q) => words[slot]!.includes(q))) hit(slot);
    };
    scan(haystack(state, list), first, rest.length === 0 ? hit : check);
  }
  const end = () => ({ out: new Int32Array(hits), n: 0, j: 0 });
  state.lastSearch = { key, all, bits, hits, ends: { asc: end(), desc: end() } };
  return state.lastSearch;
}

/** Makes at least the first `upTo` hits of `dir` available (all of them if fewer). */
function produce(run: SearchRun, dir: 'asc' | 'desc', upTo: number): Int32Array {
  const e = run.ends[dir];
  const want = Math.min(run.hits, upTo);
  const { all, bits } = run;
  const last = bits.length - 1;
  // Every set bit is a hit, so the words run out only after all `hits` are out.
  while (e.n < want) {
    const w = dir === 'asc' ? e.j : last - e.j;
    e.j++;
    let v = bits[w]!;
    if (v === 0) continue;
    const base = w << 5;
    while (v !== 0) {
      // Lowest set bit first going up, highest first going down.
      const b = dir === 'asc' ? 31 - Math.clz32(v & -v) : 31 - Math.clz32(v);
      e.out[e.n++] = all[base + b]!;
      v ^= 1 << b;
    }
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
    // Every hit is counted up front; ordering them stops at the end of this page.
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
    rankOf(state, order(state, list, 'name'));
    phoneCells(state, list, 'name', order(state, list, 'name'));
    if (!state.search) haystack(state, list);
  }
}

/** True when name searches still scan: the model should call `buildSearchIndex` when idle. */
export function searchIndexDue(state: EngineState): boolean {
  return state.search === undefined;
}

/** Builds the word-prefix index (about a second at a million users, so only in idle time). */
export function buildSearchIndex(state: EngineState): void {
  state.search = buildIndex(state.words);
  for (const list of ['e', 'o', 'x'] as const) state.texts.delete(`${list}|words`);
}

/**
 * Saved form of the read model. Each text column is one string joined with `\n` and each
 * number column a Float64Array: IndexedDB clones a few large values far faster than millions
 * of small ones. Names and phones never contain a line break (validation refuses them).
 */
export interface EngineSnapshot {
  format: 4;
  size: number;
  text: Record<'phone' | 'list' | 'words' | 'nameKey' | 'source' | 'orgRole', string>;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  /** Attribute id → its sort keys; numbers are kept apart so they stay numbers. */
  attrs: SavedAttr[];
  /** Sorted orders that were built, so a revived model need not sort a million names again. */
  orders: Array<[string, Int32Array]>;
  /** The word-prefix index, so a revived model searches fast at once. */
  search: SavedIndex | undefined;
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
    format: 4,
    size: state.phone.length,
    text,
    createdAt: Float64Array.from(state.createdAt),
    updatedAt: Float64Array.from(state.updatedAt),
    attrs: [
      ...[...state.attrs].map(([id, column]) => saveAttr(id, column)),
      ...state.savedAttrs.values(),
    ],
    orders: [...state.orders],
    search: state.search && saveIndex(state.search),
  };
}

/**
 * Rebuilds the read model from a snapshot; `undefined` when the snapshot is not usable.
 * Only what the first screen and search need is unpacked now; the rest waits for first use.
 */
export function fromSnapshot(data: unknown): EngineState | undefined {
  const snap = data as Partial<EngineSnapshot> | undefined;
  if (snap?.format !== 4 || snap.text === undefined || snap.size === undefined) return undefined;
  const size = snap.size;
  const split = (text: string) => (size === 0 ? [] : text.split('\n'));
  const state = createState();
  for (const c of TEXT_COLUMNS) state[c] = split(snap.text[c]);
  if (TEXT_COLUMNS.some((c) => state[c].length !== size)) return undefined;
  state.createdAt = Array.from(snap.createdAt ?? []);
  state.updatedAt = Array.from(snap.updatedAt ?? []);
  for (const a of snap.attrs ?? []) state.savedAttrs.set(a.id, a);
  for (const [key, slots] of snap.orders ?? []) state.orders.set(key, slots);
  state.search = reviveIndex(snap.search, size);
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

/** Cuts the first rows of each tab from the read model. */
export function cutFirstRows(state: EngineState, keep: number = FIRST_KEEP): FirstRows {
  const cut = (tab: FirstTab) => {
    const slots = order(state, tab, 'name');
    const rows: FirstRow[] = [];
    for (let k = 0; k < Math.min(keep, slots.length); k++) {
      const slot = slots[k]!;
      rows.push({ phone: state.phone[slot]!, key: state.nameKey[slot]! });
    }
    return { rows, more: slots.length > keep };
  };
  return { e: cut('e'), o: cut('o') };
}
