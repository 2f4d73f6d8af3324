import { BodyMemo } from './body-memo';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const pieces = (...texts: string[]) => texts.map(bytes);

describe('BodyMemo', () => {
  it('assembles the pieces in order', () => {
    const body = new BodyMemo().assemble(pieces('{"items":[', '{"id":1},{"id":2}', '],"count":2}'));
    expect(Buffer.from(body).toString()).toBe('{"items":[{"id":1},{"id":2}],"count":2}');
  });

  it('answers equal pieces (new objects, same bytes) with the buffer it assembled before', () => {
    const memo = new BodyMemo();
    const first = memo.assemble(pieces('[', '{"id":1}', ']'));
    const again = memo.assemble(pieces('[', '{"id":1}', ']'));
    expect(again).toBe(first);
  });

  it('assembles anew when any piece differs, even by one byte of the same length', () => {
    const memo = new BodyMemo();
    const first = memo.assemble(pieces('[', '{"id":1}', '],"at":"08:20:00"'));
    const later = memo.assemble(pieces('[', '{"id":1}', '],"at":"08:20:01"'));
    expect(later).not.toBe(first);
    expect(Buffer.from(later).toString()).toBe('[{"id":1}],"at":"08:20:01"');
    expect(Buffer.from(first).toString()).toBe('[{"id":1}],"at":"08:20:00"');
  });

  it('compares bytes, not pieces: other boundaries around the same bytes give the same body', () => {
    const memo = new BodyMemo();
    const first = memo.assemble(pieces('ab', 'c'));
    expect(memo.assemble(pieces('a', 'bc'))).toBe(first);
    expect(Buffer.from(memo.assemble(pieces('a', 'bd'))).toString()).toBe('abd');
  });

  it('never answers from memory that changed: the remembered body, not the earlier pieces, is compared', () => {
    const memo = new BodyMemo();
    const shared = bytes('{"id":1}');
    const first = memo.assemble([bytes('['), shared, bytes(']')]);
    shared.write('{"id":2}');
    const later = memo.assemble([bytes('['), shared, bytes(']')]);
    expect(Buffer.from(later).toString()).toBe('[{"id":2}]');
    expect(Buffer.from(first).toString()).toBe('[{"id":1}]');
  });

  it('writes a single piece as it is', () => {
    const only = bytes('{"a":1}');
    expect(new BodyMemo().assemble([only])).toBe(only);
  });

  it('keeps at most `capacity` bodies, dropping the oldest', () => {
    const memo = new BodyMemo(2);
    const a = memo.assemble(pieces('[', 'a', ']'));
    const b = memo.assemble(pieces('[', 'b', ']'));
    memo.assemble(pieces('[', 'c', ']'));
    expect(memo.assemble(pieces('[', 'b', ']'))).toBe(b);
    expect(memo.assemble(pieces('[', 'a', ']'))).not.toBe(a);
  });

  it('does not keep bodies larger than its limit', () => {
    const memo = new BodyMemo(8, 16);
    const big = memo.assemble(pieces('[', 'x'.repeat(32), ']'));
    expect(memo.assemble(pieces('[', 'x'.repeat(32), ']'))).not.toBe(big);
  });
});
