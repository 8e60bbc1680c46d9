import { describe, expect, it } from 'vitest';
import { manualClock } from '../context.js';
import { EnvVarMissingError, MissingVarError, UnableToLocateError, ValueTypeError } from '../errors.js';
import { evalXs, fn, runXs } from './helpers.js';

// syntax.md "Operators", "Expressions", "Nullish Coalescing", "Parentheses and Filter Precedence";
// essentials.md "Variable Access Rules"; reference/xanoscript.md §2.

describe('operators (syntax.md "Operators")', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['10 % 3', 1],
    ['"a" ~ 1 ~ true ~ null', 'a1true'],
    ['"5" + 1', 6],
    ['2 == "2"', true],
    ['2 === "2"', false],
    ['{a: [1, 2]} == {a: [1, 2]}', true],
    ['3 >= 3 && 2 < 1', false],
    ['null > 0', false],
    ['null == null', true],
    ['"b" > "a"', true],
    ['!true', false],
    ['!0', true],
  ])('%s → %j', async (expr, want) => {
    expect(await evalXs(expr)).toEqual(want);
  });

  it('+ on text that is not a number is a typed error naming ~ (docs: "~ for string concat")', async () => {
    await expect(evalXs('"a" + 1')).rejects.toThrow(ValueTypeError);
    await expect(evalXs('"a" + 1')).rejects.toThrow(/use ~ to join text.*test\.xs:\d+:\d+/);
  });

  it('division by zero is an error', async () => {
    await expect(evalXs('1 / 0')).rejects.toThrow('Division by zero');
  });
});

describe('logical operators return operands (syntax.md "Nullish Coalescing")', () => {
  it.each([
    ['0 ?? 10', 0],
    ['0 || 10', 10],
    ['null ?? "default"', 'default'],
    ['"" || "default"', 'default'],
    ['"x" && "y"', 'y'],
    ['false && $missing', false],
  ])('%s → %j', async (expr, want) => {
    expect(await evalXs(expr)).toEqual(want);
  });
});

describe('expressions', () => {
  it('ternary, backtick (syntax.md "Expressions"), range (array-filters.md "Range Operator")', async () => {
    expect(await evalXs('1 > 0 ? "yes" : "no"')).toBe('yes');
    expect(await evalXs('`2 * 21`')).toBe(42);
    expect(await evalXs('(1..5)')).toEqual([1, 2, 3, 4, 5]);
  });

  it('a bare filter before an operator is evaluated filter first (docs/parser.md "Filter precedence")', async () => {
    expect(await evalXs('[1, 2, 3]|count == 3')).toBe(true);
    expect(await evalXs('([1, 2, 3]|count) + 1')).toBe(4);
  });

  it('MemberExpr reads a path into a parenthesised value', async () => {
    expect(await evalXs('({a: {b: 7}}).a.b')).toBe(7);
  });

  it('now comes from the injected clock', async () => {
    expect(await evalXs('now', { clock: manualClock(1234) })).toBe(1234);
  });

  it('!int "42" casts', async () => {
    expect(await evalXs('!int "42"')).toBe(42);
  });
});

describe('variables and paths (essentials.md "Variable Access Rules")', () => {
  it('$x and $var.x are the same variable; indexes and nested paths read', async () => {
    const src = fn('    var $x { value = {a: [10, {b: "deep"}]} }\n    var $r { value = [$var.x.a[0], $x.a[1].b, $x["a"][0]] }');
    expect((await runXs(src)).response).toEqual([10, 'deep', 10]);
  });

  it('$input reads declared inputs', async () => {
    const src = fn('    var $r { value = $input.name ~ "!" }', '$r', '    text name');
    expect((await runXs(src, { name: 'hi' })).response).toBe('hi!');
  });

  it('a missing key is Xano\'s "Unable to locate var: transform_result.people" (reference/domain.md §2)', async () => {
    const src = fn('    var $transform_result { value = {data: {people: []}} }\n    var $r { value = $transform_result.people }');
    const err = runXs(src);
    await expect(err).rejects.toThrow(UnableToLocateError);
    await expect(runXs(src)).rejects.toThrow('Unable to locate var: transform_result.people at test.xs:7:22');
  });

  it('?? gives its right side for a missing key or index on its left (syntax.md "Operators": Null-safe; essentials.md "Null handling")', async () => {
    const src = fn('    var $buckets { value = [[1], {a: 2}] }\n    var $r { value = [$buckets[5] ?? [], $buckets[1].b ?? "none", ({k: 1}).z ?? 0, $input.nope ?? "i", $buckets[0] ?? []] }');
    expect((await runXs(src)).response).toEqual([[], 'none', 0, 'i', [1]]);
  });

  it('?? still reports an undeclared variable, and a missing key off its left side (essentials.md "Variable Access Rules")', async () => {
    await expect(evalXs('$never_set ?? 1')).rejects.toThrow(MissingVarError);
    const src = fn('    var $x { value = {} }\n    var $r { value = ($x.a ?? {}).b }');
    await expect(runXs(src)).rejects.toThrow('Unable to locate var: (expression).b');
  });

  it('an index into text reads one character; past the end is "Unable to locate" (string-filters.md "strlen" counts the same characters)', async () => {
    const src = fn('    var $s { value = "héllo" }\n    var $r { value = [$s[0], $s[1], $s.4, $input.bits[1]] }', '$r', '    text bits');
    expect((await runXs(src, { bits: '10' })).response).toEqual(['h', 'é', 'o', '0']);
    const past = fn('    var $s { value = "ab" }\n    var $r { value = $s[2] }');
    await expect(runXs(past)).rejects.toThrow('Unable to locate var: s.2');
  });

  it('a decimal index writes at its integer part, where the same index reads (docs/runtime.md "Unverified": decimal index)', async () => {
    const src = fn('    var $a { value = [0, 0, 0] }\n    var $i { value = 5 / 2 }\n    var.update $a[$i] { value = 9 }\n    var $r { value = [$a, $a[$i]] }');
    expect((await runXs(src)).response).toEqual([[0, 0, 9], 9]);
  });

  it('an undeclared variable is "Missing var entry"', async () => {
    await expect(evalXs('$authToken')).rejects.toThrow(MissingVarError);
    await expect(evalXs('$authToken')).rejects.toThrow('Missing var entry: authToken');
  });

  it('an undeclared input is "Unable to locate input"', async () => {
    await expect(evalXs('$input.progress_state.status')).rejects.toThrow('Unable to locate input: progress_state');
  });

  it('$env reads the context, then the process environment; a missing one names it', async () => {
    expect(await evalXs('$env.A ~ $env.B', { env: { A: 'x' }, processEnv: { B: 'y' } })).toBe('xy');
    await expect(evalXs('$env.MISSING_KEY')).rejects.toThrow(EnvVarMissingError);
    await expect(evalXs('$env.MISSING_KEY')).rejects.toThrow(/MISSING_KEY/);
  });

  it('$auth fields are null when absent (syntax.md "Authentication Check")', async () => {
    expect(await evalXs('$auth.id')).toBe(null);
    expect(await evalXs('$auth.id', { auth: { id: 5 } })).toBe(5);
  });

  it('$$ and $this are the element in callbacks, $index its position (array-filters.md)', async () => {
    expect(await evalXs('[{v: 1}, {v: 2}]|map:$$.v * 2')).toEqual([2, 4]);
    expect(await evalXs('[5, 6]|map:$this + $index')).toEqual([5, 7]);
  });
});
