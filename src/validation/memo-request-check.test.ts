import type { Operation } from '../spec/operation';
import { memoRequestCheck } from './memo-request-check';
import type { RequestCheck, RequestInput } from './request-validator';

const op = {
  operationId: 'x',
  parameters: [{ name: 'X-Token', in: 'header' }],
} as unknown as Operation;

function counting() {
  const seen: RequestInput[] = [];
  const check = (input: RequestInput): RequestCheck => {
    seen.push(input);
    return { values: { path: {}, query: { ...input.query }, header: {} }, issues: [], undeclaredQuery: [] };
  };
  return { seen, check };
}

describe('memoRequestCheck', () => {
  it('checks a URL once and normalises before checking', () => {
    const { seen, check } = counting();
    const memo = memoRequestCheck(op, check, (q) => ({ ...q, n: 'yes' }));
    const first = memo('/a?x=1', () => ({ query: { x: '1' }, headers: { 'x-token': 't' } }));
    const again = memo('/a?x=1', () => ({ query: { x: '1' }, headers: { 'x-token': 't' } }));
    expect(again).toBe(first);
    expect(seen).toHaveLength(1);
    expect(first.values.query).toEqual({ x: '1', n: 'yes' });
  });

  it('tells apart URLs and declared header values', () => {
    const { seen, check } = counting();
    const memo = memoRequestCheck(op, check, undefined);
    memo('/a?x=1', () => ({ query: {}, headers: { 'x-token': 't' } }));
    memo('/a?x=2', () => ({ query: {}, headers: { 'x-token': 't' } }));
    memo('/a?x=1', () => ({ query: {}, headers: { 'x-token': 'u' } }));
    expect(seen).toHaveLength(3);
  });

  it('stays bounded, dropping the oldest URL first', () => {
    const { seen, check } = counting();
    const memo = memoRequestCheck(op, check, undefined);
    for (let i = 0; i < 600; i += 1) memo(`/a?i=${i}`, () => ({ query: {} }));
    memo('/a?i=599', () => ({ query: {} }));
    expect(seen).toHaveLength(600);
    memo('/a?i=0', () => ({ query: {} }));
    expect(seen).toHaveLength(601);
  });
});
