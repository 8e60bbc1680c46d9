import { fn, ruleTester } from '../rule-tester.js';
import rule from './silent-catch.js';

const tc = (inCatch: string) => `    var $ok {\n      value = true\n    }\n    try_catch {\n      try {\n        function.run "x" as $r\n      }\n      catch {\n${inCatch}\n      }\n    }`;
const resp = '{success: $ok}';

ruleTester(rule, {
  valid: [
    { name: 'sets the flag the response reads', code: fn(tc('        var.update $ok {\n          value = false\n        }'), '', resp) },
    { name: 'rethrows', code: fn(tc('        throw {\n          name = "E"\n          value = $error.message\n        }'), '', resp) },
    { name: 'no response (a task body)', code: fn(tc('        debug.log {\n          value = $error\n        }')) },
  ],
  invalid: [
    { name: 'logs only, response says success', code: fn(tc('        debug.log {\n          value = $error\n        }'), '', resp), errors: [{ messageId: 'silent', line: 8, column: 5 }] },
    { name: 'empty catch', code: fn(tc('        // ignore'), '', resp), errors: [{ messageId: 'empty', line: 8, column: 5 }] },
  ],
});
