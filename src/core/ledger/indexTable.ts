/**
 * A hash table over row indices in one typed array (open addressing, linear probing): "the first
 * row with the same key as row i". The grouping checks put a million rows through it; a Map of a
 * million joined-string keys costs seconds in allocation and garbage collection, this costs none.
 */
export class FirstIndexTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(rows: number) {
    let size = 16;
    while (size < rows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The first row remembered with a key equal to row i's, or i itself (now remembered) when the key is new. */
  firstOf(i: number, hash: number, same: (a: number, b: number) => boolean): number {
    let slot = hash & this.mask;
    for (;;) {
      const held = this.slots[slot];
      if (held === 0) {
        this.slots[slot] = i + 1;
        return i;
      }
      if (same(held - 1, i)) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** 32-bit mix of two integers (murmur3 finaliser over a combination), for keys like supplier + öre. */
export function hashInts(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b | 0, 0xc2b2ae35) ^ Math.imul(Math.floor(b / 0x1_0000_0000), 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a string, continued from a seed hash. */
export function hashText(text: string, seed: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
