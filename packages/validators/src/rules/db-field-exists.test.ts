import { fn, ruleTester } from '../rule-tester.js';
import rule from './db-field-exists.js';

const user = 'table "user" {\n  schema {\n    int id\n    text email\n    bool active?\n  }\n}\n';
const edit = (field: string, data: string) => fn(`    db.edit "user" {\n      field_name = "${field}"\n      field_value = 1\n      data = ${data}\n    }`);
const query = (where: string) => fn(`    db.query "user" {\n      where = ${where}\n    } as $rows`);

ruleTester(rule, {
  valid: [
    { code: edit('id', '{email: "a"}'), files: [user] },
    { code: query('$db.user.active == true'), files: [user] },
    { name: 'unknown table: nothing to check', code: edit('idx', '{x: 1}') },
    { name: 'a disabled data key is not written', code: edit('id', '{email: "a", !mail: "b"}'), files: [user] },
    { name: 'a disabled write', code: fn('    !db.edit "user" {\n      field_name = "uid"\n      field_value = 1\n      data = {mail: "a"}\n    }'), files: [user] },
  ],
  invalid: [
    { name: 'lookup field', code: edit('uid', '{email: "a"}'), files: [user], errors: [{ messageId: 'lookupField', line: 6, column: 20 }] },
    { name: 'data key', code: edit('id', '{mail: "a"}'), files: [user], errors: [{ messageId: 'dataKey', line: 8, column: 15 }] },
    { name: 'where column', code: query('$db.user.enabled == true'), files: [user], errors: [{ messageId: 'whereColumn', line: 6, column: 15 }] },
  ],
});
