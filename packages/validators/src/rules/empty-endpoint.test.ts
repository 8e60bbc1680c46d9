import { ruleTester } from '../rule-tester.js';
import rule from './empty-endpoint.js';

const query = (stack: string, response: string, verb = 'POST') =>
  `query "sync" verb=${verb} {\n  api_group = "Migration"\n  input {\n  }\n  stack {\n${stack}\n  }\n  response = ${response}\n}\n`;
const one = '    var $a {\n      value = 1\n    }';
const del = '    db.del "note" {\n      field_name = "id"\n      field_value = $input.note_id\n    }';
const run = '    function.run "jobs/sync" {\n      input = {}\n    } as $r';
const header = '    util.set_header {\n      value = "Location: /home"\n      duplicates = "replace"\n    }';

ruleTester(rule, {
  valid: [
    { code: query(one, '$a') },
    { name: 'functions are not endpoints', code: 'function "f" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n' },
    // Look-alikes from the hand-read sample: a null response after the work is done is Xano's CRUD shape.
    { name: 'a DELETE that deletes and answers null', code: query(del, 'null', 'DELETE') },
    { name: 'a POST that runs a function and answers null', code: query(run, 'null') },
    { name: 'a redirect: a header set, null body', code: query(header, 'null', 'GET') },
    { name: 'a write inside a conditional', code: query(`    conditional {\n      if ($input.note_id > 0) {\n${del.replace(/^/gm, '    ')}\n      }\n    }`, 'null') },
  ],
  invalid: [
    { name: 'the seed 17495: empty stack, null response (one finding)', code: query('    // todo', 'null'), errors: [{ messageId: 'emptyStack', line: 1, column: 1 }] },
    { name: 'empty stack with a response', code: query('', '{}'), errors: [{ messageId: 'emptyStack', line: 1, column: 1 }] },
    { name: 'a read-only stack that answers null', code: query(one, 'null'), errors: [{ messageId: 'nullResponse', line: 10, column: 14 }] },
    { name: 'a disabled write does not count', code: query(`    !${del.trimStart()}`, 'null'), errors: [{ messageId: 'emptyStack', line: 1, column: 1 }] },
  ],
});
