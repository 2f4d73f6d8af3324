import type { LocalizationParam } from '../list-item';

/** A named message argument and how `default_message` prints it. */
export interface RenderedParam {
  readonly param: LocalizationParam;
  readonly text: string;
}

/** The Vapi Std LocalizationParam DateTimeFormat values this generator uses. */
export type DateTimeFormat = 'SHORT_DATE_TIME' | 'MED_DATE_TIME';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

export function stringParam(value: string): RenderedParam {
  return { param: { s: value }, text: value };
}

export function integerParam(value: number): RenderedParam {
  return { param: { i: value }, text: String(value) };
}

/** `d` with `precision`, the number of fractional digits the message prints (`41.57`, precision 2). */
export function doubleParam(value: number, precision: number): RenderedParam {
  const rounded = Number(value.toFixed(precision));
  return { param: { d: rounded, precision }, text: rounded.toFixed(precision) };
}

/**
 * `dt` with `format`, printed in UTC (the vAPI runtime's default time zone, vsphere-automation-sdk-go
 * runtime/l10n/MessageFormattor.go). SHORT_DATE_TIME is laid out as that runtime does
 * (`2019-01-28 12:59`, runtime/l10n/DateTimeFormat.go); MED_DATE_TIME as the spec's BLOCKED
 * example prints it (`14 Mar 2025 09:30`).
 */
export function dateTimeParam(date: Date, format: DateTimeFormat): RenderedParam {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const text =
    format === 'SHORT_DATE_TIME'
      ? `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${time}`
      : `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time}`;
  return { param: { dt: date.toISOString(), format }, text };
}

/**
 * A snapshot retention as a nested message (`l`), as the spec's MixedStatusTasks example writes
 * it: `com.vmware.snapservice.retention.days` with the integer `days` (taskmock's message id).
 */
export function retentionParam(days: number): RenderedParam {
  return {
    param: { l: { id: 'com.vmware.snapservice.retention.days', params: { days: { i: days } } } },
    text: days === 1 ? '1 day' : `${days} days`,
  };
}

/** The `params` map of named arguments. */
export function paramsOf(named: Readonly<Record<string, RenderedParam>>): Record<string, LocalizationParam> {
  return Object.fromEntries(Object.entries(named).map(([name, rendered]) => [name, rendered.param]));
}
