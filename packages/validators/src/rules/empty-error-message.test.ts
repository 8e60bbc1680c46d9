import { fn, ruleTester } from '../rule-tester.js';
import rule from './empty-error-message.js';

/** A try_catch whose catch holds `inCatch`. */
const tc = (inCatch: string) => `    try_catch {\n      try {\n        function.run "load" as $r\n      }\n      catch {\n${inCatch}\n      }\n    }`;
const thr = (value: string) => `        throw {\n          name = "LoadError"\n          value = ${value}\n        }`;

ruleTester(rule, {
  valid: [
    // Look-alikes of a careful catch (written for this table):
    { name: 'a message that says what failed, with the error read by get', code: fn(tc(thr('"Loading contributions failed: " ~ ($error|get:"message":"unknown error")'))) },
    { name: 'a literal message', code: fn(tc(thr('"Contributions could not be loaded"'))) },
    { name: 'the whole error passed on', code: fn(tc(thr('$error|get:"message":"load failed"'))) },
    { name: 'an empty message outside a catch is another rule\'s business', code: fn(`    throw {\n      name = "X"\n      value = ""\n    }`) },
    { name: 'a precondition with a message in a catch', code: fn(tc('        precondition ($r != null) {\n          error_type = "notfound"\n          error = "no result"\n        }')) },
  ],
  invalid: [
    { name: 'the seed 8060: an empty message', code: fn(tc(thr('""'))), errors: [{ messageId: 'empty', line: 10, column: 9 }] },
    { name: '$error.message with dots', code: fn(tc(thr('"Load failed: " ~ $error.message'))), errors: [{ messageId: 'bareError', line: 12, column: 37 }] },
    { name: 'a throw without a message', code: fn(tc('        throw {\n          name = "LoadError"\n        }')), errors: [{ messageId: 'empty', line: 10, column: 9 }] },
    {
      name: 'a precondition with an empty error, nested in a branch of the catch',
      code: fn(tc('        conditional {\n          if (true) {\n            precondition (false) {\n              error = ""\n            }\n          }\n        }')),
      errors: [{ messageId: 'empty', line: 12, column: 13 }],
    },
  ],
});
