import type { GenericStmt } from '@xac/xanoscript-dsl/ast';
import { UnableToLocateError, XanoRuntimeError } from '../errors.js';
import { evaluate } from '../eval/expr.js';
import { attrOf, attrValue, at } from '../exec/bind.js';
import { parseTimestamp } from '../filters/dates.js';
import type { Frame } from '../scope.js';
import { compare, equals, isObj, toNumber, toText, type Value } from '../values.js';

// The assertions of unit-testing.md "Assertions" and workflow-tests.md "Assertions": one entry per
// `expect.*` keyword of the catalogue, each a check of the target value that answers what was
// expected when it fails. `expect.to_throw` is in to-throw.ts.

/** A failed `expect.*`, at the expectation's file:line:col. */
export class ExpectationError extends XanoRuntimeError {
  constructor(readonly assertion: string, readonly detail: string, at: string) {
    super(`${assertion} failed: ${detail}`, { at });
    this.name = 'ExpectationError';
  }
}

/** The target's value, or `undefined` when its path does not exist (for to_be_defined). */
function target(s: GenericStmt, frame: Frame): Value | undefined {
  if (!s.arg) return undefined;
  try {
    return evaluate(s.arg, { frame });
  } catch (err) {
    if (err instanceof UnableToLocateError) return undefined;
    throw err;
  }
}

const show = (v: Value | undefined): string => (v === undefined ? 'undefined' : JSON.stringify(v));

/** A check: undefined when it holds, else what was expected. */
type Check = (actual: Value | undefined, s: GenericStmt, frame: Frame) => string | undefined;

const must = (ok: boolean, expected: string, actual: Value | undefined): string | undefined => (ok ? undefined : `expected ${expected}, got ${show(actual)}`);
const valueOf = (s: GenericStmt, frame: Frame): Value => attrValue(s, 'value', frame);
const isEmptyValue = (v: Value | undefined): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);

/** A timestamp as epoch ms: a number, or text a date filter reads (types.md "timestamp"). */
function epoch(v: Value | undefined, frame: Frame): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  try {
    return parseTimestamp(v, '', frame.state.clock.now());
  } catch {
    return undefined;
  }
}

function numeric(v: Value | undefined, bound: Value, sign: 1 | -1): boolean {
  if (v === undefined || v === null) return false;
  const [x, y] = [toNumber(v), toNumber(bound)];
  if (x !== undefined && y !== undefined) return sign * (x - y) > 0;
  return typeof v === 'string' && typeof bound === 'string' && sign * compare(v, bound) > 0;
}

function contains(v: Value | undefined, x: Value): boolean {
  if (Array.isArray(v)) return v.some((e) => equals(e, x, false));
  if (typeof v === 'string') return v.includes(toText(x));
  if (isObj(v)) return typeof x === 'string' ? x in v : Object.values(v).some((e) => equals(e, x, false));
  return false;
}

/** `"^\\d+$"` or `/…/flags` as a RegExp. */
function pattern(p: Value, where: string): RegExp {
  const text = toText(p);
  const m = /^\/(.*)\/([a-z]*)$/s.exec(text);
  try {
    return m ? new RegExp(m[1] ?? '', m[2]) : new RegExp(text);
  } catch {
    throw new XanoRuntimeError(`expect.to_match: ${JSON.stringify(text)} is not a regular expression`, { at: where });
  }
}

function within(actual: Value | undefined, s: GenericStmt, frame: Frame): string | undefined {
  const [min, max] = [attrValue(s, 'min', frame), attrValue(s, 'max', frame)];
  const x = toNumber(actual ?? null);
  const ok = actual !== undefined && actual !== null && x !== undefined && x >= (toNumber(min) ?? -Infinity) && x <= (toNumber(max) ?? Infinity);
  return must(ok, `a number within ${show(min)}..${show(max)}`, actual);
}

const CHECKS: Readonly<Record<string, Check>> = {
  'expect.to_equal': (a, s, f) => { const v = valueOf(s, f); return must(a !== undefined && equals(a, v, false), show(v), a); },
  'expect.to_not_equal': (a, s, f) => { const v = valueOf(s, f); return must(a === undefined || !equals(a, v, false), `anything but ${show(v)}`, a); },
  'expect.to_be_true': (a) => must(a === true, 'true', a),
  'expect.to_be_false': (a) => must(a === false, 'false', a),
  'expect.to_be_null': (a) => must(a === null, 'null', a),
  'expect.to_not_be_null': (a) => must(a !== null && a !== undefined, 'a value that is not null', a),
  'expect.to_be_defined': (a) => must(a !== undefined, 'a defined value', a),
  'expect.to_not_be_defined': (a) => must(a === undefined, 'no value', a),
  'expect.to_be_empty': (a) => must(isEmptyValue(a), 'an empty value', a),
  'expect.to_be_greater_than': (a, s, f) => { const v = valueOf(s, f); return must(numeric(a, v, 1), `more than ${show(v)}`, a); },
  'expect.to_be_less_than': (a, s, f) => { const v = valueOf(s, f); return must(numeric(a, v, -1), `less than ${show(v)}`, a); },
  'expect.to_be_within': within,
  'expect.to_contain': (a, s, f) => { const v = valueOf(s, f); return must(contains(a, v), `a value containing ${show(v)}`, a); },
  'expect.to_start_with': (a, s, f) => { const v = toText(valueOf(s, f)); return must(typeof a === 'string' && a.startsWith(v), `text starting with ${show(v)}`, a); },
  'expect.to_end_with': (a, s, f) => { const v = toText(valueOf(s, f)); return must(typeof a === 'string' && a.endsWith(v), `text ending with ${show(v)}`, a); },
  'expect.to_match': (a, s, f) => { const v = valueOf(s, f); return must(a !== undefined && a !== null && typeof a !== 'object' && pattern(v, at(f, s)).test(toText(a)), `text matching ${show(v)}`, a); },
  'expect.to_be_in_the_past': (a, _s, f) => { const t = epoch(a, f); return must(t !== undefined && t < f.state.clock.now(), 'a timestamp in the past', a); },
  'expect.to_be_in_the_future': (a, _s, f) => { const t = epoch(a, f); return must(t !== undefined && t > f.state.clock.now(), 'a timestamp in the future', a); },
};

/** The `expect.*` keywords checked here (every one the catalogue lists but to_throw). */
export const EXPECT_KEYWORDS: readonly string[] = Object.keys(CHECKS);

/**
 * Run one `expect.*` statement: nothing when it holds, an ExpectationError at the statement when not.
 * @example expectStmt(stmt, frame) // throws ExpectationError: expect.to_equal failed: expected 8, got 7 at f.xs:9:5
 */
export function expectStmt(s: GenericStmt, frame: Frame): void {
  const check = CHECKS[s.name];
  if (!check) throw new XanoRuntimeError(`unknown assertion ${s.name}`, { at: at(frame, s) });
  if (!s.arg && !attrOf(s, 'value')) throw new XanoRuntimeError(`${s.name} needs a value to check: ${s.name} ($response)`, { at: at(frame, s) });
  const actual = target(s, frame);
  const failure = check(actual, s, frame);
  if (failure !== undefined) throw new ExpectationError(s.name, failure, at(frame, s));
}

