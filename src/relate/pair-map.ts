/**
 * A map from pair keys (non-negative integers below 2^53, e.g. `i * n + j`)
 * to numbers, in typed arrays: a regroup of a large library scores millions
 * of pairs, and a `Map` keeps each such key and value as a heap object
 * (~60 bytes an entry, against ~22 here). Iterates in insertion order, like
 * a `Map`, so sums taken over it come out the same.
 */
const EMPTY = -1;
const MAX_LOAD = 0.7;

export class PairMap {
  private keys: Float64Array;
  private values: Float64Array;
  /** Slot of each entry, in insertion order. */
  private order: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Float64Array(capacity);
    this.order = new Int32Array(Math.ceil(capacity * MAX_LOAD));
    this.mask = capacity - 1;
  }

  get(key: number): number | undefined {
    const slot = this.find(key);
    return this.keys[slot] === EMPTY ? undefined : this.values[slot];
  }

  set(key: number, value: number): void {
    let slot = this.find(key);
    if (this.keys[slot] === EMPTY) {
      if (this.size >= this.order.length) {
        this.grow();
        slot = this.find(key);
      }
      this.keys[slot] = key;
      this.order[this.size++] = slot;
    }
    this.values[slot] = value;
  }

  forEach(fn: (value: number, key: number) => void): void {
    for (let i = 0; i < this.size; i++) {
      const slot = this.order[i]!;
      fn(this.values[slot]!, this.keys[slot]!);
    }
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: number): number {
    const keys = this.keys;
    let slot = hash(key) & this.mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key || k === EMPTY) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, values, order, size } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = new Float64Array(capacity);
    this.order = new Int32Array(Math.ceil(capacity * MAX_LOAD));
    this.mask = capacity - 1;
    for (let i = 0; i < size; i++) {
      const old = order[i]!;
      const slot = this.find(keys[old]!);
      this.keys[slot] = keys[old]!;
      this.values[slot] = values[old]!;
      this.order[i] = slot;
    }
  }
}

function hash(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
