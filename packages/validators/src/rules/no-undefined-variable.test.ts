import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-undefined-variable.js';

const v = (name: string, value: string, indent = '    ') => `${indent}var $${name} {\n${indent}  value = ${value}\n${indent}}`;

ruleTester(rule, {
  valid: [
    { name: 'defined before', code: fn(`${v('a', '1')}\n${v('b', '$a')}`) },
    { name: 'as binding', code: fn(`    function.run "x" as $r\n${v('b', '$r')}`) },
    { name: 'defined in every branch', code: fn(`    conditional {\n      if (true) {\n${v('a', '1', '        ')}\n      }\n      else {\n${v('a', '2', '        ')}\n      }\n    }\n${v('b', '$a')}`) },
    { name: 'loop variable and built-ins', code: fn(`    foreach ([1, 2]) {\n      each as $i {\n${v('x', '$i + $input.n + ($env.K|to_int)', '        ')}\n      }\n    }`, '    int n') },
    { name: 'set by var.update (it defines)', code: fn(`    var.update $total {\n      value = 0\n    }\n${v('b', '$total')}`) },
    { name: 'first defined in a for loop that always runs', code: fn(`    for (1) {\n      each as $i {\n${v('a', '$i', '        ')}\n      }\n    }\n${v('b', '$a')}`) },
    { name: 'first defined in a foreach over a literal list', code: fn(`    foreach (["a", "b"]) {\n      each as $k {\n${v('last', '$k', '        ')}\n      }\n    }\n${v('b', '$last')}`) },
    { name: '$error inside catch', code: fn(`    try_catch {\n      try {\n${v('a', '1', '        ')}\n      }\n      catch {\n${v('m', '$error.message', '        ')}\n      }\n    }`) },
  ],
  invalid: [
    { name: 'never defined', code: fn(v('b', '$token')), errors: [{ messageId: 'undefined', line: 6, column: 15 }] },
    { name: 'auto-named copy (the seed\'s $team1)', code: fn(v('b', '$team1.id')), errors: [{ messageId: 'autoNamed', line: 6, column: 15 }] },
    { name: 'used before its definition', code: fn(`${v('b', '$a')}\n${v('a', '1')}`), errors: [{ messageId: 'undefined', line: 6, column: 15 }] },
    {
      name: 'defined in one branch only',
      code: fn(`    conditional {\n      if (true) {\n${v('a', '1', '        ')}\n      }\n    }\n${v('b', '$a')}`),
      errors: [{ messageId: 'maybe', line: 13, column: 15 }],
    },
    {
      name: 'defined in try only, used after',
      code: fn(`    try_catch {\n      try {\n${v('a', '1', '        ')}\n      }\n      catch {\n      }\n    }`, '', '$a'),
      errors: [{ messageId: 'maybe', line: 15, column: 14 }],
    },
    {
      name: 'first defined in a loop over a list that may be empty',
      code: fn(`    foreach ($input.ids) {\n      each as $k {\n${v('last', '$k', '        ')}\n      }\n    }\n${v('b', '$last')}`, '    int[] ids'),
      errors: [{ messageId: 'maybe', line: 14, column: 15 }],
    },
    { name: 'for (0) never runs', code: fn(`    for (0) {\n      each as $i {\n${v('a', '1', '        ')}\n      }\n    }\n${v('b', '$a')}`), errors: [{ messageId: 'maybe', line: 13, column: 15 }] },
    { name: '$error outside catch', code: fn(v('b', '$error')), errors: [{ messageId: 'undefined', line: 6, column: 15 }] },
  ],
});
