import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Thin wrapper over node:util parseArgs: strict, with a readable error for an unknown flag. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  return parseArgs({ args, options, strict: true, allowPositionals: true });
}

export function toInteger(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got '${value}'`);
  return n;
}

/** `--api all` (default), one key, or a comma list; unknown keys are an error naming the known ones. */
export function selectVendors<T extends { vendor: string }>(items: readonly T[], api: string | undefined): T[] {
  if (api === undefined || api === 'all') return [...items];
  const wanted = api.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((key) => !items.some((d) => d.vendor === key));
  if (unknown.length > 0) {
    throw new Error(`unknown --api ${unknown.join(', ')}; known: ${items.map((d) => d.vendor).join(', ')}, all`);
  }
  return items.filter((d) => wanted.includes(d.vendor));
}
