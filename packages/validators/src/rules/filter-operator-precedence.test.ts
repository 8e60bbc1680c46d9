import { fn, ruleTester } from '../rule-tester.js';
import rule from './filter-operator-precedence.js';

const cond = (test: string) => `    conditional {\n      if (${test}) {\n        debug.log {\n          value = 1\n        }\n      }\n    }`;
const value = (v: string) => `    var $v {\n      value = ${v}\n    }`;

ruleTester(rule, {
  valid: [
    { name: 'parenthesised before the operator', code: fn(cond('($input.items|count) == 0'), '    json items') },
    { name: 'filter after the operator', code: fn(cond('0 == $input.items|count'), '    json items') },
    { name: 'a filter alone', code: fn(value('$input.items|count'), '    json items') },
    { name: 'an operator inside a filter argument', code: fn(value('$input.n|add:(1 + 2)'), '    int n') },
    { name: 'each filtered part grouped', code: fn(value('($input.a|to_text) ~ ": " ~ ($input.b|json_encode)'), '    int a\n    json b') },
  ],
  invalid: [
    {
      name: 'the docs example',
      code: fn(cond('$input.items|count == 0'), '    json items'),
      errors: [{ messageId: 'bare', line: 7, column: 11, suggestions: [{ messageId: 'wrap', output: fn(cond('($input.items|count) == 0'), '    json items') }] }],
    },
    {
      name: 'concatenation of filtered parts',
      code: fn(value('$input.a|to_text ~ ": " ~ $input.b|json_encode'), '    int a\n    json b'),
      errors: [{ messageId: 'bare', line: 8, column: 15, suggestions: [{ messageId: 'wrap', output: fn(value('($input.a|to_text) ~ ": " ~ ($input.b|json_encode)'), '    int a\n    json b') }] }],
    },
  ],
});
