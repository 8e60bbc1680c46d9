import { fn, ruleTester } from '../rule-tester.js';
import rule from './unknown-filter.js';

const v = (value: string) => fn(`    var $a {\n      value = ${value}\n    }`);

ruleTester(rule, {
  valid: [{ code: v('now|format_timestamp:"Y-m-d":"UTC"') }, { code: v('[1]|count') }],
  invalid: [
    { name: 'format_date', code: v('now|format_date:"Y-m-d"'), errors: [{ messageId: 'unknownSuggest', line: 6, column: 19, suggestions: [{ messageId: 'rename', output: v('now|format_timestamp:"Y-m-d"') }] }] },
    { name: 'default', code: v('$input.x|default:1'), errors: [{ messageId: 'unknownSuggest', line: 6, column: 24, suggestions: [{ messageId: 'rename', output: v('$input.x|first_notnull:1') }] }] },
    { name: 'length', code: v('[1]|length'), errors: [{ messageId: 'unknownSuggest', line: 6, column: 19, suggestions: [{ messageId: 'rename', output: v('[1]|count') }] }] },
    { name: 'old alias', code: v('"A"|lower'), errors: [{ messageId: 'unknownSuggest', line: 6, column: 19 }], output: v('"A"|to_lower') },
    { name: 'array_ prefix', code: v('[1]|array_push:2'), errors: [{ messageId: 'unknownSuggest', line: 6, column: 19 }], output: v('[1]|push:2') },
    { name: 'no suggestion', code: v('1|frobnicate'), errors: [{ messageId: 'unknown', line: 6, column: 17 }], output: null },
  ],
});
