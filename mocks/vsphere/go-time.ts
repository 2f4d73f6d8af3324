/**
 * Go's `time.Time` JSON form (RFC 3339 with nanoseconds, trailing zeros trimmed): vCenter
 * keeps microseconds, so the seed prints "2021-08-30T11:41:27.79623Z" and "2021-08-31T08:15:01.673Z"
 * (api-facts 1.5). `micros` adds the three digits a JavaScript time lacks.
 */
export function toGoTime(epochMs: number, micros = 0): string {
  const iso = new Date(epochMs).toISOString();
  const fraction = String((epochMs % 1000) * 1000 + micros)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}

/** Unix seconds of a time, truncated: how the wrapper's `*_time` fields derive (api-facts 1.4). */
export function toUnixSeconds(epochMs: number): number {
  return Math.floor(epochMs / 1000);
}
