import { fn, ruleTester } from '../rule-tester.js';
import rule from './unindexed-lookup.js';

const tx = 'table "transaction" {\n  schema {\n    int id\n    int agent_id\n    int owner_agent_id\n  }\n  index = [\n    {type: "primary", field: [{name: "id"}]}\n    {type: "btree", field: [{name: "agent_id", op: "asc"}]}\n  ]\n}\n';
const get = (field: string) => fn(`    db.get "transaction" {\n      field_name = "${field}"\n      field_value = 1\n    } as $t`);
const query = (where: string) => fn(`    db.query "transaction" {\n      where = ${where}\n    } as $rows`);

ruleTester(rule, {
  valid: [
    { code: get('id'), files: [tx] },
    { code: get('agent_id'), files: [tx] },
    { code: query('$db.transaction.agent_id == 1 && $db.transaction.owner_agent_id == 2'), files: [tx] },
    { name: 'a disabled query does not scan', code: fn('    !db.query "transaction" {\n      where = $db.transaction.owner_agent_id == 1\n    } as $rows'), files: [tx] },
  ],
  invalid: [
    { name: 'lookup by a column without an index', code: get('owner_agent_id'), files: [tx], errors: [{ messageId: 'lookup', line: 6, column: 20 }] },
    { name: 'the seed roster: where in on a non-indexed FK', code: query('$db.transaction.owner_agent_id in [1, 2]'), files: [tx], errors: [{ messageId: 'where', line: 6, column: 15 }] },
  ],
});
