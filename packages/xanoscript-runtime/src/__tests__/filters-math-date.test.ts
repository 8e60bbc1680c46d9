import { describe, expect, it } from 'vitest';
import { manualClock } from '../context.js';
import { ValueTypeError } from '../errors.js';
import { evalXs } from './helpers.js';

// syntax/functions.md "Math Filters", "Trigonometry", "Bitwise Filters", "Logical NOT Filter";
// syntax.md "Date/Time Filters", "Timestamp Parts" — dates in UTC.

const math: ReadonlyArray<readonly [string, unknown]> = [
  ['10|add:5', 15],
  ['10|subtract:3', 7],
  ['10|multiply:2', 20],
  ['10|divide:2', 5],
  ['10|modulus:3', 1],
  ['2.7|floor', 2],
  ['2.3|ceil', 3],
  ['2.567|round:2', 2.57],
  ['2.5|round', 3],
  ['-5|abs', 5],
  ['9|sqrt', 3],
  ['2|pow:3', 8],
  ['5|min:3', 3],
  ['5|max:10', 10],
  ['0|sin', 0],
  ['0|cos', 1],
  ['5|bitwise_and:3', 1],
  ['5|bitwise_or:3', 7],
  ['5|bitwise_xor:3', 6],
  ['5|bitwise_not', -6],
  ['true|not', false],
  ['false|not', true],
  ['"4"|add:1', 5],
  ['[6,4,8]|min', 4],
  ['[6,4,8]|max', 8],
];

// 2026-01-31 08:05:09.250 UTC, a Saturday
const T = Date.UTC(2026, 0, 31, 8, 5, 9, 250);
const dates: ReadonlyArray<readonly [string, unknown]> = [
  [`${T}|format_timestamp:"Y-m-d":"UTC"`, '2026-01-31'],
  [`${T}|format_timestamp:"Y-m-d H:i:s"`, '2026-01-31 08:05:09'],
  [`${T}|format_timestamp:"D, d M Y g:i A"`, 'Sat, 31 Jan 2026 8:05 AM'],
  [`${T}|format_timestamp:"c":"America/New_York"`, '2026-01-31T03:05:09-05:00'],
  [`${T}|transform_timestamp:"-7 days"`, T - 7 * 864e5],
  [`${T}|transform_timestamp:"+1 hour"`, T + 36e5],
  [`${T}|transform_timestamp:"+1 month"`, Date.UTC(2026, 2, 3, 8, 5, 9, 250)],
  [`${T}|add_secs_to_timestamp:60`, T + 6e4],
  [`${T}|add_ms_to_timestamp:1000`, T + 1000],
  ['"2026-01-31 08:05:09+0000"|to_timestamp', T - 250],
  ['"2026-01-31"|to_ms', Date.UTC(2026, 0, 31)],
  ['"2026-01-31T08:05:09Z"|to_seconds', Math.floor((T - 250) / 1000)],
  [`${T}|timestamp_year`, 2026],
  [`${T}|timestamp_month`, 1],
  [`${T}|timestamp_day_of_month`, 31],
  [`${T}|timestamp_hour`, 8],
  [`${T}|timestamp_minute`, 5],
  [`${T}|timestamp_day_of_week`, 6],
];

describe('math filters (syntax/functions.md)', () => {
  it.each(math)('%s', async (expr, want) => {
    expect(await evalXs(expr)).toEqual(want);
  });

  it('math on text that is not a number is refused', async () => {
    await expect(evalXs('"x"|add:1')).rejects.toThrow(ValueTypeError);
  });
});

describe('date filters (syntax.md "Date/Time Filters"), UTC', () => {
  it.each(dates)('%s', async (expr, want) => {
    expect(await evalXs(expr)).toEqual(want);
  });

  it('"now"|to_timestamp reads the injected clock', async () => {
    expect(await evalXs('"now"|to_ms', { clock: manualClock(T) })).toBe(T);
    expect(await evalXs('now|transform_timestamp:"-1 day"', { clock: manualClock(T) })).toBe(T - 864e5);
  });

  it('an unreadable relative time is an error naming it', async () => {
    await expect(evalXs(`${T}|transform_timestamp:"next blue moon"`)).rejects.toThrow(/next blue moon/);
  });
});
