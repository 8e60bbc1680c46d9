import { describe, expect, it } from 'vitest';
import { fn, ruleTester } from '../rule-tester.js';
import { lintProject } from '../run-rules.js';
import rule from './sync-batch-call.js';

// Functions written for this test: a backfill over a whole table, a worker that calls it, a paged
// reader and a filtered one (look-alikes that are not batch work).
const backfill = 'function "Tasks/backfill" {\n  input {\n  }\n  stack {\n    db.query "transaction" as $rows\n    foreach ($rows) {\n      each as $row {\n        debug.log {\n          value = $row.id\n        }\n      }\n    }\n  }\n  response = null\n}\n';
const worker = 'function "Workers/run" {\n  input {\n  }\n  stack {\n    function.run "Tasks/backfill" as $r\n  }\n  response = null\n}\n';
const paged = backfill.replace('"Tasks/backfill"', '"Reads/page"').replace('db.query "transaction" as $rows', 'db.query "transaction" {\n      return = {type: "list", paging: {page: 1, per_page: 50}}\n    } as $rows');
const filtered = backfill.replace('"Tasks/backfill"', '"Reads/open"').replace('db.query "transaction" as $rows', 'db.query "transaction" {\n      where = $db.transaction.open == true\n    } as $rows');
const files = [backfill, worker, paged, filtered];
const endpoint = (call: string) => `query "backfill" verb=POST {\n  api_group = "Migration"\n  input {\n  }\n  stack {\n${call}\n  }\n  response = {success: true}\n}\n`;
const run = (name: string, attrs = '') => `    function.run "${name}"${attrs ? ` {\n${attrs}\n    }` : ''}`;

ruleTester(rule, {
  valid: [
    { name: 'fire and forget with async = true', code: endpoint(run('Tasks/backfill', '      async = true')), files },
    { name: 'a paged reader is not batch work', code: endpoint(run('Reads/page')), files },
    { name: 'a filtered query is not the whole table', code: endpoint(run('Reads/open')), files },
    { name: 'a function (or task) may call it', code: fn(run('Tasks/backfill')), files },
  ],
  invalid: [
    {
      name: 'an endpoint runs the backfill synchronously (pattern 16)',
      code: endpoint(run('Tasks/backfill')),
      files,
      errors: [{ messageId: 'syncBatch', line: 6, column: 18, suggestions: [{ messageId: 'useAsync', output: endpoint(run('Tasks/backfill', '      async = true')) }] }],
    },
    {
      name: 'through a worker that calls it',
      code: endpoint(run('Workers/run')),
      files,
      errors: [{ messageId: 'syncBatch', line: 6, column: 18, suggestions: [{ messageId: 'useAsync', output: endpoint(run('Workers/run', '      async = true')) }] }],
    },
  ],
});

describe('sync-batch-call reads lint.batchFunctions', () => {
  it('reports a function the config names, not otherwise', () => {
    const files = [{ path: 'function/coordinator.xs', text: 'function "Lambda/coordinator" {\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n' }, { path: 'api/x.xs', text: endpoint(run('Lambda/coordinator')) }];
    const ids = (batchFunctions?: string[]) => lintProject({ files, config: { rules: {}, ...(batchFunctions ? { batchFunctions } : {}) } }).findings.filter((f) => f.rule === 'sync-batch-call').map((f) => f.messageId);
    expect(ids()).toEqual([]);
    expect(ids(['Lambda/coordinator'])).toEqual(['syncBatch']);
  });
});
