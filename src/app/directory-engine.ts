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
  lastSearch: { key: string; slots: Int32Array } | undefined;
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
  };
}

function bump(state: EngineState, list: string, by: number) {
  state.counts.set(list, (state.counts.get(list) ?? 0) + by);
}

function invalidate(state: EngineState) {
  state.orders.clear();
  state.texts.clear();
  state.lastSearch = undefined;
}

/** Adds or replaces users; `attributes` decides which attribute columns are kept. */
export function upsertUsers(
  state: EngineState,
  users: readonly User[],
  attributes: readonly Pick<Attribute, 'id'>[],
): void {
  for (const a of attributes)
    if (!state.attrs.has(a.id))
      state.attrs.set(a.id, new Array<Key>(state.phone.length).fill(NO_VALUE));
  const columns = [...state.attrs];
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
  }
  invalidate(state);
}

/** Forgets users that no longer exist (purged). */
export function removeUsers(state: EngineState, phones: readonly string[]): void {
  for (const phone of phones) {
    const i = state.slot.get(phone);
    if (i === undefined || state.list[i] === GONE) continue;
    bump(state, state.list[i]!, -1);
    bump(state, GONE, 1);
    state.list[i] = GONE;
  }
  invalidate(state);
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
      return state.attrs.get(sort.slice(5)) ?? [];
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
  const slots = slotsOf(state, list);
  const keys = keyColumn(state, sort);
  const phones = state.phone;
  slots.sort((a, b) => {
    const x = keys[a] ?? NO_VALUE;
    const y = keys[b] ?? NO_VALUE;
    if (x !== y) {
      const xn = typeof x === 'number';
      if (xn !== (typeof y === 'number')) return xn ? -1 : 1;
      return x < y ? -1 : 1;
    }
    return phones[a]! < phones[b]! ? -1 : phones[a]! > phones[b]! ? 1 : 0;
  });
  state.orders.set(cacheKey, slots);
  return slots;
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

/** Slots matching a search, in the order of `sort`. Empty text matches the whole tab. */
export function matching(
  state: EngineState,
  list: ListCode,
  sort: SortKey,
  text: string,
): Int32Array {
  const all = order(state, list, sort);
  const query = parseSearch(text);
  if (query.kind === 'none') return all;
  const key = `${list}|${sort}|${text}`;
  if (state.lastSearch?.key === key) return state.lastSearch.slots;
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
  // Walk the sorted order once and keep the marked slots: results come out sorted.
  const slots = new Int32Array(hits);
  let n = 0;
  for (let j = 0; j < all.length && n < hits; j++) if (marks[all[j]!] === 1) slots[n++] = all[j]!;
  state.lastSearch = { key, slots };
  return slots;
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
  const slots = matching(state, req.list, req.sort, req.text);
  const total = slots.length;
  const phones: string[] = [];
  const end = Math.min(total, req.offset + req.limit);
  for (let k = Math.max(0, req.offset); k < end; k++) {
    phones.push(state.phone[slots[req.dir === 'asc' ? k : total - 1 - k]!]!);
  }
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
  format: 2;
  size: number;
  text: Record<'phone' | 'list' | 'words' | 'nameKey' | 'source' | 'orgRole', string>;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  /** Attribute id → its sort keys; numbers are kept apart so they stay numbers. */
  attrs: Array<{ id: string; text: string; numbers: Float64Array; isNumber: Uint8Array }>;
}

const TEXT_COLUMNS = ['phone', 'list', 'words', 'nameKey', 'source', 'orgRole'] as const;

export function toSnapshot(state: EngineState): EngineSnapshot {
  const size = state.phone.length;
  const text = Object.fromEntries(
    TEXT_COLUMNS.map((c) => [c, state[c].join('\n')]),
  ) as EngineSnapshot['text'];
  const attrs = [...state.attrs].map(([id, column]) => {
    const numbers = new Float64Array(size);
    const isNumber = new Uint8Array(size);
    const strings = column.map((v, i) => {
      if (typeof v === 'number') {
        numbers[i] = v;
        isNumber[i] = 1;
        return '';
      }
      return v;
    });
    return { id, text: strings.join('\n'), numbers, isNumber };
  });
  return {
    format: 2,
    size,
    text,
    createdAt: Float64Array.from(state.createdAt),
    updatedAt: Float64Array.from(state.updatedAt),
    attrs,
  };
}

/** Rebuilds the read model from a snapshot; `undefined` when the snapshot is not usable. */
export function fromSnapshot(data: unknown): EngineState | undefined {
  const snap = data as Partial<EngineSnapshot> | undefined;
  if (snap?.format !== 2 || snap.text === undefined || snap.size === undefined) return undefined;
  const size = snap.size;
  const split = (text: string) => (size === 0 ? [] : text.split('\n'));
  const state = createState();
  for (const c of TEXT_COLUMNS) state[c] = split(snap.text[c]);
  state.createdAt = Array.from(snap.createdAt ?? []);
  state.updatedAt = Array.from(snap.updatedAt ?? []);
  for (const a of snap.attrs ?? []) {
    const strings = split(a.text);
    state.attrs.set(
      a.id,
      strings.map((v, i) => (a.isNumber[i] === 1 ? a.numbers[i]! : v)),
    );
  }
  if (TEXT_COLUMNS.some((c) => state[c].length !== size)) return undefined;
  for (let i = 0; i < size; i++) {
    state.slot.set(state.phone[i]!, i);
    bump(state, state.list[i]!, 1);
  }
  return state;
}
