import { fn, ruleTester } from '../rule-tester.js';
import rule from './enum-value.js';

// The seed's three status vocabularies (docs/lint.md): title case on the onboarding jobs, upper
// case in sync jobs, lower case in the worker queue. Tables written for this test.
const jobs = 'table "onboarding_job" {\n  schema {\n    int id\n    enum status {\n      values = ["New", "In Process", "Complete", "Error"]\n    }\n    timestamp started?\n  }\n}\n';
const sync = 'table "sync_job" {\n  schema {\n    int id\n    enum events_status {\n      values = ["PENDING", "IN_PROGRESS", "COMPLETED", "ERROR"]\n    }\n  }\n}\n';
const queue = 'table "worker_queue" {\n  schema {\n    int id\n    enum process_status {\n      values = ["pending", "in_progress", "completed", "failed"]\n    }\n    text status\n  }\n}\n';
const files = [jobs, sync, queue];
const where = (w: string, table = 'onboarding_job') => fn(`    db.query "${table}" {\n      where = ${w}\n    } as $rows`);
const write = (data: string) => fn(`    db.edit "onboarding_job" {\n      field_name = "id"\n      field_value = 1\n      data = ${data}\n    } as $job`);
const getJob = (test: string) => fn(`    db.get "onboarding_job" {\n      field_name = "id"\n      field_value = 1\n    } as $job\n    var $is {\n      value = ${test}\n    }`);

ruleTester(rule, {
  valid: [
    { name: 'a declared value in a where', code: where('$db.onboarding_job.status == "New"'), files },
    { name: 'a declared value written', code: write('{status: "In Process", started: now}'), files },
    { name: 'each vocabulary on its own table', code: where('$db.sync_job.events_status == "IN_PROGRESS"', 'sync_job'), files },
    // Look-alikes: not an enum, not a literal, not this table's enum.
    { name: 'a text column takes any literal', code: where('$db.worker_queue.status == "IN_PROGRESS"', 'worker_queue'), files },
    { name: 'compared with a variable, not a literal', code: where('$db.onboarding_job.status == $input.s'), files },
    { name: 'a row of a table that is not in the workspace', code: fn('    db.get "elsewhere" {\n      field_name = "id"\n      field_value = 1\n    } as $job\n    var $is {\n      value = $job.status == "Queued"\n    }'), files },
    { name: 'a disabled data entry is not written', code: write('{!status: "Done"}'), files },
    // Look-alikes from the corpus run (docs/lint.md): "" is "no value", as null is.
    { name: 'an emptiness test on an enum input', code: fn('    precondition ($input.kind != null && $input.kind != "")', '    enum kind? {\n      values = ["basic", "pro"]\n    }') },
    { name: 'an empty value written to an optional enum', code: write('{status: ""}'), files },
    { name: 'an emptiness test in a where', code: where('$db.onboarding_job.status == ""'), files },
    { name: 'a list of declared values', code: where('$db.onboarding_job.status in ["New", "Error"]'), files },
  ],
  invalid: [
    {
      name: 'another vocabulary in a where (the seed)',
      code: where('$db.onboarding_job.status == "IN_PROGRESS"'),
      files,
      errors: [{ messageId: 'compare', line: 6, column: 44 }],
    },
    {
      name: 'another spelling written: a suggestion gives the enum\'s',
      code: write('{status: "in process"}'),
      files,
      errors: [{ messageId: 'write', line: 8, column: 23, suggestions: [{ messageId: 'respell', output: write('{status: "In Process"}') }] }],
    },
    { name: 'a db.get row compared', code: getJob('$job.status != "in_progress"'), files, errors: [{ messageId: 'compare', line: 10, column: 30 }] },
    {
      name: 'a foreach row of a query',
      code: fn('    db.query "worker_queue" as $rows\n    foreach ($rows) {\n      each as $row {\n        conditional {\n          if ($row.process_status == "Processing") {\n            debug.log {\n              value = $row.id\n            }\n          }\n        }\n      }\n    }'),
      files,
      errors: [{ messageId: 'compare', line: 9, column: 38 }],
    },
    { name: 'one unknown value in a list', code: where('$db.onboarding_job.status in ["New", "Queued"]'), files, errors: [{ messageId: 'compare', line: 6, column: 52 }] },
    { name: 'a lookup by an enum column', code: fn('    db.get "onboarding_job" {\n      field_name = "status"\n      field_value = "Started"\n    } as $job'), files, errors: [{ messageId: 'compare', line: 7, column: 21 }] },
    { name: 'an enum input', code: fn('    var $x {\n      value = $input.kind == "gold"\n    }', '    enum kind {\n      values = ["basic", "pro"]\n    }'), errors: [{ messageId: 'compare', line: 9, column: 30 }] },
  ],
});
