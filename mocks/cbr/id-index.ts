import { textHash } from './text-hash';

/**
 * Task id → row, for a million loaded tasks without keeping a million id strings: an open-
 * addressing table of (hash, row) in two typed arrays (16 bytes a task). A candidate row is
 * confirmed by reading its id back (`idOf`, from the row's stored JSON), so two ids with the
 * same hash never mix. The first row given an id keeps it.
 */
export class IdIndex {
  private readonly hashes: Int32Array;
  /** Row + 1; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    ids: (row: number) => string,
    size: number,
    private readonly idOf: (row: number) => string,
  ) {
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let row = 0; row < size; row += 1) {
      const id = ids(row);
      const hash = textHash(id) | 0;
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) {
        if (this.hashes[slot] === hash && ids((this.slots[slot] as number) - 1) === id) break;
        slot = (slot + 1) & this.mask;
      }
      if (this.slots[slot] !== 0) continue;
      this.hashes[slot] = hash;
      this.slots[slot] = row + 1;
    }
  }

  /** The row of the task with this id, or -1. */
  rowOf(id: string): number {
    const hash = textHash(id) | 0;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const row = (this.slots[slot] as number) - 1;
      if (this.hashes[slot] === hash && this.idOf(row) === id) return row;
    }
    return -1;
  }
}
