import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-unsafe-result-access.js';

const run = '    function.run "x" as $r';
const v = (value: string) => `    var $a {\n      value = ${value}\n    }`;
const api = '    api.request {\n      url = "https://a"\n      method = "GET"\n    } as $api';
const get = '    db.get "user" {\n      field_name = "id"\n      field_value = 1\n    } as $u';
const user = 'table "user" {\n  schema {\n    int id\n    text name\n  }\n}\n';
const callee = 'function "x" {\n  input {\n  }\n  stack {\n  }\n  response = {count: 1}\n}\n';

ruleTester(rule, {
  valid: [
    { name: 'get chain', code: fn(`${run}\n${v('$r|get:"data":({})|get:"count":0')}`) },
    { name: 'FP keys are read directly... with get', code: fn(`${run}\n${v('$r|get:"success":false')}`) },
    { name: 'db.get row after a precondition', code: fn(`${get}\n    precondition ($u != null)\n${v('$u.name')}`), files: [user] },
    { name: 'db.get row inside if != null', code: fn(`${get}\n    conditional {\n      if ($u != null) {\n${v('$u.name')}\n      }\n    }`), files: [user] },
    { name: 'after an early return when null', code: fn(`${get}\n    conditional {\n      if ($u == null) {\n        return {\n          value = null\n        }\n      }\n    }\n${v('$u.name')}`), files: [user] },
    { name: 'a plain var', code: fn(`    var $o {\n      value = {k: 1}\n    }\n${v('$o.k')}`) },
  ],
  invalid: [
    {
      name: 'function.run result: read under data (FP Result), default by use',
      code: fn(`${run}\n${v('$r.count + 1')}`),
      errors: [{ messageId: 'fpResult', line: 7, column: 15 }],
      output: fn(`${run}\n${v('($r|get:"data":({})|get:"count":0) + 1')}`),
    },
    {
      name: 'callee known: its response has the key',
      code: fn(`${run}\n${v('$r.count')}`),
      files: [callee],
      errors: [{ messageId: 'dotPath', line: 7, column: 15 }],
      output: fn(`${run}\n${v('$r|get:"count":null')}`),
    },
    {
      name: 'fpResult off',
      code: fn(`${run}\n${v('$r.items|count')}`),
      options: { fpResult: false },
      errors: [{ messageId: 'dotPath', line: 7, column: 15 }],
      output: fn(`${run}\n${v('$r|get:"items":[]|count')}`),
    },
    {
      name: 'api.request, nested path, text concatenation',
      code: fn(`${api}\n${v('"x" ~ $api.response.result')}`),
      errors: [{ messageId: 'dotPath', line: 10, column: 21 }],
      output: fn(`${api}\n${v('"x" ~ ($api|get:"response":({})|get:"result":"")')}`),
    },
    {
      name: 'json_decode',
      code: fn(`    var $j {\n      value = "{}"|json_decode\n    }\n    foreach ($j.items) {\n      each as $i {\n      }\n    }`),
      errors: [{ messageId: 'dotPath', line: 8, column: 14 }],
      output: fn(`    var $j {\n      value = "{}"|json_decode\n    }\n    foreach ($j|get:"items":[]) {\n      each as $i {\n      }\n    }`),
    },
    {
      name: 'db.get row without a null check',
      code: fn(`${get}\n${v('$u.name')}`),
      files: [user],
      errors: [{ messageId: 'maybeNull', line: 10, column: 15 }],
      output: fn(`${get}\n${v('$u|get:"name":null')}`),
    },
    {
      name: 'db.get row: column not in the schema',
      code: fn(`${get}\n    precondition ($u != null)\n${v('$u.nickname')}`),
      files: [user],
      errors: [{ messageId: 'unknownColumn', line: 11, column: 15 }],
      output: fn(`${get}\n    precondition ($u != null)\n${v('$u|get:"nickname":null')}`),
    },
    {
      name: 'index access: reported, not fixed',
      code: fn(`${run}\n${v('$r.items[0]')}`),
      errors: [{ messageId: 'fpResult', line: 7, column: 15 }],
      output: null,
    },
  ],
});
