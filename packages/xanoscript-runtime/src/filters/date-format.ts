import { ValueTypeError } from '../errors.js';

// PHP `date()` format letters, as Xano's format_timestamp uses them (syntax.md "Date/Time Filters":
// `$ts|format_timestamp:"Y-m-d":"UTC"`). Zones through Intl; the default zone is UTC.

export interface ZonedParts {
  readonly year: number; readonly month: number; readonly day: number;
  readonly hour: number; readonly minute: number; readonly second: number;
  readonly weekday: number; readonly offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string, at: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short' });
    } catch {
      throw new ValueTypeError(`unknown time zone ${JSON.stringify(tz)} (expected e.g. UTC or America/New_York)`, at);
    }
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The calendar parts of an instant in a zone. */
export function zonedParts(ms: number, tz: string, at: string): ZonedParts {
  const p = Object.fromEntries(formatter(tz, at).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const [year, month, day, hour, minute, second] = [p['year'], p['month'], p['day'], p['hour'], p['minute'], p['second']].map(Number) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day, hour, minute, second);
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second!, weekday: WEEKDAYS.indexOf(p['weekday'] ?? ''), offsetMinutes: Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 6e4) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number): string => String(n).padStart(2, '0');

function offset(min: number, colon: boolean): string {
  const a = Math.abs(min);
  return (min < 0 ? '-' : '+') + p2(Math.floor(a / 60)) + (colon ? ':' : '') + p2(a % 60);
}

type Letter = (z: ZonedParts, ms: number, tz: string) => string;
const LETTERS: Record<string, Letter> = {
  Y: (z) => String(z.year), y: (z) => p2(z.year % 100), m: (z) => p2(z.month), n: (z) => String(z.month),
  d: (z) => p2(z.day), j: (z) => String(z.day), H: (z) => p2(z.hour), G: (z) => String(z.hour),
  h: (z) => p2(z.hour % 12 || 12), g: (z) => String(z.hour % 12 || 12), i: (z) => p2(z.minute), s: (z) => p2(z.second),
  v: (_z, ms) => String(((ms % 1000) + 1000) % 1000).padStart(3, '0'), A: (z) => (z.hour < 12 ? 'AM' : 'PM'), a: (z) => (z.hour < 12 ? 'am' : 'pm'),
  D: (z) => DAYS[z.weekday]!.slice(0, 3), l: (z) => DAYS[z.weekday]!, N: (z) => String(z.weekday || 7), w: (z) => String(z.weekday),
  M: (z) => MONTHS[z.month - 1]!.slice(0, 3), F: (z) => MONTHS[z.month - 1]!, U: (_z, ms) => String(Math.floor(ms / 1000)),
  t: (z) => String(new Date(Date.UTC(z.year, z.month, 0)).getUTCDate()), e: (_z, _ms, tz) => tz, T: (z, _ms, tz) => (z.offsetMinutes === 0 ? 'UTC' : tz),
  P: (z) => offset(z.offsetMinutes, true), O: (z) => offset(z.offsetMinutes, false),
  c: (z) => `${z.year}-${p2(z.month)}-${p2(z.day)}T${p2(z.hour)}:${p2(z.minute)}:${p2(z.second)}${offset(z.offsetMinutes, true)}`,
};

/** `ms` formatted with PHP date letters in zone `tz`; `\x` writes x literally. */
export function formatDate(ms: number, fmt: string, tz: string, at: string): string {
  const z = zonedParts(ms, tz, at);
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === '\\') { out += fmt[++i] ?? ''; continue; }
    const f = LETTERS[c];
    out += f ? f(z, ms, tz) : c;
  }
  return out;
}
