/**
 * Blocks of memory holding items' JSON, each item followed by one comma, in the order added.
 * Items added one after another are neighbours, so `arrayChunks` writes a run of them as ONE
 * slice: a page in storage order is three pieces (head, items, tail) however many items it
 * has, which the route's BodyMemo compares or joins in three steps, not 43. (Measured under
 * load when pieces were still written one by one: 43 pieces cost about 10% more than 3.)
 *
 * The bytes live outside the JS heap (a million tasks are about a gigabyte of JSON), and the
 * blocks grow geometrically; an item is never split across blocks. Bytes once added are never
 * written again (new items go after them), so a view handed out always holds the same bytes.
 */
export class JsonItemBlocks {
  private readonly blocks: Buffer[] = [];
  private readonly blockOf: number[] = [];
  private readonly startOf: number[] = [];
  private readonly endOf: number[] = [];
  private readonly runs = new Map<number, Buffer>();
  private current = Buffer.alloc(0);
  private used = 0;

  get size(): number {
    return this.startOf.length;
  }

  /** Adds one item's JSON text; returns its index. */
  add(text: string): number {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes, plus the comma.
    this.makeRoom(text.length * 3 + 1);
    const written = this.current.write(text, this.used, 'utf8');
    return this.push(written);
  }

  /** Adds one item's JSON as UTF-8 bytes (a copy); returns its index. */
  addBytes(bytes: Uint8Array): number {
    this.makeRoom(bytes.length + 1);
    this.current.set(bytes, this.used);
    return this.push(bytes.length);
  }

  /** The item's bytes, a view into its block (the comma after it not included). */
  bytes(index: number): Buffer {
    return (this.blocks[this.blockOf[index] as number] as Buffer).subarray(this.startOf[index], this.endOf[index]);
  }

  text(index: number): string {
    return (this.blocks[this.blockOf[index] as number] as Buffer).toString('utf8', this.startOf[index], this.endOf[index]);
  }

  /**
   * The pieces of `open item,item,... close` for the items at `indexes`, in that order. A run of
   * consecutive indexes in one block is ONE piece (their commas are already between them), so
   * a page in storage order is three pieces however many items it holds. Only index arithmetic
   * per item: no view is made per item and no typed array is asked for its buffer (measured
   * under callgrind, both cost thousands of instructions a page).
   */
  arrayChunks(indexes: ArrayLike<number>, open: Uint8Array, close: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [open];
    let k = 0;
    while (k < indexes.length) {
      const first = indexes[k] as number;
      let last = first;
      k += 1;
      while (k < indexes.length && indexes[k] === last + 1 && this.blockOf[last + 1] === this.blockOf[first]) {
        last += 1;
        k += 1;
      }
      out.push(this.run(first, last));
      if (k < indexes.length) out.push(COMMA_PIECE);
    }
    out.push(close);
    return out;
  }

  /**
   * The bytes of items first..last (one block), as the same view object each time the same run
   * is asked for: a route's BodyMemo knows a repeated answer by its pieces' identity. One view is
   * kept per first item (a different last item gives a different length); bounded.
   */
  private run(first: number, last: number): Buffer {
    const start = this.startOf[first] as number;
    const end = this.endOf[last] as number;
    const kept = this.runs.get(first);
    if (kept !== undefined && kept.length === end - start) return kept;
    const view = (this.blocks[this.blockOf[first] as number] as Buffer).subarray(start, end);
    if (this.runs.size >= MAX_RUN_VIEWS) this.runs.clear();
    this.runs.set(first, view);
    return view;
  }

  /** Bytes held by the items (commas included). */
  get byteLength(): number {
    let total = 0;
    for (let i = 0; i < this.startOf.length; i += 1) total += (this.endOf[i] as number) - (this.startOf[i] as number) + 1;
    return total;
  }

  private makeRoom(room: number): void {
    if (this.used + room <= this.current.length) return;
    const next = Math.min(LARGEST_BLOCK, Math.max(FIRST_BLOCK, this.current.length * 2));
    this.current = Buffer.allocUnsafeSlow(Math.max(next, room));
    this.blocks.push(this.current);
    this.used = 0;
  }

  private push(written: number): number {
    this.current[this.used + written] = COMMA;
    this.blockOf.push(this.blocks.length - 1);
    this.startOf.push(this.used);
    this.endOf.push(this.used + written);
    this.used += written + 1;
    return this.startOf.length - 1;
  }
}

const COMMA = 0x2c;
const COMMA_PIECE = Buffer.from(',');
const FIRST_BLOCK = 1 << 20;
const MAX_RUN_VIEWS = 4096;
const LARGEST_BLOCK = 32 << 20;
