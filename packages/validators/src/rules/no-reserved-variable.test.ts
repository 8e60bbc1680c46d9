import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-reserved-variable.js';

ruleTester(rule, {
  valid: [{ code: fn('    var $result_value {\n      value = 1\n    }') }, { code: fn('    function.run "x" as $out') }],
  invalid: [
    { name: '$result', code: fn('    var $result {\n      value = 1\n    }'), errors: [{ messageId: 'reserved', line: 5, column: 9 }] },
    { name: 'as $response', code: fn('    function.run "x" as $response'), errors: [{ messageId: 'reserved', line: 5, column: 25 }] },
    { name: 'loop item $index', code: fn('    foreach ([1]) {\n      each as $index {\n      }\n    }'), errors: [{ messageId: 'reserved', line: 6, column: 15 }] },
  ],
});
