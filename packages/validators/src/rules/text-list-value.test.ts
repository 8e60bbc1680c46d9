import { fn, ruleTester } from '../rule-tester.js';
import rule from './text-list-value.js';

const req = (headers: string, before = '') =>
  fn(`${before}    api.request {\n      url = "https://api.example.test/roster"\n      method = "GET"\n      headers = ${headers}\n    } as $r`, '    text team_id\n    text token?');
const token = '    db.get "credential" {\n      field_name = "id"\n      field_value = 1\n    } as $cred\n';
const callee = 'function "send" {\n  input {\n    text[] tags\n    int[] ids\n  }\n  stack {\n  }\n  response = null\n}\n';
const call = (input: string) => fn(`${token}    function.run "send" {\n      input = ${input}\n    } as $r`);

ruleTester(rule, {
  valid: [
    // The docs' own shapes: literals and `~` joins always give text.
    { name: 'literals and a ~ join', code: req('["Content-Type: application/json", "Authorization: Bearer " ~ $env.API_KEY]') },
    { name: 'a ~ join with a row column (null joins as empty text)', code: req('["X-Token: " ~ $cred.token]', token) },
    { name: 'a required text input', code: req('["Accept: text/plain", $input.team_id]') },
    { name: 'a variable set to a ~ join', code: req('["Accept: text/plain", $auth_header]', '    var $auth_header {\n      value = "Authorization: Bearer " ~ $env.KEY\n    }\n') },
    { name: 'built with push, not inline', code: req('[]|push:("Authorization: " ~ $cred.token)', token) },
    { name: 'an int[] input takes any list', code: call('{tags: ["a"], ids: [$cred.id]}'), files: [callee] },
  ],
  invalid: [
    { name: 'the roster 8066 shape: a row value as the third header', code: req('["Accept: application/json", "Content-Type: application/json", $cred.header]', token), errors: [{ messageId: 'notText', line: 14, column: 80 }] },
    { name: 'an optional input without a default', code: req('[$input.token]'), errors: [{ messageId: 'notText', line: 10, column: 18 }] },
    { name: 'a text[] input of the callee', code: call('{tags: ["a", $cred]}'), files: [callee], errors: [{ messageId: 'notText', line: 10, column: 28 }] },
  ],
});
