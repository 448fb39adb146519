/**
 * The directory's word-prefix index: every (name word, slot) pair, grouped by word and the
 * words sorted, so the users having a word that starts with a prefix are one binary search
 * away instead of a scan over every user's name. Kept in a few long strings and typed arrays,
 * not millions of small objects: it is built, saved and revived at a million users.
 * Pure; the engine (directory-engine.ts) owns it and checks the tab of each hit.
 */

export interface SearchIndex {
  /** Distinct words in ascending order (UTF-16 code units, as `<` compares), joined with `\n`. */
  text: string;
  /**
   * Start of each word in `text`, then `text.length + 1`: word `i` is
   * `text.slice(starts[i], starts[i + 1] - 1)`.
   */
  starts: Int32Array;
  /** Start of each word's run of slots in `slots`, then the end. */
  first: Int32Array;
  /** Slots having each word, word by word, ascending within a word. */
  slots: Int32Array;
  /** Slots covered by the build; every slot added later is in `delta`. */
  size: number;
  /** 1 for a covered slot whose words changed since the build: its entries are not trusted. */
  stale: Uint8Array;
  /**
   * Slots whose words changed, or that were added, since the build. Re-sorting a million words
   * after every edit would be far slower than checking these few directly on each search.
   */
  delta: Set<number>;
}

/**
 * Past this many changed slots the engine drops the index (name searches scan) until the model
 * rebuilds it when idle: checking them all on every search would eat what the index saves.
 */
export const DELTA_LIMIT = 50_000;

/**
 * The distinct words of `lines` and, for each (word, line) pair, the word's id and the line.
 * Words are interned through an open-addressing table of FNV-1a hashes that points back into
 * the lines: cutting millions of small strings out first would cost more than the whole rest
 * of the build.
 */
function collectWords(lines: readonly string[]) {
  let capacity = 1 << 12;
  let table = new Int32Array(capacity);
  // Per distinct word: its hash, and where it first occurs.
  let hash = new Int32Array(1 << 10);
  let line = new Int32Array(hash.length);
  let start = new Int32Array(hash.length);
  let length = new Int32Array(hash.length);
  let distinct = 0;
  let entryId = new Int32Array(lines.length * 2 + 16);
  let entrySlot = new Int32Array(entryId.length);
  let n = 0;
  for (let s = 0; s < lines.length; s++) {
    const text = lines[s]!;
    const from = n;
    // Lines are ` word word`: each word follows a space.
    for (let p = 1; p < text.length;) {
      let h = 0x811c9dc5 | 0;
      let q = p;
      for (; q < text.length; q++) {
        const c = text.charCodeAt(q);
        if (c === 32) break;
        h = Math.imul(h ^ c, 0x01000193);
      }
      const len = q - p;
      let i = h & (capacity - 1);
      let id = -1;
      for (let e = table[i]!; e !== 0; e = table[i]!) {
        const d = e - 1;
        if (hash[d] === h && length[d] === len) {
          const other = lines[line[d]!]!;
          const at = start[d]!;
          let k = 0;
          while (k < len && other.charCodeAt(at + k) === text.charCodeAt(p + k)) k++;
          if (k === len) {
            id = d;
            break;
          }
        }
        i = (i + 1) & (capacity - 1);
      }
      if (id === -1) {
        id = distinct++;
        if (id === hash.length) {
          hash = grow(hash);
          line = grow(line);
          start = grow(start);
          length = grow(length);
        }
        hash[id] = h;
        line[id] = s;
        start[id] = p;
        length[id] = len;
        table[i] = id + 1;
        if (distinct * 2 > capacity) {
          capacity *= 2;
          table = new Int32Array(capacity);
          for (let d = 0; d < distinct; d++) {
            let j = hash[d]! & (capacity - 1);
            while (table[j] !== 0) j = (j + 1) & (capacity - 1);
            table[j] = d + 1;
          }
        }
      }
      p = q + 1;
      // A name repeating a word ("Anna Anna") gets one entry.
      let repeated = false;
      for (let k = from; k < n; k++) if (entryId[k] === id) repeated = true;
      if (repeated) continue;
      if (n === entryId.length) {
        entryId = grow(entryId);
        entrySlot = grow(entrySlot);
      }
      entryId[n] = id;
      entrySlot[n] = s;
      n++;
    }
  }
  const words: string[] = [];
  for (let d = 0; d < distinct; d++)
    words.push(lines[line[d]!]!.slice(start[d]!, start[d]! + length[d]!));
  return { words, entryId, entrySlot, entries: n };
}

/** Indexes `lines` (one ` word word` line per slot, as the engine keeps them). */
export function buildIndex(lines: readonly string[]): SearchIndex {
  const { words, entryId, entrySlot, entries: n } = collectWords(lines);
  const byWord = words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  const sorted = byWord.map((id) => words[id]!);
  const rankOfId = new Int32Array(words.length);
  for (let r = 0; r < byWord.length; r++) rankOfId[byWord[r]!] = r;
  // Counting sort of the entries by word; entries come in slot order, so runs stay ascending.
  const first = new Int32Array(sorted.length + 1);
  for (let k = 0; k < n; k++) first[rankOfId[entryId[k]!]! + 1]!++;
  for (let r = 0; r < sorted.length; r++) first[r + 1]! += first[r]!;
  const next = first.slice(0, sorted.length);
  const slots = new Int32Array(n);
  for (let k = 0; k < n; k++) slots[next[rankOfId[entryId[k]!]!]!++] = entrySlot[k]!;
  const starts = new Int32Array(sorted.length + 1);
  for (let r = 0; r < sorted.length; r++) starts[r + 1] = starts[r]! + sorted[r]!.length + 1;
  return {
    text: sorted.join('\n'),
    starts,
    first,
    slots,
    size: lines.length,
    stale: new Uint8Array(lines.length),
    delta: new Set(),
  };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/** The first distinct word not below `key`. */
function lowerBound(index: SearchIndex, key: string): number {
  const { text, starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (text.slice(starts[mid]!, starts[mid + 1]! - 1) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The run of `slots` whose words start with `prefix`, as `[from, to)`. */
export function prefixRange(index: SearchIndex, prefix: string): [number, number] {
  // No word contains U+FFFF (a noncharacter, neither letter nor digit), so the words that
  // start with `prefix` are exactly those from `prefix` up to, not including, `prefix\uffff`.
  return [
    index.first[lowerBound(index, prefix)]!,
    index.first[lowerBound(index, `${prefix}\uffff`)]!,
  ];
}

/** Records that a slot's words changed (or that it is new), so its entries are not trusted. */
export function markChanged(index: SearchIndex, slot: number): void {
  if (slot < index.size) index.stale[slot] = 1;
  index.delta.add(slot);
}

/**
 * Calls `hit` with the position of every user whose words start with every query word.
 * `position` maps a slot to its place in the searched tab's sorted order, -1 outside the tab:
 * one lookup both filters by tab and gives where the hit goes. A user may be reported twice
 * (two of their words share the prefix); the caller dedupes.
 */
export function eachNameMatch(
  index: SearchIndex,
  words: readonly string[],
  position: Int32Array,
  query: readonly string[],
  hit: (position: number) => void,
): void {
  // Walk the run of the most selective word; check the others on each candidate.
  let best = prefixRange(index, query[0]!);
  let bestWord = 0;
  for (let i = 1; i < query.length; i++) {
    const r = prefixRange(index, query[i]!);
    if (r[1] - r[0] < best[1] - best[0]) {
      best = r;
      bestWord = i;
    }
  }
  const needles = query.map((w) => ` ${w}`);
  const rest = needles.filter((_, i) => i !== bestWord);
  const { slots, stale } = index;
  for (let k = best[0]; k < best[1]; k++) {
    const slot = slots[k]!;
    const at = position[slot]!;
    if (at < 0 || stale[slot] === 1) continue;
    if (rest.length === 0 || rest.every((q) => words[slot]!.includes(q))) hit(at);
  }
  for (const slot of index.delta) {
    const at = position[slot] ?? -1;
    if (at >= 0 && needles.every((q) => words[slot]!.includes(q))) hit(at);
  }
}

/** Saved form of the index: its arrays, and the delta as a list. */
export interface SavedIndex {
  text: string;
  starts: Int32Array;
  first: Int32Array;
  slots: Int32Array;
  size: number;
  delta: Int32Array;
}

export function saveIndex(index: SearchIndex): SavedIndex {
  const { text, starts, first, slots, size } = index;
  return { text, starts, first, slots, size, delta: Int32Array.from(index.delta) };
}

/** The index of a snapshot of `size` slots; `undefined` when it is missing or does not fit. */
export function reviveIndex(data: unknown, size: number): SearchIndex | undefined {
  const saved = data as Partial<SavedIndex> | undefined;
  if (
    typeof saved?.text !== 'string' ||
    !(saved.starts instanceof Int32Array) ||
    !(saved.first instanceof Int32Array) ||
    !(saved.slots instanceof Int32Array) ||
    !(saved.delta instanceof Int32Array) ||
    typeof saved.size !== 'number' ||
    saved.size > size ||
    saved.starts.length !== saved.first.length ||
    saved.first[saved.first.length - 1] !== saved.slots.length
  )
    return undefined;
  const index: SearchIndex = {
    text: saved.text,
    starts: saved.starts,
    first: saved.first,
    slots: saved.slots,
    size: saved.size,
    stale: new Uint8Array(saved.size),
    delta: new Set(),
  };
  for (const slot of saved.delta) markChanged(index, slot);
  return index;
}
