import { CATALOGUE, type GenericStmt, type Stmt } from '@xac/xanoscript-dsl/ast';
import { randomInt, randomUUID } from 'node:crypto';
import { UnsupportedStatementError, ValueTypeError } from '../errors.js';
import { asArray } from '../eval/cast.js';
import { evaluate } from '../eval/expr.js';
import { ARITHMETIC } from '../eval/operators.js';
import { EAGER_FILTERS } from '../filters/apply.js';
import type { FilterCall } from '../filters/types.js';
import { withLocals, type Frame } from '../scope.js';
import { isObj, toText, truthy, type Value } from '../values.js';
import { assign, at, attrValue } from './bind.js';
import { dbBulk } from './db-query.js';
import { dbTruncate } from './db-stmts.js';
import { CALL_KEYWORDS, callStmt } from '../testing/calls.js';
import { EXPECT_KEYWORDS, expectStmt } from '../testing/expect.js';
import { toThrow } from '../testing/to-throw.js';
import { createAuthToken } from './security.js';

// Generic statements, dispatched by keyword through the statement catalogue
// (xanoscript-dsl ast/schema/catalogue.ts). A keyword the catalogue knows but this table lacks is
// an UnsupportedStatementError at its file:line:col; one the catalogue does not know says so.

type RunBody = (body: readonly Stmt[], frame: Frame) => Promise<void>;
type GenericFn = (s: GenericStmt, frame: Frame, runBody: RunBody) => void | Promise<void>;

/** The variable a statement works on: `math.add $x`, `array.find ($a)`, `array.filter $a if (…)`. */
const subject = (s: GenericStmt, frame: Frame): Value => {
  const e = s.arg ?? s.target;
  if (!e) throw new UnsupportedStatementError(`${s.name} without a variable`, at(frame, s));
  return evaluate(e, { frame });
};
const update = (s: GenericStmt, frame: Frame, v: Value): void => assign(s.target ?? s.arg!, v, { frame }, true);
const bind = (s: GenericStmt, frame: Frame, v: Value): void => {
  if (s.as) assign(s.as, v, { frame }, false);
};

/** `math.add $x { value = 1 }`: the variable updated in place (syntax/functions.md "Math Functions"). */
const mathOp = (op: (a: Value, b: Value, at: string) => Value): GenericFn => (s, frame) => update(s, frame, op(subject(s, frame), attrValue(s, 'value', frame), at(frame, s)));
const bits = (f: (a: number, b: number) => number): GenericFn => mathOp((a, b) => f(Number(a), Number(b)));

/** Per-element condition of `array.find $a if ($this > 18)` (syntax/array-filters.md "Array Functions"). */
function test(s: GenericStmt, frame: Frame): (v: Value, i: number) => boolean {
  const cond = s.condition;
  return (v, index) => (cond ? truthy(evaluate(cond, withLocals({ frame }, { this: v, index }))) : truthy(v));
}

const list = (s: GenericStmt, frame: Frame): Value[] => asArray(subject(s, frame), s.name, at(frame, s));
const arrayQuery = (f: (a: Value[], t: (v: Value, i: number) => boolean) => Value): GenericFn => (s, frame) => bind(s, frame, f(list(s, frame), test(s, frame)));

function byEach(s: GenericStmt, frame: Frame): Value[] {
  const by = s.attrs.find((a) => a.name === 'by')?.value;
  return list(s, frame).map((v, index) => (by ? evaluate(by, withLocals({ frame }, { this: v, index })) : v));
}

/** A text statement through the filter of the same meaning (syntax/string-filters.md "Text Functions"). */
function viaFilter(filter: string, mutate: boolean): GenericFn {
  return (s, frame) => {
    const fn = EAGER_FILTERS[filter]!;
    const call: FilterCall = { name: filter, at: at(frame, s), scope: { frame }, args: [], evaluate };
    const out = fn(subject(s, frame), [attrValue(s, 'value', frame)], call);
    if (mutate) update(s, frame, out);
    else bind(s, frame, out);
  };
}

const objectOf = (s: GenericStmt, frame: Frame): Record<string, Value> => {
  const v = attrValue(s, 'value', frame) ?? subject(s, frame);
  if (!isObj(v)) throw new ValueTypeError(`${s.name} needs an object`, at(frame, s));
  return v;
};

const GENERIC: Readonly<Record<string, GenericFn>> = {
  'math.add': mathOp(ARITHMETIC['+']), 'math.sub': mathOp(ARITHMETIC['-']), 'math.mul': mathOp(ARITHMETIC['*']),
  'math.div': mathOp(ARITHMETIC['/']), 'math.mod': mathOp(ARITHMETIC['%']),
  'math.bitwise.and': bits((a, b) => a & b), 'math.bitwise.or': bits((a, b) => a | b), 'math.bitwise.xor': bits((a, b) => a ^ b),
  'array.push': (s, f) => update(s, f, [...list(s, f), attrValue(s, 'value', f)]),
  'array.unshift': (s, f) => update(s, f, [attrValue(s, 'value', f), ...list(s, f)]),
  'array.merge': (s, f) => update(s, f, [...list(s, f), ...asArray(attrValue(s, 'value', f), s.name, at(f, s))]),
  'array.pop': (s, f) => { const a = list(s, f); bind(s, f, a[a.length - 1] ?? null); update(s, f, a.slice(0, -1)); },
  'array.shift': (s, f) => { const a = list(s, f); bind(s, f, a[0] ?? null); update(s, f, a.slice(1)); },
  'array.find': arrayQuery((a, t) => a.find(t) ?? null),
  'array.find_index': arrayQuery((a, t) => a.findIndex(t)),
  'array.has': arrayQuery((a, t) => a.some(t)),
  'array.some': arrayQuery((a, t) => a.some(t)),
  'array.every': arrayQuery((a, t) => a.every(t)),
  'array.filter': arrayQuery((a, t) => a.filter(t)),
  'array.filter_count': arrayQuery((a, t) => a.filter(t).length),
  'array.map': (s, f) => bind(s, f, byEach(s, f)),
  'text.contains': viaFilter('contains', false), 'text.icontains': viaFilter('icontains', false),
  'text.starts_with': viaFilter('starts_with', false), 'text.istarts_with': viaFilter('istarts_with', false),
  'text.ends_with': viaFilter('ends_with', false), 'text.iends_with': viaFilter('iends_with', false),
  'text.trim': viaFilter('trim', true), 'text.ltrim': viaFilter('ltrim', true), 'text.rtrim': viaFilter('rtrim', true),
  'text.append': (s, f) => update(s, f, toText(subject(s, f)) + toText(attrValue(s, 'value', f))),
  'text.prepend': (s, f) => update(s, f, toText(attrValue(s, 'value', f)) + toText(subject(s, f))),
  'object.keys': (s, f) => bind(s, f, Object.keys(objectOf(s, f))),
  'object.values': (s, f) => bind(s, f, Object.values(objectOf(s, f))),
  'object.entries': (s, f) => bind(s, f, Object.entries(objectOf(s, f)).map(([key, value]) => ({ key, value }))),
  'security.create_uuid': (s, f) => bind(s, f, randomUUID()),
  'security.create_auth_token': createAuthToken,
  // integrations/utilities.md: `security.random_number { min = 1, max = 100 }` (inclusive, unverified).
  'security.random_number': (s, f) => bind(s, f, randomInt(Number(attrValue(s, 'min', f) ?? 0), Number(attrValue(s, 'max', f) ?? 2 ** 47) + 1)),
  // integrations/utilities.md: get_all_input is the parsed input, get_input / get_raw_input what was sent.
  'util.get_all_input': (s, f) => bind(s, f, f.input),
  'util.get_input': (s, f) => bind(s, f, f.rawInput),
  'util.get_raw_input': (s, f) => bind(s, f, f.rawInput),
  'db.bulk.add': dbBulk, 'db.bulk.update': dbBulk, 'db.bulk.patch': dbBulk, 'db.bulk.delete': dbBulk, 'db.truncate': dbTruncate,
  // unit-testing.md, workflow-tests.md: assertions and the calls of a workflow test
  ...Object.fromEntries(EXPECT_KEYWORDS.map((k) => [k, expectStmt])),
  'expect.to_throw': toThrow,
  ...Object.fromEntries(CALL_KEYWORDS.map((k) => [k, callStmt])),
};

/** The keywords of generic statements the runtime runs (for docs/runtime.md and tests). */
export const SUPPORTED_GENERIC: readonly string[] = Object.keys(GENERIC).sort();

export function generic(s: GenericStmt, frame: Frame, runBody: RunBody): void | Promise<void> {
  const fn = GENERIC[s.name];
  if (fn) return fn(s, frame, runBody);
  const known = CATALOGUE[s.name] !== undefined;
  throw new UnsupportedStatementError(known ? s.name : `${s.name} (a statement the catalogue does not know)`, at(frame, s));
}
