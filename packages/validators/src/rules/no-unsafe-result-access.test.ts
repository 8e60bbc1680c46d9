import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-unsafe-result-access.js';

const run = (name = 'x') => `    function.run "${name}" as $r`;
const v = (value: string) => `    var $a {\n      value = ${value}\n    }`;
const api = '    api.request {\n      url = "https://a"\n      method = "GET"\n    } as $api';
const get = '    db.get "user" {\n      field_name = "id"\n      field_value = 1\n    } as $u';
const user = 'table "user" {\n  schema {\n    int id\n    text name\n  }\n}\n';
/** A callee with the given stack and response. */
const callee = (response: string, stack = '', name = 'x') => `function "${name}" {\n  input {\n  }\n  stack {\n${stack}\n  }\n  response = ${response}\n}\n`;
const early = (value: string) => `    conditional {\n      if ($input.q) {\n        return {\n          value = ${value}\n        }\n      }\n    }`;
// Look-alikes of the corpus shapes (written for these tests): a game move, a guard, a status check.
const move = callee('{board: $board, winner: $winner, game_over: false}', '    var $board {\n      value = []\n    }\n    var $winner {\n      value = null\n    }');
const fp = callee('{success: true, data: {transactions_updated: 3}, error: null, step: "done"}');
const guard = callee('{success: true, allowed: true}', early('{success: false, allowed: false, reason: "limit"}'));
const varShape = callee('$out', '    var $out {\n      value = {ok: true, count: 0}\n    }\n    var.update $out {\n      value = {ok: false, count: 1}\n    }');

ruleTester(rule, {
  valid: [
    { name: 'get chain', code: fn(`${run()}\n${v('$r|get:"data":({})|get:"count":0')}`) },
    { name: 'unknown callee: FP keys read directly', code: fn(`${run()}\n${v('$r.success')}`) },
    { name: 'a key the callee always returns at the top ($move.winner)', code: fn(`${run()}\n${v('$r.winner')}`), files: [move] },
    { name: 'every return path sets success', code: fn(`${run()}\n${v('$r.success == false')}`), files: [guard] },
    { name: 'FP Result callee: the path under data', code: fn(`${run()}\n${v('$r.data.transactions_updated + 1')}`), files: [fp] },
    { name: 'open shape: a key of the static paths is not "sometimes"', code: fn(`${run()}\n${v('$r.ok')}`), files: [callee('{ok: true, extra: 1}', early('{ok: false}|set:"why":"q"'))] },
    {
      name: 'an empty placeholder filled in by var.update on each operation (the corpus game shape)',
      code: fn(`${run()}\n${v('$r.current_player')}`),
      files: [callee('$result', `    var $result {\n      value = {}\n    }\n    conditional {\n      if ($input.q) {\n        var.update $result {\n          value = {board: [], current_player: 1}\n        }\n      }\n      else {\n        var.update $result {\n          value = {board: [1], current_player: 2}\n        }\n      }\n    }`)],
    },
    { name: 'response is a variable only set to objects', code: fn(`${run()}\n${v('$r.count')}`), files: [varShape] },
    { name: 'callee with an unknown shape (a db row): nothing to say', code: fn(`${run()}\n${v('$r.name')}`), files: [callee('$row', '    db.get "user" {\n      field_name = "id"\n      field_value = 1\n    } as $row')] },
    { name: 'api.request: response.status always exists', code: fn(`${api}\n    precondition ($api.response.status == 200)`) },
    { name: 'api.request: response.result and headers exist', code: fn(`${api}\n${v('[$api.response.result, $api.response.headers]')}`) },
    { name: 'db.get row after a precondition', code: fn(`${get}\n    precondition ($u != null)\n${v('$u.name')}`), files: [user] },
    { name: 'db.get row inside if != null', code: fn(`${get}\n    conditional {\n      if ($u != null) {\n${v('$u.name')}\n      }\n    }`), files: [user] },
    { name: 'guard in the same expression ($u != null && $u.name)', code: fn(`${get}\n${v('$u != null && $u.name == "a"')}`), files: [user] },
    { name: 'a key added by eval (a joined column)', code: fn(`    db.query "user" {\n      where = $db.user.id == 1\n      eval = {team_name: $db.team.name}\n      return = {type: "single"}\n    } as $u\n    precondition ($u != null)\n${v('$u.team_name')}`), files: [user] },
    { name: 'a foreach row of a query with eval', code: fn(`    db.query "user" {\n      where = $db.user.id > 0\n      eval = {team_name: $db.team.name}\n    } as $rows\n    foreach ($rows) {\n      each as $row {\n${v('$row.team_name')}\n      }\n    }`), files: [user] },
    { name: 'a row with an addon (keys of its own)', code: fn(`    db.get "user" {\n      field_name = "id"\n      field_value = 1\n      addon = [{name: "user_posts", as: "posts"}]\n    } as $u\n    precondition ($u != null)\n${v('$u.posts')}`), files: [user] },
    { name: 'ternary: $u == null ? … : $u.name', code: fn(`${get}\n${v('$u == null ? "" : $u.name')}`), files: [user] },
    { name: 'the payload of precondition ($u == null) is read when $u is not null', code: fn(`${get}\n    precondition ($u == null) {\n      error_type = "inputerror"\n      error = "exists: " ~ $u.name\n    }`), files: [user] },
    { name: 'precondition (($u|is_empty) == false)', code: fn(`${get}\n    precondition (($u|is_empty) == false)\n${v('$u.name')}`), files: [user] },
    { name: 'a test asserting the row is not null', code: fn(`${get}\n    expect.to_not_be_null ($u)\n${v('$u.name')}`), files: [user] },
    { name: 'the signed-in user by $auth.id', code: fn(`    db.get "user" {\n      field_name = "id"\n      field_value = $auth.id\n    } as $u\n${v('$u.name')}`), files: [user] },
    { name: 'after an early return when null', code: fn(`${get}\n    conditional {\n      if ($u == null) {\n        return {\n          value = null\n        }\n      }\n    }\n${v('$u.name')}`), files: [user] },
    { name: 'a plain var', code: fn(`    var $o {\n      value = {k: 1}\n    }\n${v('$o.k')}`) },
  ],
  invalid: [
    {
      name: 'the seed 8140 shape: an FP Result callee never returns the key at the top (error, suggestion under data)',
      code: fn(`${run()}\n${v('$r.transactions_updated + 1')}`),
      files: [fp],
      errors: [{ messageId: 'neverReturned', line: 7, column: 15, severity: 'error', suggestions: [{ messageId: 'useGet', output: fn(`${run()}\n${v('($r|get:"data":({})|get:"transactions_updated":0) + 1')}`) }] }],
    },
    {
      name: 'a key the callee never returns, closed shape: error',
      code: fn(`${run()}\n${v('$r.loser')}`),
      files: [move],
      errors: [{ messageId: 'neverReturned', line: 7, column: 15, severity: 'error', suggestions: [{ messageId: 'useGet', output: fn(`${run()}\n${v('$r|get:"loser":null')}`) }] }],
    },
    {
      name: 'open shape (|set): a warning',
      code: fn(`${run()}\n${v('$r.other')}`),
      files: [callee('{ok: true, extra: $x}', `    var $x {\n      value = 1\n    }\n${early('{ok: false}|set:"why":"q"')}`)],
      errors: [{ messageId: 'neverReturned', line: 7, column: 15, severity: 'warning', suggestions: [{ messageId: 'useGet', output: fn(`${run()}\n${v('$r|get:"other":null')}`) }] }],
    },
    {
      name: 'a key on some return paths only: warning',
      code: fn(`${run()}\n${v('$r.reason')}`),
      files: [guard],
      errors: [{ messageId: 'sometimes', line: 7, column: 15, severity: 'warning', suggestions: [{ messageId: 'useGet', output: fn(`${run()}\n${v('$r|get:"reason":null')}`) }] }],
    },
    {
      name: 'unknown callee: warning, read under data (fpResult)',
      code: fn(`${run()}\n${v('$r.count + 1')}`),
      errors: [{ messageId: 'fpResult', line: 7, column: 15, severity: 'warning', suggestions: [{ messageId: 'useGet', output: fn(`${run()}\n${v('($r|get:"data":({})|get:"count":0) + 1')}`) }] }],
    },
    {
      name: 'unknown callee, fpResult off',
      code: fn(`${run()}\n${v('$r.items|count')}`),
      options: { fpResult: false },
      errors: [{ messageId: 'unknownCallee', line: 7, column: 15, severity: 'warning', suggestions: [{ messageId: 'useGet', output: fn(`${run()}\n${v('$r|get:"items":[]|count')}`) }] }],
    },
    {
      name: 'api.request: a path under response.result is the remote\'s',
      code: fn(`${api}\n${v('"x" ~ $api.response.result.name')}`),
      errors: [{ messageId: 'dotPath', line: 10, column: 21, severity: 'warning', suggestions: [{ messageId: 'useGet', output: fn(`${api}\n${v('"x" ~ ($api|get:"response":({})|get:"result":({})|get:"name":"")')}`) }] }],
    },
    {
      name: 'json_decode',
      code: fn(`    var $j {\n      value = "{}"|json_decode\n    }\n    foreach ($j.items) {\n      each as $i {\n      }\n    }`),
      errors: [{ messageId: 'dotPath', line: 8, column: 14, suggestions: [{ messageId: 'useGet', output: fn(`    var $j {\n      value = "{}"|json_decode\n    }\n    foreach ($j|get:"items":[]) {\n      each as $i {\n      }\n    }`) }] }],
    },
    {
      name: 'db.get row without a null check: warning',
      code: fn(`${get}\n${v('$u.name')}`),
      files: [user],
      errors: [{ messageId: 'maybeNull', line: 10, column: 15, severity: 'warning', suggestions: [{ messageId: 'useGet', output: fn(`${get}\n${v('$u|get:"name":null')}`) }] }],
    },
    {
      name: 'an unchecked row read twice: one finding, at the first read',
      code: fn(`${get}\n${v('$u.name')}\n${v('$u.id')}`),
      files: [user],
      errors: [{ messageId: 'maybeNull', line: 10, column: 15, severity: 'warning', suggestions: [{ messageId: 'useGet', output: fn(`${get}\n${v('$u|get:"name":null')}\n${v('$u.id')}`) }] }],
    },
    {
      name: 'db.get row: column not in the schema',
      code: fn(`${get}\n    precondition ($u != null)\n${v('$u.nickname')}`),
      files: [user],
      errors: [{ messageId: 'unknownColumn', line: 11, column: 15, severity: 'error', suggestions: [{ messageId: 'useGet', output: fn(`${get}\n    precondition ($u != null)\n${v('$u|get:"nickname":null')}`) }] }],
    },
    {
      name: 'index access: reported, no suggestion',
      code: fn(`${run()}\n${v('$r.items[0]')}`),
      errors: [{ messageId: 'fpResult', line: 7, column: 15 }],
    },
  ],
});
