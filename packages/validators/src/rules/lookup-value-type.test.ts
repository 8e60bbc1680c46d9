import { fn, ruleTester } from '../rule-tester.js';
import rule from './lookup-value-type.js';

const get = (value: string) => `    db.get "user" {\n      field_name = "id"\n      field_value = ${value}\n    } as $u`;
const user = 'table "user" {\n  schema {\n    int id\n    email email\n    text code\n  }\n}\n';

ruleTester(rule, {
  valid: [
    { name: 'to_int then a default', code: fn(get('$input.user_id|to_int|first_notempty:0'), '    text user_id') },
    { name: 'required int input', code: fn(get('$input.user_id'), '    int user_id') },
    { name: 'optional int with a default', code: fn(get('$input.user_id|first_notnull:0'), '    int user_id?') },
    { name: 'optional int input with a default (its doc: safe)', code: fn(get('$input.user_id'), '    int user_id?=1') },
    {
      name: 'a path parameter declared optional (generated CRUD endpoint)',
      code: 'query "member/{member_id}" verb=GET {\n  api_group = "a"\n  input {\n    int member_id? filters=min:1\n  }\n  stack {\n    db.get "user" {\n      field_name = "id"\n      field_value = $input.member_id\n    } as $u\n  }\n  response = $u\n}\n',
    },
    {
      name: 'inside if ($input.x != null)',
      code: fn(`    conditional {\n      if ($input.user_id != null) {\n${get('$input.user_id').replace(/^/gm, '    ')}\n      }\n    }`, '    int user_id?'),
    },
    {
      name: 'inside if (($input.x|is_empty) == false)',
      code: fn(`    conditional {\n      if (($input.user_id|is_empty) == false) {\n${get('$input.user_id').replace(/^/gm, '    ')}\n      }\n    }`, '    int user_id?'),
    },
    { name: 'a lookup naming no table (db.edit "")', code: fn('    db.edit "" {\n      field_name = "id"\n      field_value = $input.k\n      data = {}\n    }', '    uuid k') },
    { name: 'text column', code: fn('    db.get "user" {\n      field_name = "code"\n      field_value = $input.c\n    } as $u', '    text c'), files: [user] },
  ],
  invalid: [
    {
      name: 'text input (the seed 8140)',
      code: fn(get('$input.user_id'), '    text user_id'),
      errors: [{ messageId: 'textInput', line: 8, column: 21, suggestions: [{ messageId: 'withDefault', output: fn(get('$input.user_id|to_int|first_notempty:0'), '    text user_id') }] }],
    },
    {
      name: 'optional int input',
      code: fn(get('$input.user_id'), '    int user_id?'),
      errors: [{ messageId: 'optionalInput', line: 8, column: 21, suggestions: [{ messageId: 'withDefault', output: fn(get('$input.user_id|first_notempty:0'), '    int user_id?') }] }],
    },
    {
      name: 'nullable int input with a default: may still be null',
      code: fn(get('$input.user_id'), '    int? user_id?=0'),
      errors: [{ messageId: 'optionalInput', line: 8, column: 21, suggestions: [{ messageId: 'withDefault', output: fn(get('$input.user_id|first_notempty:0'), '    int? user_id?=0') }] }],
    },
    {
      name: 'inside if ($input.x == null): not a guard',
      code: fn(`    conditional {\n      if ($input.user_id == null) {\n${get('$input.user_id').replace(/^/gm, '    ')}\n      }\n    }`, '    int user_id?'),
      errors: [{ messageId: 'optionalInput', line: 10, column: 25, suggestions: [{ messageId: 'withDefault', output: fn(`    conditional {\n      if ($input.user_id == null) {\n${get('$input.user_id|first_notempty:0').replace(/^/gm, '    ')}\n      }\n    }`, '    int user_id?') }] }],
    },
    {
      name: 'to_int without a default',
      code: fn(get('$input.user_id|to_int'), '    text user_id'),
      errors: [{ messageId: 'noDefault', line: 8, column: 21, suggestions: [{ messageId: 'withDefault', output: fn(get('$input.user_id|to_int|first_notempty:0'), '    text user_id') }] }],
    },
    {
      name: 'an int column known from the workspace, on db.del',
      code: fn('    db.del "user" {\n      field_name = "id"\n      field_value = $input.k\n    }', '    text k'),
      files: [user],
      errors: [{ messageId: 'textInput', line: 8, column: 21, suggestions: [{ messageId: 'withDefault', output: fn('    db.del "user" {\n      field_name = "id"\n      field_value = $input.k|to_int|first_notempty:0\n    }', '    text k') }] }],
    },
  ],
});
