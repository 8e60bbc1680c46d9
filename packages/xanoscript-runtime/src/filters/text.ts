import { ValueTypeError } from '../errors.js';
import { asText } from '../eval/cast.js';
import { toText, type Value } from '../values.js';
import type { EagerFilter, FilterCall } from './types.js';
import { regex } from './regex.js';

// Text filters — syntax/string-filters.md "String Filters", "Case-Insensitive Variants", "Regex".

const t = (v: Value | undefined, call: FilterCall): string => asText(v ?? null, call.name, call.at);
const text = (f: (s: string, args: readonly Value[], call: FilterCall) => Value): EagerFilter => (input, args, call) => f(t(input, call), args, call);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function trimmer(side: 'both' | 'start' | 'end'): EagerFilter {
  return text((s, [chars]) => {
    const set = chars === undefined || chars === null ? '\\s' : `[${escapeRe(toText(chars))}]`;
    const start = side !== 'end' ? new RegExp(`^${set}+`, 'u') : null;
    const end = side !== 'start' ? new RegExp(`${set}+$`, 'u') : null;
    return s.replace(start ?? /$^/, '').replace(end ?? /$^/, '');
  });
}

/** `"hello"|substr:1:3` → "ell"; a negative start counts from the end (PHP substr, unverified). */
function substr(s: string, [start, length]: readonly Value[]): Value {
  const chars = [...s];
  const from = Number(start ?? 0) < 0 ? Math.max(0, chars.length + Number(start)) : Number(start ?? 0);
  const len = length === undefined || length === null ? chars.length : Number(length);
  const to = len < 0 ? chars.length + len : from + len;
  return chars.slice(from, Math.max(from, to)).join('');
}

/** PHP-style `sprintf` with %s %d %f %.Nf %x %% and positional `%1$s` (unverified beyond the docs' use). */
function sprintf(fmt: string, args: readonly Value[], call: FilterCall): string {
  let i = 0;
  return fmt.replace(/%(?:(\d+)\$)?([-+0 ]*)(\d+)?(?:\.(\d+))?([sdfFxXobuce%])/g, (_m, pos, flags: string, width, prec, conv: string) => {
    if (conv === '%') return '%';
    const v = args[pos ? Number(pos) - 1 : i++] ?? null;
    let out: string;
    if (conv === 's') out = prec ? toText(v).slice(0, Number(prec)) : toText(v);
    else if (conv === 'd' || conv === 'u') out = String(Math.trunc(Number(v)));
    else if (conv === 'f' || conv === 'F') out = Number(v).toFixed(prec === undefined ? 6 : Number(prec));
    else if (conv === 'x' || conv === 'X') out = Math.trunc(Number(v)).toString(16);
    else if (conv === 'o') out = Math.trunc(Number(v)).toString(8);
    else if (conv === 'b') out = Math.trunc(Number(v)).toString(2);
    else if (conv === 'e') out = Number(v).toExponential(prec === undefined ? 6 : Number(prec));
    else out = String.fromCharCode(Number(v));
    if (conv === 'X') out = out.toUpperCase();
    if (Number.isNaN(Number(out)) && conv !== 's' && conv !== 'c') throw new ValueTypeError(`sprintf: ${JSON.stringify(v)} is not a number`, call.at);
    const w = Number(width ?? 0);
    const pad = flags.includes('0') && !flags.includes('-') ? '0' : ' ';
    return flags.includes('-') ? out.padEnd(w, ' ') : out.padStart(w, pad);
  });
}

const lower = (s: string): string => s.toLowerCase();

export const TEXT_FILTERS: Record<string, EagerFilter> = {
  trim: trimmer('both'),
  ltrim: trimmer('start'),
  rtrim: trimmer('end'),
  to_lower: text(lower),
  to_upper: text((s) => s.toUpperCase()),
  capitalize: text((s) => s.replace(/(^|\s)(\S)/g, (_m, sp: string, c: string) => sp + c.toUpperCase())),
  strlen: text((s) => [...s].length),
  substr: text(substr),
  split: text((s, [sep]) => (sep === undefined || sep === '' ? [...s] : s.split(toText(sep ?? '')))),
  replace: text((s, [from, to]) => s.split(toText(from ?? '')).join(toText(to ?? ''))),
  concat: text((s, [other, sep]) => s + toText(sep ?? '') + toText(other ?? null)),
  sprintf: text(sprintf),
  contains: (input, [sub], call) => (Array.isArray(input) ? input.some((x) => toText(x) === toText(sub ?? null)) : t(input, call).includes(toText(sub ?? null))),
  icontains: text((s, [sub]) => lower(s).includes(lower(toText(sub ?? null)))),
  starts_with: text((s, [p]) => s.startsWith(toText(p ?? null))),
  istarts_with: text((s, [p]) => lower(s).startsWith(lower(toText(p ?? null)))),
  ends_with: text((s, [p]) => s.endsWith(toText(p ?? null))),
  iends_with: text((s, [p]) => lower(s).endsWith(lower(toText(p ?? null)))),
  index: text((s, [sub]) => { const i = s.indexOf(toText(sub ?? null)); return i < 0 ? false : i; }),
  iindex: text((s, [sub]) => { const i = lower(s).indexOf(lower(toText(sub ?? null))); return i < 0 ? false : i; }),
  pad_start: text((s, [len, pad]) => s.padStart(Number(len), toText(pad ?? ' '))),
  pad_end: text((s, [len, pad]) => s.padEnd(Number(len), toText(pad ?? ' '))),
  strip_html: text((s) => s.replace(/<[^>]*>/g, '')),
  addslashes: text((s) => s.replace(/(['"\\])/g, '\\$1').replace(/\0/g, '\\0')),
  escape: text((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;')),
  unaccent: text((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
  regex_quote: text((s) => s.replace(/[.\\+*?[^\]$(){}=!<>|:#/-]/g, '\\$&')),
  regex_matches: text((p, [subject], call) => regex(p, call).test(toText(subject ?? null))),
  regex_get_first_match: text((p, [subject], call) => {
    const m = regex(p, call).exec(toText(subject ?? null));
    return m ? m.map((g) => g ?? '') : [];
  }),
  regex_get_all_matches: text((p, [subject], call) => {
    const re = regex(p, call, 'g');
    const all = [...toText(subject ?? null).matchAll(re)];
    const groups = Math.max(1, ...all.map((m) => m.length));
    return Array.from({ length: groups }, (_, g) => all.map((m) => m[g] ?? ''));
  }),
  regex_replace: text((p, [replacement, subject], call) => toText(subject ?? null).replace(regex(p, call, 'g'), toText(replacement ?? '').replace(/\$(\d)/g, '$$$1'))),
};
