import { JsonItemBlocks } from './json-item-blocks';

const joined = (chunks: readonly Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

function blocksOf(texts: readonly string[]): JsonItemBlocks {
  const blocks = new JsonItemBlocks();
  for (const text of texts) blocks.add(text);
  return blocks;
}

const texts = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, name: i % 7 === 0 ? `云服务器-${i}-😀` : `ecs-${i}` }));

describe('JsonItemBlocks', () => {
  it('gives back each item as added, multi-byte characters included', () => {
    const blocks = blocksOf(texts);
    expect(blocks.size).toBe(texts.length);
    texts.forEach((text, i) => {
      expect(blocks.text(i)).toBe(text);
      expect(blocks.bytes(i).toString('utf8')).toBe(text);
    });
  });

  it('hands out the same view for the same run, and another for a run that starts there but ends elsewhere', () => {
    const blocks = blocksOf(texts);
    const first = blocks.arrayChunks([3, 4, 5], OPEN, CLOSE);
    const again = blocks.arrayChunks([3, 4, 5], OPEN, CLOSE);
    expect(again[1]).toBe(first[1]);
    const shorter = blocks.arrayChunks([3, 4], OPEN, CLOSE);
    expect(shorter[1]).not.toBe(first[1]);
    expect(joined(shorter)).toBe(`[${texts[3]},${texts[4]}]`);
    blocks.add('{"id":"later"}');
    expect(joined(blocks.arrayChunks([3, 4, 5], OPEN, CLOSE))).toBe(`[${texts.slice(3, 6).join(',')}]`);
  });

  it('writes a run of neighbours as one piece between the brackets', () => {
    const blocks = blocksOf(texts);
    const chunks = blocks.arrayChunks([10, 11, 12, 13, 14], OPEN, CLOSE);
    expect(chunks).toHaveLength(3);
    expect(JSON.parse(joined(chunks))).toEqual(texts.slice(10, 15).map((t) => JSON.parse(t)));
  });

  it('splits runs where items are not neighbours, and keeps the answer exact', () => {
    const blocks = blocksOf(texts);
    for (const rows of [[3, 4, 6, 7, 8, 20], [9, 8, 7], [5], [], [0, 49]]) {
      const chunks = blocks.arrayChunks(rows, OPEN, CLOSE);
      expect(JSON.parse(joined(chunks))).toEqual(rows.map((i) => JSON.parse(texts[i] as string)));
    }
    expect(blocks.arrayChunks([3, 4, 6, 7, 8, 20], OPEN, CLOSE)).toHaveLength(2 + 3 + 2);
  });

  it('wraps the items in the given open and close pieces, and writes an empty page as just those', () => {
    const blocks = blocksOf(texts);
    const open = Buffer.from('{"items":[');
    const close = Buffer.from('],"count":50}');
    expect(JSON.parse(joined(blocks.arrayChunks([1, 2], open, close)))).toEqual({ items: [JSON.parse(texts[1] as string), JSON.parse(texts[2] as string)], count: 50 });
    expect(blocks.arrayChunks([], open, close)).toEqual([open, close]);
  });

  it('keeps an item larger than a block whole, and starts a new block rather than split one', () => {
    const big = JSON.stringify({ blob: 'y'.repeat(3 << 20) });
    const blocks = blocksOf(['{"a":1}', big, '{"b":2}']);
    expect(blocks.text(1)).toBe(big);
    expect(JSON.parse(joined(blocks.arrayChunks([0, 1, 2], OPEN, CLOSE)))).toEqual([{ a: 1 }, JSON.parse(big), { b: 2 }]);
    // The big item opened a block of its own: the run breaks where the block changes.
    expect(blocks.arrayChunks([0, 1, 2], OPEN, CLOSE).length).toBeGreaterThan(3);
  });

  it('copies items given as bytes, which become neighbours like added texts', () => {
    const source = blocksOf(texts);
    const copy = new JsonItemBlocks();
    for (const i of [5, 3, 1]) copy.addBytes(source.bytes(i));
    const chunks = copy.arrayChunks([0, 1, 2], OPEN, CLOSE);
    expect(chunks).toHaveLength(3);
    expect(joined(chunks)).toBe(`[${texts[5]},${texts[3]},${texts[1]}]`);
    expect(copy.byteLength).toBe([5, 3, 1].reduce((n, i) => n + Buffer.byteLength(texts[i] as string) + 1, 0));
  });
});
