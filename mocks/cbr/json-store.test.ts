import { createJsonStoreWriter } from './json-store';

describe('createJsonStoreWriter', () => {
  it('gives back every text, in the given order, across several chunks and multi-byte characters', () => {
    const writer = createJsonStoreWriter();
    const texts = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, name: i % 3 === 0 ? `云服务器-${i}-😀` : 'ecs-web-01', pad: 'x'.repeat(i % 700) }));
    texts.forEach((t) => writer.add(Buffer.from(t)));
    const order = Int32Array.from(texts.map((_, i) => texts.length - 1 - i));
    const store = writer.finish(order);
    expect(store.size).toBe(texts.length);
    for (let row = 0; row < texts.length; row += 1) expect(store.text(row)).toBe(texts[texts.length - 1 - row]);
  });

  it('keeps a text larger than a chunk whole', () => {
    const writer = createJsonStoreWriter();
    const big = JSON.stringify({ blob: 'y'.repeat(40 << 20) });
    writer.add(Buffer.from('{"a":1}'));
    writer.add(Buffer.from(big));
    const store = writer.finish(Int32Array.from([1, 0]));
    expect(store.text(0)).toBe(big);
    expect(store.text(1)).toBe('{"a":1}');
  });

  it('holds nothing for no tasks', () => {
    expect(createJsonStoreWriter().finish(new Int32Array(0)).size).toBe(0);
  });
});

describe('createJsonStoreWriter with a layout', () => {
  it('lays the bytes out again in the layout sequence: consecutive rows of it are one slice', () => {
    const writer = createJsonStoreWriter();
    const texts = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, project: i % 2 === 0 ? 'even' : 'odd' }));
    texts.forEach((t) => writer.add(Buffer.from(t)));
    // Rows in reverse order of reading; the layout puts the rows of each "project" together.
    const order = Int32Array.from(texts.map((_, i) => texts.length - 1 - i));
    const rowsOf = (parity: number) => [...order.keys()].filter((row) => (order[row] as number) % 2 === parity);
    const store = writer.finish(order, Int32Array.from([...rowsOf(0), ...rowsOf(1)]));
    for (let row = 0; row < texts.length; row += 1) expect(store.text(row)).toBe(texts[order[row] as number]);
    const chunks = store.arrayChunks(rowsOf(1).slice(3, 13), Buffer.from('['), Buffer.from(']'));
    expect(chunks).toHaveLength(3);
    expect(JSON.parse(Buffer.concat(chunks).toString())).toEqual(rowsOf(1).slice(3, 13).map((row) => JSON.parse(texts[order[row] as number] as string)));
  });
});
