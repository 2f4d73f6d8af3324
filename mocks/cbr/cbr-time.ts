/**
 * CBR timestamps come in three genuine forms (api-facts 7, specs/cbr.yaml `CbrTimestamp`):
 * `2019-05-23T14:31:36.007+00:00`, `2020-02-23T01:00:32Z` and `2019-05-23T14:31:36.039418`
 * without an offset, which means UTC. They are parsed once, at load, into epoch ms (three per
 * task, millions of tasks: so by character codes, no regex and no Date). `Date.parse` is not
 * used because it reads a time without an offset as LOCAL time.
 */
const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Epoch ms of a CBR timestamp (or of a `YYYY-MM-DDThh:mm:ssZ` query value); NaN when not a real instant. */
export function parseCbrTimestamp(text: string): number {
  if (text.length < 19 || !at(text, 4, '-') || !at(text, 7, '-') || !at(text, 10, 'T') || !at(text, 13, ':') || !at(text, 16, ':')) {
    return Number.NaN;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return Number.NaN;
  }
  let i = 19;
  let ms = 0;
  if (at(text, i, '.')) {
    const start = (i += 1);
    while (i < text.length && isDigit(text, i)) i += 1;
    const count = i - start;
    if (count < 1 || count > 9) return Number.NaN;
    ms = digits(text, start, Math.min(count, 3)) * (count === 1 ? 100 : count === 2 ? 10 : 1);
  }
  let offsetMinutes = 0;
  if (at(text, i, 'Z')) i += 1;
  else if (at(text, i, '+') || at(text, i, '-')) {
    const sign = at(text, i, '-') ? -1 : 1;
    const colon = at(text, i + 3, ':') ? 1 : 0;
    const hours = digits(text, i + 1, 2);
    const minutes = digits(text, i + 3 + colon, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
    offsetMinutes = sign * (hours * 60 + minutes);
    i += 5 + colon;
  }
  if (i !== text.length) return Number.NaN;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + ms;
}

function at(text: string, i: number, char: string): boolean {
  return text.charCodeAt(i) === char.charCodeAt(0);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The number written by `n` digits at `i`, or -1 when one is not a digit. */
function digits(text: string, i: number, n: number): number {
  let value = 0;
  for (let k = i; k < i + n; k += 1) {
    if (!isDigit(text, k)) return -1;
    value = value * 10 + (text.charCodeAt(k) - 48);
  }
  return value;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The three forms the generator writes, one per task (a server writes one form throughout a body). */
export type TimestampStyle = 'offset' | 'zulu' | 'naive';

/**
 * Formats epoch ms in one of the genuine forms: `offset` with milliseconds and `+00:00` (current
 * documentation), `zulu` to the second (field descriptions), `naive` with microseconds and no
 * offset (older servers). `micros` supplies the three extra digits of the naive form.
 */
export function formatCbrTimestamp(epochMs: number, style: TimestampStyle, micros = 0): string {
  const iso = new Date(epochMs).toISOString();
  if (style === 'zulu') return `${iso.slice(0, 19)}Z`;
  if (style === 'naive') return `${iso.slice(0, 23)}${String(micros % 1000).padStart(3, '0')}`;
  return `${iso.slice(0, 23)}+00:00`;
}
