import type { InputFilter } from '@xac/xanoscript-dsl/ast';
import { InputValidationError, UnsupportedFilterError, where } from '../errors.js';
import { toText, type Value } from '../values.js';

// Input filters — types.md "Input Block" (filters= table): transforms (trim, lower, upper) and checks
// (min, max, ok, prevent, startsWith, alphaOk, digitOk, pattern). min/max measure text length,
// a number's value, or (types.md "Array" table) an array's length; on an array of numbers they
// check each element (types.md `int[1:10] scores filters=min:0|max:100`).

type InputFilterFn = (v: Value, args: readonly string[], field: string, at: string) => Value;

const size = (v: Value): number => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : Number(v));
const check = (ok: (v: Value, args: readonly string[]) => boolean, what: (args: readonly string[]) => string): InputFilterFn => (v, args, field, at) => {
  if (v === null || ok(v, args)) return v;
  throw new InputValidationError(`Invalid value for ${field}: ${what(args)}`, at);
};
const text = (f: (s: string) => string): InputFilterFn => (v) => (typeof v === 'string' ? f(v) : v);

const FILTERS: Readonly<Record<string, InputFilterFn>> = {
  trim: text((s) => s.trim()),
  lower: text((s) => s.toLowerCase()),
  upper: text((s) => s.toUpperCase()),
  min: check((v, [n]) => size(v) >= Number(n), ([n]) => `must be at least ${n}`),
  max: check((v, [n]) => size(v) <= Number(n), ([n]) => `must be at most ${n}`),
  ok: check((v, [chars = '']) => [...toText(v)].every((c) => chars.includes(c)), ([chars]) => `only these characters are allowed: ${chars}`),
  prevent: check((v, [s = '']) => !toText(v).includes(s), ([s]) => `must not contain ${s}`),
  startsWith: check((v, [p = '']) => toText(v).startsWith(p), ([p]) => `must start with ${p}`),
  alphaOk: check((v) => /^[a-zA-Z]*$/.test(toText(v)), () => 'only letters are allowed'),
  digitOk: check((v) => /^[0-9]*$/.test(toText(v)), () => 'only digits are allowed'),
  pattern: check((v, [re = '']) => new RegExp(re).test(toText(v)), ([re]) => `must match ${re}`),
};

/** Apply a field's `filters=` in order; a filter the runtime lacks is an UnsupportedFilterError at its loc. */
export function applyInputFilters(v: Value, filters: readonly InputFilter[], field: string, path: string | undefined, at: string): Value {
  let out = v;
  for (const f of filters) {
    if (f.disabled) continue;
    const fn = FILTERS[f.name];
    if (!fn) throw new UnsupportedFilterError(`${f.name} (input filter)`, where(path, f.loc));
    const args = f.args.map((a) => (a.kind === 'StringLit' || a.kind === 'NumberLit' ? String(a.value) : a.kind === 'RegexLit' ? a.pattern : ''));
    const perElement = Array.isArray(out) && ((f.name !== 'min' && f.name !== 'max') || out.every((x) => typeof x === 'number'));
    out = perElement && Array.isArray(out) ? out.map((x) => fn(x, args, field, at)) : fn(out, args, field, at);
  }
  return out;
}
