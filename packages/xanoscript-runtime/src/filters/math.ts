import { ValueTypeError, XanoRuntimeError } from '../errors.js';
import { toNumber, typeName, type Value } from '../values.js';
import type { EagerFilter, FilterCall } from './types.js';

// Math filters — syntax/functions.md "Math Filters", "Bitwise Filters", "Logical NOT Filter".

function n(v: Value | undefined, call: FilterCall): number {
  const x = toNumber(v ?? null);
  if (x === undefined) throw new ValueTypeError(`filter ${call.name} needs a number, got ${typeName(v ?? null)} ${JSON.stringify(v)}`, call.at);
  return x;
}

const unary = (f: (x: number) => number): EagerFilter => (input, _a, call) => f(n(input, call));
const binary = (f: (x: number, y: number) => number): EagerFilter => (input, [arg], call) => f(n(input, call), n(arg, call));

function divide(input: Value, [arg]: readonly Value[], call: FilterCall): Value {
  const y = n(arg, call);
  if (y === 0) throw new XanoRuntimeError('Division by zero', { at: call.at });
  return call.name === 'modulus' ? n(input, call) % y : n(input, call) / y;
}

/** `2.567|round:2` → 2.57 (half away from zero). */
function round(input: Value, [places]: readonly Value[], call: FilterCall): Value {
  const p = places === undefined ? 0 : n(places, call);
  const f = 10 ** p;
  const x = n(input, call) * f;
  return (Math.sign(x) * Math.round(Math.abs(x) + Number.EPSILON * Math.abs(x))) / f;
}

export const MATH_FILTERS: Record<string, EagerFilter> = {
  add: binary((x, y) => x + y),
  subtract: binary((x, y) => x - y),
  multiply: binary((x, y) => x * y),
  divide,
  modulus: divide,
  pow: binary((x, y) => x ** y),
  // `5|min:3` → 3; on an array (no argument) its smallest element, as array_min (unverified).
  min: (input, args, call) => (Array.isArray(input) ? Math.min(...input.map((x) => n(x, call))) : Math.min(n(input, call), n(args[0], call))),
  max: (input, args, call) => (Array.isArray(input) ? Math.max(...input.map((x) => n(x, call))) : Math.max(n(input, call), n(args[0], call))),
  round,
  floor: unary(Math.floor),
  ceil: unary(Math.ceil),
  abs: unary(Math.abs),
  sqrt: unary(Math.sqrt),
  exp: unary(Math.exp),
  log10: unary(Math.log10),
  ln: unary(Math.log),
  log: (input, [base], call) => (base === undefined ? Math.log(n(input, call)) : Math.log(n(input, call)) / Math.log(n(base, call))),
  deg2rad: unary((x) => (x * Math.PI) / 180),
  rad2deg: unary((x) => (x * 180) / Math.PI),
  sin: unary(Math.sin),
  cos: unary(Math.cos),
  tan: unary(Math.tan),
  bitwise_and: binary((x, y) => x & y),
  bitwise_or: binary((x, y) => x | y),
  bitwise_xor: binary((x, y) => x ^ y),
  bitwise_not: unary((x) => ~x),
  not: (input) => input === null || input === false || input === 0 || input === '',
  odd: (input, _a, call) => Math.abs(n(input, call)) % 2 === 1,
  even: (input, _a, call) => n(input, call) % 2 === 0,
  number_format: (input, [decimals, point, sep], call) => numberFormat(n(input, call), decimals ?? 0, point ?? '.', sep ?? ','),
};

function numberFormat(x: number, decimals: Value, point: Value, sep: Value): string {
  const fixed = Math.abs(x).toFixed(Number(decimals));
  const [int = '', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, String(sep));
  return (x < 0 ? '-' : '') + grouped + (frac ? String(point) + frac : '');
}
