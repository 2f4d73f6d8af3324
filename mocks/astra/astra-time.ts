/**
 * type_astra_time with microseconds, as Astra prints them (`2020-08-06T12:24:52.256624Z`,
 * seed 003). Always six digits: trailing zeros are kept, so that lexicographic order (the
 * filter's comparison, api-facts 4.7) is also chronological order.
 */
export function formatMicros(epochMicros: number): string {
  const us = Math.floor(epochMicros);
  const ms = Math.floor(us / 1000);
  const extra = String(us - ms * 1000).padStart(3, '0');
  return `${new Date(ms).toISOString().slice(0, 23)}${extra}Z`;
}

export const SECOND_US = 1_000_000;
export const MINUTE_US = 60 * SECOND_US;
export const HOUR_US = 60 * MINUTE_US;
export const DAY_US = 24 * HOUR_US;
