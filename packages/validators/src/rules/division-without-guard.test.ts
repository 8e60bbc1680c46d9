import { describe, expect, it } from 'vitest';
import { fn, ruleTester } from '../rule-tester.js';
import { lintProject } from '../run-rules.js';
import rule from './division-without-guard.js';

const v = (value: string, indent = '    ') => `${indent}var $avg {\n${indent}  value = ${value}\n${indent}}`;
const items = '    var $n {\n      value = $input.items|count\n    }';
const ifs = (test: string, body: string) => `    conditional {\n      if (${test}) {\n${body}\n      }\n    }`;
const upd = (name: string, value: string) => `        var.update $${name} {\n          value = ${value}\n        }`;
/** A ring: `$used` leaves 0 only where `$used < $cap` was checked, and `$cap` is set once. */
const ring = (capWrites: string, fill: string) => `    var $cap {\n      value = $input.cap\n    }\n${capWrites}    var $used {\n      value = 0\n    }\n    var $head {\n      value = 0\n    }\n${fill}\n${ifs('$used > 0', `${upd('head', '($head + 1) % $cap')}\n${upd('used', '$used - 1')}`)}`;
const fillChecked = ifs('$used < $cap', upd('used', '$used + 1'));
/** A tally the function builds: every row starts at `start` hits and a repeat adds `step`. */
const tally = (start: string, step: string, extra = '') => `    var $tally {\n      value = [{name: "x", hits: 1}]\n    }\n    foreach ($input.names) {\n      each as $nm {\n        var $hit {\n          value = $tally|find:$$.name == $nm\n        }\n        conditional {\n          if ($hit == null) {\n            var $tally {\n              value = $tally|merge:[{name: $nm, hits: ${start}}]\n            }\n          }\n          else {\n            var $bumped {\n              value = {name: $nm, hits: $hit.hits + ${step}}\n            }\n            var $tally {\n              value = ($tally|filter:$$.name != $nm)|push:$bumped\n            }\n          }\n        }\n      }\n    }\n${extra}    var $top {\n      value = $tally|first\n    }\n${v('$input.total / $top.hits')}`;
/** A sliding window over a running product: `$prod` only multiplies in and divides out elements of `$input.vals`. */
const window = (exit: string, grow: string, out: string) => `${exit}    var $prod {\n      value = 1\n    }\n    var $lo {\n      value = 0\n    }\n    foreach ($input.vals) {\n      each as $v {\n        var.update $prod {\n          value = ${grow}\n        }\n        while ($prod >= $input.limit && $lo < 5) {\n          each {\n            var $out {\n              value = ${out}|get:$lo\n            }\n            var.update $prod {\n              value = $prod / $out\n            }\n            var.update $lo {\n              value = $lo + 1\n            }\n          }\n        }\n      }\n    }`;
const limitExit = ifs('$input.limit <= 0', '        return {\n          value = 0\n        }') + '\n';
const windowInputs = '    int[] vals\n    int[] others\n    int limit';
const tallyInputs = '    int total\n    text[] names';

// The rule is opt-in (meta.optIn); the tester runs it as if turned on.
ruleTester(rule, {
  valid: [
    // Look-alikes of guarded averages and rates (written for this table):
    { name: 'a literal divisor', code: fn(v('$input.total / 100'), '    int total') },
    { name: 'a ternary on the divisor', code: fn(`${items}\n${v('$n > 0 ? $input.total / $n : 0')}`, '    int total\n    int[] items') },
    { name: 'inside if ($n > 0)', code: fn(`${items}\n    conditional {\n      if ($n > 0) {\n${v('$input.total / $n', '        ')}\n      }\n    }`, '    int total\n    int[] items') },
    { name: 'after a precondition on the divisor', code: fn(`${items}\n    precondition ($n != 0)\n${v('$input.total|divide:$n')}`, '    int total\n    int[] items') },
    { name: 'inside while ($y != 0) (a gcd loop)', code: fn(`    var $y {\n      value = $input.b\n    }\n    while ($y != 0) {\n      each {\n${v('$input.a % $y', '        ')}\n      }\n    }`, '    int a\n    int b') },
    { name: 'local arithmetic (a loop counter) is left alone', code: fn(`    var $i {\n      value = 1\n    }\n${v('$input.total % $i')}`, '    int total') },
    { name: 'after an early return when it is 0', code: fn(`${items}\n    conditional {\n      if ($n == 0) {\n        return {\n          value = 0\n        }\n      }\n    }\n${v('$input.total / $n')}`, '    int total\n    int[] items') },
    // Look-alikes of the wrong findings in the hand-read sample (docs/lint.md):
    { name: 'an input declared with filters=min:1', code: fn(v('$input.total / $input.per_page'), '    int total\n    int per_page?=10 filters=min:1') },
    { name: 'a page size clamped by |max:1', code: fn(`    var $per_page {\n      value = ($input.per_page|first_notnull:50)|max:1\n    }\n${v('$input.total|divide:$per_page')}`, '    int total\n    int per_page?'), },
    { name: 'inside for ($n): the body runs only when $n >= 1', code: fn(`${items}\n    for ($n) {\n      each as $i {\n${v('($i + 1) % $n', '        ')}\n      }\n    }`, '    int[] items') },
    { name: 'a counter that leaves 0 only where the divisor was checked (a ring buffer)', code: fn(ring('', fillChecked), '    int cap') },
    { name: 'a count that starts at 1 in a list the function builds and only grows', code: fn(tally('1', '1'), tallyInputs) },
    { name: 'a factor of a running product the guard keeps above 0 (a sliding window)', code: fn(window(limitExit, '$prod * $v', '$input.vals'), windowInputs) },
    { name: 'a positive key of an object literal', code: fn(`    var $route {\n      value = {total: 10, count: 2}\n    }\n${v('$route.total / $route.count')}`) },
    { name: 'a key of a literal lookup table', code: fn(`    var $table {\n      value = [{value: 10, s: "X"}, {value: 1, s: "I"}]\n    }\n    foreach ($table) {\n      each as $row {\n${v('$input.n / $row.value', '        ')}\n      }\n    }`, '    int n') },
  ],
  invalid: [
    { name: 'a lookup table with a 0 row', code: fn(`    var $table {\n      value = [{value: 10}, {value: 0}]\n    }\n    foreach ($table) {\n      each as $row {\n${v('$input.n / $row.value', '        ')}\n      }\n    }`, '    int n'), errors: [{ messageId: 'unguarded', line: 12, column: 30 }] },
    { name: 'an input with a default only (a client may still send 0)', code: fn(v('$input.total / $input.per_page'), '    int total\n    int per_page?=10'), errors: [{ messageId: 'unguarded', line: 8, column: 30 }] },
    { name: 'clamped by |min only', code: fn(`    var $per_page {\n      value = $input.per_page|min:200\n    }\n${v('$input.total|divide:$per_page')}`, '    int total\n    int per_page'), errors: [{ messageId: 'unguarded', line: 11, column: 35 }] },
    { name: 'a count that may be 0', code: fn(`${items}\n${v('$input.total / $n')}`, '    int total\n    int[] items'), errors: [{ messageId: 'unguarded', line: 11, column: 30 }] },
    { name: 'a divide filter by an input', code: fn(v('$input.total|divide:$input.days'), '    int total\n    int days'), errors: [{ messageId: 'unguarded', line: 8, column: 35 }] },
    { name: 'modulus by a literal 0', code: fn(v('$input.total % 0'), '    int total'), errors: [{ messageId: 'unguarded', line: 7, column: 30 }] },
    { name: 'a db.query count result', code: fn(`    db.query "user" {\n      return = {type: "count"}\n    } as $users\n${v('100 / $users')}`), errors: [{ messageId: 'unguarded', line: 9, column: 21 }] },
    { name: 'a row column', code: fn(`    var $route {\n      value = {total: 10, count: 0}\n    }\n${v('$route.total / $route.count')}`), errors: [{ messageId: 'unguarded', line: 9, column: 30 }] },
    // Look-alikes of the two classes above that are not safe:
    { name: 'a counter set from data outside a check of the divisor', code: fn(ring('', ifs('$input.go', upd('used', '$input.k'))), '    int cap\n    bool go\n    int k'), errors: [{ messageId: 'unguarded', line: 27, column: 33 }] },
    { name: 'a ring whose divisor changes after the check', code: fn(ring('    var.update $cap {\n      value = $input.other\n    }\n', fillChecked), '    int cap\n    int other'), errors: [{ messageId: 'unguarded', line: 29, column: 33 }] },
    { name: 'a built list whose count can fall to 0', code: fn(tally('1', '-1'), tallyInputs), errors: [{ messageId: 'unguarded', line: 36, column: 30 }] },
    { name: 'a built list that takes a row from the input', code: fn(tally('1', '1', '    array.push $tally {\n      value = $input.row\n    }\n'), `${tallyInputs}\n    json row`), errors: [{ messageId: 'unguarded', line: 40, column: 30 }] },
    { name: 'a window whose bound may be 0 (no exit on it)', code: fn(window('', '$prod * $v', '$input.vals'), windowInputs), errors: [{ messageId: 'unguarded', line: 25, column: 31 }] },
    { name: 'a window that adds instead of multiplying', code: fn(window(limitExit, '$prod + $v', '$input.vals'), windowInputs), errors: [{ messageId: 'unguarded', line: 32, column: 31 }] },
    { name: 'a window that divides by another list', code: fn(window(limitExit, '$prod * $v', '$input.others'), windowInputs), errors: [{ messageId: 'unguarded', line: 32, column: 31 }] },
    { name: 'a guard on another value does not count', code: fn(`${items}\n    conditional {\n      if ($input.total > 0) {\n${v('$input.total / $n', '        ')}\n      }\n    }`, '    int total\n    int[] items'), errors: [{ messageId: 'unguarded', line: 13, column: 34 }] },
  ],
});

describe('division-without-guard is opt-in', () => {
  it('runs only when the config turns it on', () => {
    const files = [{ path: 'a.xs', text: fn(v('$input.total / $input.days'), '    int total\n    int days') }];
    const ids = (config: Parameters<typeof lintProject>[0]) => lintProject(config).findings.map((f) => f.rule).filter((r) => r === 'division-without-guard');
    expect(ids({ files })).toEqual([]);
    expect(ids({ files, config: { rules: { 'division-without-guard': 'warn' } } })).toEqual(['division-without-guard']);
  });
});
