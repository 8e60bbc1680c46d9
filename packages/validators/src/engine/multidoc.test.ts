import { describe, expect, it } from 'vitest';
import { lintProject } from '../run-rules.js';

// A multidoc file (`---` between objects, as Xano's templates ship) is linted object by object, and
// its tables count in the workspace model like tables of their own files.
const table = 'table "user" {\n  auth = false\n  schema {\n    int id\n    text name\n  }\n}';
const worker = (input: string) =>
  `function "Workers/Get User" {\n  input {\n    ${input} user_id\n  }\n  stack {\n    db.get "user" {\n      field_name = "id"\n      field_value = $input.user_id\n    } as $user\n  }\n  response = $user\n}`;

describe('multidoc files', () => {
  it('finds a text lookup value in the second object, against the table of the first', () => {
    const r = lintProject([{ path: 'multidoc/app.xs', text: `${table}\n---\n${worker('text')}\n` }]);
    const found = r.findings.filter((f) => f.rule === 'lookup-value-type');
    expect(found.map((f) => f.loc?.start.line)).toEqual([16]);
  });
  it('is clean when the lookup value is an int', () => {
    const r = lintProject([{ path: 'multidoc/app.xs', text: `${table}\n---\n${worker('int')}\n` }]);
    expect(r.findings.filter((f) => f.rule === 'lookup-value-type')).toEqual([]);
  });
});
