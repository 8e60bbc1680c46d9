import { fn, ruleTester } from '../rule-tester.js';
import rule from './call-inputs-match.js';

const callee = 'function "Workers/FUB - Lambda Coordinator" {\n  input {\n    int ad_user_id\n    text endpoint_type\n    int page?=1\n  }\n  stack {\n  }\n  response = null\n}\n';
const call = (input: string) => fn(`    function.run "Workers/FUB - Lambda Coordinator" {\n      input = ${input}\n    } as $r`);

ruleTester(rule, {
  valid: [
    { code: call('{ad_user_id: 1, endpoint_type: "people"}'), files: [callee] },
    { name: 'input from a variable is not checked', code: call('$args'), files: [callee] },
    { name: 'unknown callee', code: call('{x: 1}') },
  ],
  invalid: [
    {
      name: 'the seed 8118: user_id for ad_user_id',
      code: call('{user_id: 1, endpoint_type: "people"}'),
      files: [callee],
      errors: [{ messageId: 'missingInput', line: 5, column: 5 }, { messageId: 'unknownInputSuggest', line: 6, column: 16 }],
    },
    {
      name: 'a required enum-like input omitted',
      code: call('{ad_user_id: 1}'),
      files: [callee],
      errors: [{ messageId: 'missingInput', line: 5, column: 5 }],
    },
    {
      name: 'an input the callee does not have',
      code: call('{ad_user_id: 1, endpoint_type: "x", verbose: true}'),
      files: [callee],
      errors: [{ messageId: 'unknownInput', line: 6, column: 51 }],
    },
  ],
});
