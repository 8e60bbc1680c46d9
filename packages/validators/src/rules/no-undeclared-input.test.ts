import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-undeclared-input.js';

const v = (value: string) => `    var $a {\n      value = ${value}\n    }`;

ruleTester(rule, {
  valid: [
    { code: fn(v('$input.email'), '    email email') },
    { name: 'optional input read with get', code: fn(v('$input.state|get:"status":null'), '    json state?') },
  ],
  invalid: [
    { name: 'not declared (Missing param: email)', code: fn(v('$input.email'), '    text name'), errors: [{ messageId: 'undeclared', line: 7, column: 15 }] },
    { name: 'no inputs at all', code: fn(v('$input.key')), errors: [{ messageId: 'undeclared', line: 6, column: 15 }] },
    {
      name: 'path into an optional input (progress_state.status)',
      code: fn(v('$input.progress_state.status'), '    json progress_state?'),
      errors: [{ messageId: 'optionalPath', line: 7, column: 15 }],
    },
  ],
});
