// Lint throughput on a generated workspace of the seed's size (303 functions, 208 endpoints, 223
// tables, one api group; every 10th function carries the seed's text lookup): every rule, one
// workspace model, one process (one core). Target < 2 s.
// Figures: median of 3 timed runs after a warm-up; parse-only time for the split.
import { lintProject, type LintFile } from '@xac/validators';
import { parse } from '@xac/xanoscript-dsl/parser';

const TABLES = 223;
const FUNCTIONS = 303;
const ENDPOINTS = 208;

function table(i: number): string {
  const cols = Array.from({ length: 8 }, (_, c) => `    ${c % 3 === 0 ? 'int' : c % 3 === 1 ? 'text' : 'timestamp?'} col_${c}?`).join('\n');
  return `table "t${i}" {\n  auth = false\n  schema {\n    int id\n    timestamp created_at?=now\n    text status?="New"\n    timestamp? started?\n    int user_id? {\n      table = "t0"\n    }\n${cols}\n  }\n  index = [\n    {type: "primary", field: [{name: "id"}]}\n    {type: "btree", field: [{name: "user_id", op: "asc"}]}\n  ]\n}\n`;
}

function fn(i: number): string {
  const t = `t${i % TABLES}`;
  const callee = `Workers/F${(i + 1) % FUNCTIONS}`;
  return `function "Workers/F${i}" {
  description = "generated worker ${i}"
  input {
    ${i % 10 === 0 ? 'text' : 'int'} user_id
    text mode?="full"
    int limit?=100
  }
  stack {
    var $ok {
      value = true
    }
    var $errors {
      value = []
    }
    db.get "${t}" {
      field_name = "id"
      field_value = $input.user_id
    } as $row
    precondition ($row != null) {
      error_type = "notfound"
      error = "not found"
    }
    try_catch {
      try {
        function.run "${callee}" {
          input = {user_id: $input.user_id, limit: $input.limit}
        } as $sub
        var $count {
          value = $sub|get:"data":({})|get:"count":0
        }
      }
      catch {
        var.update $ok {
          value = false
        }
        array.push $errors {
          value = $error|get:"message":"unknown"
        }
      }
    }
    db.query "${t}" {
      where = $db.${t}.user_id == $input.user_id
      return = {type: "list"}
    } as $rows
    foreach ($rows) {
      each as $r {
        conditional {
          if ($r.status == "New") {
            db.edit "${t}" {
              field_name = "id"
              field_value = $r.id
              data = {status: "In Process", started: now}
            }
          }
          else {
            debug.log {
              value = "skip " ~ ($r.id|to_text)
            }
          }
        }
      }
    }
  }
  response = {success: $ok, data: {rows: $rows|count, user: $row.id}, error: $errors, step: "done"}
}
`;
}

function endpoint(i: number): string {
  const t = `t${i % TABLES}`;
  return `query "things/${i}/{id}" verb=GET {
  api_group = "Migration"
  input {
    int id
  }
  stack {
    db.get "${t}" {
      field_name = "id"
      field_value = $input.id
    } as $thing
    precondition ($thing != null) {
      error_type = "notfound"
    }
    function.run "Workers/F${i % FUNCTIONS}" {
      input = {user_id: $input.id}
    } as $result_${i}
    var $data {
      value = $result_${i}|get:"data":({})
    }
  }
  response = {success: true, data: $data, thing: $thing.status}
}
`;
}

/** The generated workspace: tables, functions, endpoints and their api group. */
export function seedSizedWorkspace(): LintFile[] {
  return [
    { path: 'api/migration/api_group.xs', text: 'api_group "Migration" {\n  canonical = "Lrekz_3S"\n}\n' },
    ...Array.from({ length: TABLES }, (_, i) => ({ path: `table/t${i}.xs`, text: table(i) })),
    ...Array.from({ length: FUNCTIONS }, (_, i) => ({ path: `function/workers/f${i}.xs`, text: fn(i) })),
    ...Array.from({ length: ENDPOINTS }, (_, i) => ({ path: `api/migration/things_${i}_GET.xs`, text: endpoint(i) })),
  ];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function time(f: () => void, runs = 3): number {
  f();
  return median(Array.from({ length: runs }, () => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  }));
}

/** Lints the seed-sized workspace; returns time, lines/s and the parse/rules split. */
export async function benchLint(): Promise<Record<string, unknown>> {
  const files = seedSizedWorkspace();
  const lines = files.reduce((n, f) => n + f.text.split('\n').length - 1, 0);
  let findings = 0;
  let errors = 0;
  const lintMs = time(() => {
    const r = lintProject({ files });
    findings = r.findings.length;
    errors = r.errorCount;
  });
  const parseMs = time(() => files.forEach((f) => parse(f.text, { path: f.path })));
  return Promise.resolve({
    conditions: `node ${process.version}, one process, every rule at its default level, every 10th function with the seed's text-lookup bug, median of 3 after a warm-up`,
    objects: { tables: TABLES, functions: FUNCTIONS, endpoints: ENDPOINTS, apiGroups: 1 },
    files: files.length,
    lines,
    lintMs,
    linesPerSecond: Math.round((lines / lintMs) * 1000),
    parseMs,
    rulesMs: lintMs - parseMs,
    findings,
    errors,
    targetMs: 2000,
    withinTarget: lintMs < 2000,
  });
}
