import { fn, ruleTester } from '../rule-tester.js';
import rule from './unresolved-reference.js';

const other = 'function "Workers/A" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n';
const user = 'table "user" {\n  schema {\n    int id\n  }\n}\n';
const group = 'api_group "Migration" {\n  canonical = "Lrekz_3S"\n}\n';
const query = (g: string) => `query "ping" verb=GET {\n  api_group = "${g}"\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n`;
const fk = 'table "job" {\n  schema {\n    int id\n    int user_id {\n      table = "usr"\n    }\n  }\n}\n';

ruleTester(rule, {
  valid: [
    { name: 'existing function and table', code: fn('    function.run "Workers/A" as $r\n    db.get "user" {\n      field_name = "id"\n      field_value = 1\n    } as $u'), files: [other, user] },
    { name: 'a lone file: nothing to resolve against', code: fn('    function.run "Workers/B" as $r') },
    { name: 'existing api group', code: query('Migration'), files: [group] },
    { name: 'foreign keys unchecked by default', code: fk, files: [user] },
    // Look-alikes from the hand-read sample: a disabled statement never runs.
    { name: 'a disabled call to a missing function', code: fn('    !function.run "Workers/B" as $r'), files: [other] },
    { name: 'a disabled query with an empty table name', code: fn('    !db.query "" as $rows'), files: [user] },
    { name: 'a missing function inside a disabled conditional', code: fn('    !conditional {\n      if (true) {\n        function.run "" as $r\n      }\n    }'), files: [other] },
  ],
  invalid: [
    { name: 'an empty function name (a deleted callee, as an export writes it)', code: fn('    function.run "" as $r'), errors: [{ messageId: 'emptyName', line: 5, column: 18 }] },
    { name: 'an empty table name, even in a lone file', code: fn('    db.add "" {\n      data = {}\n    } as $row'), errors: [{ messageId: 'emptyName', line: 5, column: 12 }] },
    { name: 'missing function', code: fn('    function.run "Workers/B" as $r'), files: [other], errors: [{ messageId: 'function', line: 5, column: 18 }] },
    { name: 'missing table (mvpw5:365)', code: fn('    db.query "mvpw5_365" as $rows'), files: [user], errors: [{ messageId: 'table', line: 5, column: 14 }] },
    { name: 'missing api group', code: query('Migrations'), files: [group], errors: [{ messageId: 'apiGroup', line: 2, column: 15 }] },
    { name: 'foreign key with the option', code: fk, files: [user], options: { foreignKeys: true }, errors: [{ messageId: 'table', line: 5, column: 15 }] },
  ],
});
