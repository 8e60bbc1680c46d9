import { fn, ruleTester } from '../rule-tester.js';
import rule from './nullable-lookup-value.js';

// Tables written for this test: a job whose agent may be unset, and the agents it points to.
const job = 'table "job" {\n  schema {\n    int id\n    int agent_id?\n    int owner_id\n    text email?\n  }\n}\n';
const agent = 'table "agent" {\n  schema {\n    int id\n    text email\n  }\n}\n';
const files = [job, agent];
const getJob = '    db.get "job" {\n      field_name = "id"\n      field_value = 1\n    } as $job';
const lookup = (value: string, table = 'agent', field = 'id', indent = '    ') =>
  `${indent}db.get "${table}" {\n${indent}  field_name = "${field}"\n${indent}  field_value = ${value}\n${indent}} as $a`;

ruleTester(rule, {
  valid: [
    { name: 'a required column of the row', code: fn(`${getJob}\n${lookup('$job.owner_id')}`), files },
    { name: 'a nullable column read with a default', code: fn(`${getJob}\n${lookup('$job.agent_id|first_notnull:0')}`), files },
    { name: 'a nullable column checked first', code: fn(`${getJob}\n    conditional {\n      if ($job.agent_id != null) {\n${lookup('$job.agent_id', 'agent', 'id', '        ')}\n      }\n    }`), files },
    { name: 'after a precondition on it', code: fn(`${getJob}\n    precondition ($job.agent_id != null)\n${lookup('$job.agent_id')}`), files },
    { name: 'an optional text input with a default', code: fn(lookup('$input.email', 'agent', 'email'), '    text email?=""'), files },
    { name: 'an optional input into an int column is lookup-value-type\'s', code: fn(lookup('$input.agent_id'), '    int agent_id?'), files },
    { name: 'an earlier check that collects what is missing for a precondition', code: fn(`    var $missing {\n      value = []\n    }\n    conditional {\n      if (($input.email ?? "") == "") {\n        var.update $missing {\n          value = $missing|push:"email"\n        }\n      }\n    }\n    precondition (($missing|count) == 0)\n${lookup('$input.email', 'agent', 'email')}`, '    text email?'), files },
    { name: 'a path parameter declared optional is always there', code: `query "agent/{agent_email}" verb=GET {\n  api_group = "A"\n  input {\n    text agent_email?\n  }\n  stack {\n${lookup('$input.agent_email', 'agent', 'email')}\n  }\n  response = $a\n}\n`, files },
    { name: 'a row of a table the workspace does not know', code: fn(`    db.get "other" {\n      field_name = "id"\n      field_value = 1\n    } as $job\n${lookup('$job.agent_id')}`), files },
  ],
  invalid: [
    {
      name: 'a nullable column of another row (8140 shape)',
      code: fn(`${getJob}\n${lookup('$job.agent_id')}`),
      files,
      errors: [{ messageId: 'rowColumn', line: 11, column: 21, suggestions: [{ messageId: 'withDefault', output: fn(`${getJob}\n${lookup('$job.agent_id|first_notnull:0')}`) }] }],
    },
    {
      name: 'a second lookup by the same value is not reported again',
      code: fn(`${getJob}\n${lookup('$job.agent_id')}\n${lookup('$job.agent_id')}`),
      files,
      errors: [{ messageId: 'rowColumn', line: 11, column: 21, suggestions: [{ messageId: 'withDefault', output: fn(`${getJob}\n${lookup('$job.agent_id|first_notnull:0')}\n${lookup('$job.agent_id')}`) }] }],
    },
    {
      name: 'an optional text input without a default',
      code: fn(lookup('$input.email', 'agent', 'email'), '    text email?'),
      files,
      errors: [{ messageId: 'optionalInput', line: 8, column: 21, suggestions: [{ messageId: 'withDefault', output: fn(lookup('$input.email|first_notnull:""', 'agent', 'email'), '    text email?') }] }],
    },
    {
      name: 'a foreach row of a query',
      code: fn(`    db.query "job" as $jobs\n    foreach ($jobs) {\n      each as $j {\n${lookup('$j.email', 'agent', 'email', '        ')}\n      }\n    }`),
      files,
      errors: [{ messageId: 'rowColumn', line: 10, column: 25, suggestions: [{ messageId: 'withDefault', output: fn(`    db.query "job" as $jobs\n    foreach ($jobs) {\n      each as $j {\n${lookup('$j.email|first_notnull:""', 'agent', 'email', '        ')}\n      }\n    }`) }] }],
    },
  ],
});
