import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-plus-string-concat.js';

const v = (value: string, input = '') => fn(`    var $a {\n      value = ${value}\n    }`, input);

ruleTester(rule, {
  valid: [{ code: v('1 + 2') }, { code: v('"a" ~ "b"') }, { code: v('$input.n + 1', '    int n') }],
  invalid: [
    { name: 'string literal', code: v('"Hello " + $input.name', '    text name'), errors: [{ messageId: 'plus', line: 7, column: 24, suggestions: [{ messageId: 'useTilde', output: v('"Hello " ~ $input.name', '    text name') }] }] },
    { name: 'text input', code: v('$input.first + " x"', '    text first'), errors: [{ messageId: 'plus', line: 7, column: 28, suggestions: [{ messageId: 'useTilde', output: v('$input.first ~ " x"', '    text first') }] }] },
    { name: 'to_text result', code: v('($input.n|to_text) + "%"', '    int n'), errors: [{ messageId: 'plus', line: 7, column: 34, suggestions: [{ messageId: 'useTilde', output: v('($input.n|to_text) ~ "%"', '    int n') }] }] },
  ],
});
