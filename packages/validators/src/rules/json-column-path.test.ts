import { fn, ruleTester } from '../rule-tester.js';
import rule from './json-column-path.js';

// A table written for this test: a listing with a json payload and an object column with a schema.
const listing = 'table "listing" {\n  schema {\n    int id\n    json payload?\n    text title\n    object address? {\n      schema {\n        text city?\n      }\n    }\n  }\n}\n';
const files = [listing];
const get = '    db.get "listing" {\n      field_name = "id"\n      field_value = 1\n    } as $l\n';
const v = (value: string) => `    var $x {\n      value = ${value}\n    }`;

ruleTester(rule, {
  valid: [
    { name: 'the json column itself', code: fn(`${get}${v('$l.payload')}`), files },
    { name: 'read with |get and a default', code: fn(`${get}${v('$l.payload|get:"state":null')}`), files },
    { name: 'a text column', code: fn(`${get}${v('$l.title')}`), files },
    { name: 'an object column with a schema is not json', code: fn(`${get}${v('$l.address.city')}`), files },
    { name: 'a table the workspace does not know', code: fn(`    db.get "other" {\n      field_name = "id"\n      field_value = 1\n    } as $l\n${v('$l.payload.state')}`), files },
  ],
  invalid: [
    {
      name: 'a dot path into the json column of a db.get row',
      code: fn(`${get}${v('$l.payload.state')}`),
      files,
      errors: [{ messageId: 'jsonPath', line: 10, column: 15, suggestions: [{ messageId: 'useGet', output: fn(`${get}${v('$l.payload|get:"state":null')}`) }] }],
    },
    {
      name: 'two keys deep in a foreach row of a query',
      code: fn(`    db.query "listing" as $rows\n    foreach ($rows) {\n      each as $r {\n        debug.log {\n          value = $r.payload.owner.name\n        }\n      }\n    }`),
      files,
      errors: [{
        messageId: 'jsonPath', line: 9, column: 19,
        suggestions: [{ messageId: 'useGet', output: fn(`    db.query "listing" as $rows\n    foreach ($rows) {\n      each as $r {\n        debug.log {\n          value = $r.payload|get:"owner":({})|get:"name":null\n        }\n      }\n    }`) }],
      }],
    },
  ],
});
