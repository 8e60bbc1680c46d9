import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-undeclared-input.js';

const v = (value: string) => `    var $a {\n      value = ${value}\n    }`;

ruleTester(rule, {
  valid: [
    { code: fn(v('$input.email'), '    email email') },
    // Look-alikes of the corpus (inputs declared without a field of their own):
    { name: 'a path parameter of the endpoint', code: 'query "projects/{project_id}/notes" verb=POST {\n  api_group = "a"\n  input {\n  }\n  stack {\n    var $a {\n      value = $input.project_id\n    }\n  }\n  response = $a\n}\n' },
    { name: 'a column of the dblink table', code: fn(v('$input.title'), '    dblink {\n      table = "note"\n    }'), files: ['table "note" {\n  schema {\n    int id\n    text title\n  }\n}\n'] },
    {
      name: 'two dblinks: the columns of both',
      code: fn(v('$input.title ~ $input.label'), '    dblink {\n      table = "note"\n    }\n    dblink {\n      table = "tag"\n    }'),
      files: ['table "note" {\n  schema {\n    int id\n    text title\n  }\n}\n', 'table "tag" {\n  schema {\n    int id\n    text label\n  }\n}\n'],
    },
    { name: 'dblink to a table not in the workspace: anything may be declared', code: fn(v('$input.whatever'), '    dblink {\n      table = "elsewhere"\n    }') },
    { name: 'optional input read with get', code: fn(v('$input.state|get:"status":null'), '    json state?') },
  ],
  invalid: [
    { name: 'not declared (Missing param: email)', code: fn(v('$input.email'), '    text name'), errors: [{ messageId: 'undeclared', line: 7, column: 15 }] },
    {
      name: 'dblink: a name that is no column of its table',
      code: fn(v('$input.titel'), '    dblink {\n      table = "note"\n    }'),
      files: ['table "note" {\n  schema {\n    int id\n    text title\n  }\n}\n'],
      errors: [{ messageId: 'undeclared', line: 9, column: 15 }],
    },
    { name: 'no inputs at all', code: fn(v('$input.key')), errors: [{ messageId: 'undeclared', line: 6, column: 15 }] },
    {
      name: 'path into an optional input (progress_state.status)',
      code: fn(v('$input.progress_state.status'), '    json progress_state?'),
      errors: [{ messageId: 'optionalPath', line: 7, column: 15 }],
    },
  ],
});
