/**
 * A map from phone number to a small integer, for what an import knows about every number
 * of the file and of the directory. A `Map<string, number>` holds a million numbers as a
 * million strings plus the map's own entries — about 50 MB of small objects the worker's
 * garbage collector walks again and again while the import runs. Here an E.164 number
 * (`+`, then 1–15 digits without a leading zero) is its own key as a float64, in an
 * open-addressing table of two typed arrays: 12 bytes a slot, no objects. Anything else is
 * kept in a plain Map, so the table accepts every string a Map would.
 */
export class PhoneTable {
  private keys: Float64Array;
  private values: Int32Array;
  private used = 0;
  private readonly other = new Map<string, number>();

  constructor(expected = 0) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.keys = new Float64Array(slots);
    this.values = new Int32Array(slots);
  }

  get size(): number {
    return this.used + this.other.size;
  }

  has(phone: string): boolean {
    return this.get(phone) !== undefined;
  }

  get(phone: string): number | undefined {
    const key = keyOf(phone);
    if (key === 0) return this.other.get(phone);
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  /** `value` must be a 32-bit integer. */
  set(phone: string, value: number): this {
    const key = keyOf(phone);
    if (key === 0) {
      this.other.set(phone, value);
      return this;
    }
    const slot = this.slotOf(key);
    this.values[slot] = value;
    if (this.keys[slot] !== key) {
      this.keys[slot] = key;
      // Kept at most half full, so a probe ends after a step or two.
      if (++this.used * 2 > this.keys.length) this.grow();
    }
    return this;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = hash(key) & mask;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === 0) continue;
      const slot = this.slotOf(key);
      this.keys[slot] = key;
      this.values[slot] = values[i]!;
    }
  }
}

/** The digits of an E.164 number as a number (exact: 15 digits < 2^53), or 0 for any other string. */
function keyOf(phone: string): number {
  const length = phone.length;
  if (length < 2 || length > 16 || phone.charCodeAt(0) !== 43 /* + */) return 0;
  let key = 0;
  for (let i = 1; i < length; i++) {
    const digit = phone.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (i === 1 && digit === 0)) return 0;
    key = key * 10 + digit;
  }
  return key;
}

/** Mixes both 32-bit halves of the key, so numbers that differ only in high digits spread too. */
function hash(key: number): number {
  const low = (key % 4294967296) | 0;
  const high = (key / 4294967296) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
