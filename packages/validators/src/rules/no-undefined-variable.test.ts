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
    {
      name: 'if/elseif chain whose last test is "none of the earlier flags" (always one branch)',
      code: fn(`    conditional {\n      if ($input.a) {\n${v('r', '1', '        ')}\n      }\n      elseif ($input.b) {\n${v('r', '2', '        ')}\n      }\n      elseif ($input.b == false && $input.a == false) {\n${v('r', '3', '        ')}\n      }\n    }\n${v('x', '$r')}`, '    bool a\n    bool b'),
    },
    { name: 'after a placeholder statement (what it defines is unknown)', code: fn(`    placeholder "vendor:decode_token"\n${v('a', '$decoded|get:"id":null')}`) },
    { name: '$var.name, the long form of a variable', code: fn(`${v('a', '1')}\n${v('b', '$var.a + 1')}`) },
    // Look-alikes of the corpus: switched-off code keeps names of variables that no longer exist.
    { name: 'a disabled object entry (!key: value)', code: fn(v('a', '{shown: 1, !hidden: $gone}')) },
    { name: 'a disabled filter (|!set:…)', code: fn(v('a', '{}|!set:"k":$gone')) },
    { name: 'a disabled statement', code: fn(`    !var $b {\n      value = $gone\n    }`) },
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
    {
      name: 'if/elseif chain that misses a case',
      code: fn(`    conditional {\n      if ($input.a) {\n${v('r', '1', '        ')}\n      }\n      elseif ($input.b == false && $input.a == false) {\n${v('r', '3', '        ')}\n      }\n    }\n${v('x', '$r')}`, '    bool a\n    bool b'),
      errors: [{ messageId: 'maybe', line: 20, column: 15 }],
    },
    { name: 'a variable defined only by a disabled statement', code: fn(`    !var $b {\n      value = 1\n    }\n${v('a', '$b')}`), errors: [{ messageId: 'undefined', line: 9, column: 15 }] },
    { name: 'the operand of a disabled filter still runs', code: fn(v('a', '$gone|!trim')), errors: [{ messageId: 'undefined', line: 6, column: 15 }] },
    { name: 'an input read without $input. (a bare name is no input)', code: fn(v('a', '$nums|count'), '    int[] nums'), errors: [{ messageId: 'undefined', line: 7, column: 15 }] },
    { name: '$error outside catch', code: fn(v('b', '$error')), errors: [{ messageId: 'undefined', line: 6, column: 15 }] },
  ],
});
