import { BodyMemo } from './body-memo';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const pieces = (...texts: string[]) => texts.map(bytes);

describe('BodyMemo', () => {
  it('assembles the pieces in order', () => {
    const body = new BodyMemo().assemble(pieces('{"items":[', '{"id":1},{"id":2}', '],"count":2}'));
    expect(Buffer.from(body).toString()).toBe('{"items":[{"id":1},{"id":2}],"count":2}');
  });

  it('answers the same pieces again with the buffer it assembled before', () => {
    const memo = new BodyMemo();
    const [open, items, close] = pieces('[', '{"id":1}', ']') as [Buffer, Buffer, Buffer];
    const first = memo.assemble([open, items, close]);
    expect(memo.assemble([open, items, close])).toBe(first);
  });

  it('assembles anew when any piece is another object, even one holding the same bytes', () => {
    const memo = new BodyMemo();
    const [open, items] = pieces('[', '{"id":1}') as [Buffer, Buffer];
    const first = memo.assemble([open, items, bytes('],"at":"08:20:00"')]);
    const later = memo.assemble([open, items, bytes('],"at":"08:20:01"')]);
    const same = memo.assemble([open, items, bytes('],"at":"08:20:01"')]);
    expect(later).not.toBe(first);
    expect(same).not.toBe(later);
    expect(Buffer.from(later).toString()).toBe('[{"id":1}],"at":"08:20:01"');
    expect(Buffer.from(same).toString()).toBe('[{"id":1}],"at":"08:20:01"');
    expect(Buffer.from(first).toString()).toBe('[{"id":1}],"at":"08:20:00"');
  });

  it('tells the same pieces in another order or number apart', () => {
    const memo = new BodyMemo();
    const [a, b] = pieces('a', 'b') as [Buffer, Buffer];
    const ab = memo.assemble([a, b]);
    expect(Buffer.from(memo.assemble([b, a])).toString()).toBe('ba');
    expect(Buffer.from(memo.assemble([a, b, b])).toString()).toBe('abb');
    expect(memo.assemble([a, b])).toBe(ab);
  });

  it('writes a single piece as it is', () => {
    const only = bytes('{"a":1}');
    expect(new BodyMemo().assemble([only])).toBe(only);
  });

  it('keeps at most `capacity` bodies, dropping the oldest', () => {
    const memo = new BodyMemo(2);
    const [open, a, b, c, close] = pieces('[', 'a', 'b', 'c', ']') as [Buffer, Buffer, Buffer, Buffer, Buffer];
    const first = memo.assemble([open, a, close]);
    const second = memo.assemble([open, b, close]);
    memo.assemble([open, c, close]);
    expect(memo.assemble([open, b, close])).toBe(second);
    expect(memo.assemble([open, a, close])).not.toBe(first);
  });

  it('does not keep bodies larger than its limit', () => {
    const memo = new BodyMemo(8, 16);
    const big = pieces('[', 'x'.repeat(32), ']');
    expect(memo.assemble(big)).not.toBe(memo.assemble(big));
  });
});
