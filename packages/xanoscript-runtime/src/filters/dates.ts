import { ValueTypeError } from '../errors.js';
import { toNumber, toText, type Value } from '../values.js';
import { formatDate, zonedParts } from './date-format.js';
import type { EagerFilter, FilterCall } from './types.js';

// Date/time filters — syntax.md "Date/Time Filters" and "Timestamp Parts". Timestamps are epoch
// milliseconds; text without a zone is read as UTC, and the default zone is UTC (unverified).

/** Epoch ms from a timestamp text: ISO forms, `Y-m-d`, `Y-m-d H:i:s[+0000]`, or digits (ms). */
export function parseTimestamp(text: string, at: string, now?: number): number {
  const s = text.trim();
  if (s === 'now' && now !== undefined) return now;
  if (/^-?\d+$/.test(s)) return Number(s);
  let iso = s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso += 'T00:00:00';
  if (!/(Z|[+-]\d{2}:\d{2})$/i.test(iso)) iso += 'Z';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new ValueTypeError(`not a timestamp: ${JSON.stringify(text)} (expected e.g. 2026-01-31 08:00:00+0000 or epoch ms)`, at);
  return ms;
}

const nowOf = (call: FilterCall): number => call.scope.frame.state.clock.now();

/** A timestamp value (ms, or text) as epoch ms. */
export function ms(v: Value | undefined, call: FilterCall): number {
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) throw new ValueTypeError(`filter ${call.name} needs a timestamp, got null`, call.at);
  return parseTimestamp(toText(v), call.at, nowOf(call));
}

const UNIT_MS: Record<string, number> = { sec: 1e3, second: 1e3, min: 6e4, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5 };

/** `$ts|transform_timestamp:"-7 days"`: relative terms `±N unit` (seconds … years), `today`, `midnight`, `tomorrow`, `yesterday`. */
function transform(start: number, expr: string, call: FilterCall): number {
  let t = start;
  const rest = expr.trim().toLowerCase().replace(/\b(today|midnight|tomorrow|yesterday|now)\b/g, (w) => {
    const day = Math.floor(t / 864e5) * 864e5;
    t = w === 'now' ? t : w === 'tomorrow' ? day + 864e5 : w === 'yesterday' ? day - 864e5 : day;
    return '';
  });
  const term = /([+-]?\s*\d+)\s*(sec|second|min|minute|hour|day|week|month|year)s?\b/g;
  const leftover = rest.replace(term, (_m, n: string, unit: string) => {
    const k = Number(n.replace(/\s/g, ''));
    if (unit === 'month' || unit === 'year') {
      const d = new Date(t);
      d.setUTCMonth(d.getUTCMonth() + k * (unit === 'year' ? 12 : 1));
      t = d.getTime();
    } else t += k * (UNIT_MS[unit] ?? 0);
    return '';
  });
  if (leftover.trim() !== '') throw new ValueTypeError(`transform_timestamp: cannot read ${JSON.stringify(leftover.trim())} (write e.g. "-7 days" or "+1 hour")`, call.at);
  return t;
}

const part = (k: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'weekday'): EagerFilter => (v, [tz], call) => zonedParts(ms(v, call), toText(tz ?? 'UTC'), call.at)[k];

export const DATE_FILTERS: Record<string, EagerFilter> = {
  to_timestamp: (v, _a, call) => ms(v, call),
  to_ms: (v, _a, call) => ms(v, call),
  to_seconds: (v, _a, call) => Math.floor(ms(v, call) / 1e3),
  to_minutes: (v, _a, call) => Math.floor(ms(v, call) / 6e4),
  to_hours: (v, _a, call) => Math.floor(ms(v, call) / 36e5),
  to_days: (v, _a, call) => Math.floor(ms(v, call) / 864e5),
  parse_timestamp: (v, _a, call) => ms(v, call),
  format_timestamp: (v, [fmt, tz], call) => formatDate(ms(v, call), toText(fmt ?? 'c'), toText(tz ?? 'UTC'), call.at),
  transform_timestamp: (v, [expr], call) => transform(ms(v, call), toText(expr ?? ''), call),
  add_secs_to_timestamp: (v, [n], call) => ms(v, call) + (toNumber(n ?? 0) ?? 0) * 1e3,
  add_ms_to_timestamp: (v, [n], call) => ms(v, call) + (toNumber(n ?? 0) ?? 0),
  timestamp_year: part('year'),
  timestamp_month: part('month'),
  timestamp_day_of_month: part('day'),
  timestamp_hour: part('hour'),
  timestamp_minute: part('minute'),
  timestamp_day_of_week: part('weekday'),
};
