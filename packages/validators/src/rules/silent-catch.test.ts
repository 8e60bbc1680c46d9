import { fn, ruleTester } from '../rule-tester.js';
import rule from './silent-catch.js';

const tc = (inCatch: string) => `    var $ok {\n      value = true\n    }\n    try_catch {\n      try {\n        function.run "x" as $r\n      }\n      catch {\n${inCatch}\n      }\n    }`;
const resp = '{success: $ok}';
const log = '        debug.log {\n          value = $error\n        }';
/** A try that only reads into a fallback set before it (the non-blocking enrichment shape). */
const readOnly = '    var $make {\n      value = null\n    }\n    try_catch {\n      try {\n        api.request {\n          url = "https://example.test/decode"\n          method = "GET"\n        } as $dec\n        var.update $make {\n          value = $dec.response.result.make\n        }\n      }\n      catch {\n' + log + '\n      }\n    }';
/** The orchestrator shape: the catch counts the failure into a list the response is built from. */
const counted = '    var $failed {\n      value = 0\n    }\n    try_catch {\n      try {\n        function.run "x" as $r\n      }\n      catch {\n        math.add $failed {\n          value = 1\n        }\n      }\n    }\n    var $summary {\n      value = {failed: $failed}\n    }';
/** The catch sets a value a later branch turns into the logged row the response returns. */
const viaBranch = '    var $sent {\n      value = {}\n    }\n    try_catch {\n      try {\n        function.run "x" as $r\n      }\n      catch {\n        var.update $sent {\n          value = {error: "failed"}\n        }\n      }\n    }\n    var $status {\n      value = "sent"\n    }\n    conditional {\n      if ($sent|has:"error") {\n        var.update $status {\n          value = "failed"\n        }\n      }\n    }\n    db.add "log" {\n      data = {status: $status}\n    } as $row';

ruleTester(rule, {
  valid: [
    { name: 'sets the flag the response reads', code: fn(tc('        var.update $ok {\n          value = false\n        }'), '', resp) },
    { name: 'rethrows', code: fn(tc('        throw {\n          name = "E"\n          value = $error.message\n        }'), '', resp) },
    { name: 'no response (a task body)', code: fn(tc(log)) },
    // Look-alikes from the hand-read sample (docs/lint.md).
    { name: 'a comment in the catch says why the error is ignored', code: fn(tc('        // ignore: the response will carry null'), '', resp) },
    { name: 'a try that only reads keeps its fallback', code: fn(readOnly, '', '{make: $make}') },
    { name: 'the catch counts the failure into what the response is built from', code: fn(counted, '', '$summary') },
    { name: 'the catch sets a value that reaches the response through a branch and a write', code: fn(viaBranch, '', '$row') },
  ],
  invalid: [
    { name: 'logs only, response says success', code: fn(tc(log), '', resp), errors: [{ messageId: 'silent', line: 8, column: 5 }] },
    { name: 'empty catch', code: fn(tc(''), '', resp), errors: [{ messageId: 'empty', line: 8, column: 5 }] },
    { name: 'a try without catch', code: fn('    try_catch {\n      try {\n        function.run "x" as $r\n      }\n    }', '', '1'), errors: [{ messageId: 'empty', line: 5, column: 5 }] },
    { name: 'a catch holding only a disabled statement', code: fn(tc('        !debug.log {\n          value = "dup"\n        }'), '', resp), errors: [{ messageId: 'empty', line: 8, column: 5 }] },
    { name: 'a counter the response never reads', code: fn(counted, '', resp.replace('$ok', 'true')), errors: [{ messageId: 'silent', line: 8, column: 5 }] },
  ],
});
