import { describe, expect, it } from 'vitest';
import { fn, ruleTester } from '../rule-tester.js';
import { lintProject } from '../run-rules.js';
import rule from './division-without-guard.js';

const v = (value: string, indent = '    ') => `${indent}var $avg {\n${indent}  value = ${value}\n${indent}}`;
const items = '    var $n {\n      value = $input.items|count\n    }';

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
