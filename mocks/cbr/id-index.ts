
/**
 * Task id → row, for a million loaded tasks without keeping a million id strings: an open-
 * addressing table of (hash, row) in two typed arrays (16 bytes a task). A candidate row is
 * confirmed by reading its id back (`idOf`, from the row's stored JSON), so two ids with the
 * same hash never mix. The first id read keeps its row when an id is given twice.
 */
export class IdIndex {
  private readonly hashes: Int32Array;
  /** Row + 1; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * `size` tasks, the k-th with id `idAt(k)` at row `rowAt(k)`: given in the order the ids were
   * read, so the strings are visited where they lie in memory (visited in row order, a million
   * ids cost seconds of cache misses at load).
   */
  constructor(
    size: number,
    idAt: (k: number) => string,
    rowAt: (k: number) => number,
    private readonly idOf: (row: number) => string,
  ) {
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let k = 0; k < size; k += 1) {
      const id = idAt(k);
      const hash = idHash(id);
      let slot = hash & this.mask;
      let duplicate = false;
      // A slot of the same hash (rare: a few hundred in a million) is told apart by its row's id.
      for (; this.slots[slot] !== 0 && !duplicate; slot = (slot + 1) & this.mask) {
        duplicate = this.hashes[slot] === hash && this.idOf((this.slots[slot] as number) - 1) === id;
      }
      // An id given twice keeps the row of its first reading.
      if (duplicate) continue;
      this.hashes[slot] = hash;
      this.slots[slot] = rowAt(k) + 1;
    }
  }

  /** The row of the task with this id, or -1. */
  rowOf(id: string): number {
    const hash = idHash(id);
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const row = (this.slots[slot] as number) - 1;
      if (this.hashes[slot] === hash && this.idOf(row) === id) return row;
    }
    return -1;
  }
}

/**
 * FNV-1a over an id's length and its last 16 characters: a UUID's last group alone is 48
 * random bits, and serial ids differ at their end. Hashing whole ids cost twice as long at
 * load; ids that agree on all of it only share a hash, the rows tell them apart.
 */
function idHash(id: string): number {
  let h = Math.imul(2166136261 ^ id.length, 16777619);
  for (let i = Math.max(0, id.length - 16); i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h | 0;
}
