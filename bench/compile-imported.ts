// Compile and type-check of imported-style DSL (issue 10): XanoScript functions written here (never
// corpus text) go through the import codegen (`generateModules`, as `xac import` runs it), are
// written as one app with the tsconfig `xac import` writes, loaded as `xac build` loads DSL, and then
//  - compiled: each definition → AST → canonical .xs, timed apart from loading (the DSL's own cost);
//  - type-checked as `xac build` does (its typecheckApps: the TypeScript compiler API, incremental
//    build info): cold (no build info), warm (unchanged, second build), warm after one edit, and
//    cold and warm again in a new node process, as a new `xac build` meets them.
// Ratios: the compile per function against the bench's own generated workers (compile.ts), measured
// in rounds alternating with it; the type-checks against a cold type-check of a four-function app
// (one of each shape) after a warm-up type-check in the same process (TypeScript loaded and hot).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asDefinition } from '@xac/xanoscript-dsl/dsl';
import { generateModules, type ImportedModule } from '@xac/xanoscript-dsl/codegen';
import { parse } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import { TYPECHECK_CACHE, typecheckApps } from '@xac/xano-deploy';

const TABLES = [
  `table "bench_account" {
  schema {
    int id
    timestamp created_at?=now
    text external_id
    email? email?
    text? name?
    bool active?=true
    int score?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "external_id"}]}
  ]
}
`,
  `table "bench_event" {
  schema {
    int id
    timestamp created_at?=now
    int account_id {
      table = "bench_account"
    }
    text kind
    int count?
    json payload?
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "account_id"}]}
  ]
}
`,
];

// Four shapes of function, numbered apart: a sync worker (api.request, foreach, conditional,
// db.add_or_edit), a summary (db.query, foreach, var.update, db.edit), a caller (function.run of the
// summary, its result read safely and through one dot path: an imported bug kept as an unsafe()
// marker) and a lookup endpoint helper (precondition, db.get, db.has, db.add).
const FUNCTIONS: ReadonlyArray<(i: number) => string> = [
  (i) => `function "Bench/Sync accounts ${i}" {
  input {
    text account_id
    int page?
  }
  stack {
    var $account_id_int {
      value = $input.account_id|to_int|first_notempty:0
    }
    db.get "bench_account" {
      field_name = "id"
      field_value = $account_id_int
    } as $account
    api.request {
      url = $env.BENCH_BASE_URL ~ "/v1/events"
      method = "GET"
      params = {page: $input.page|first_notnull:1, account: $account_id_int}
      timeout = 30
    } as $answer
    var $items {
      value = $answer|get:"response":({})|get:"result":({})|get:"items":[]
    }
    var $stored {
      value = 0
    }
    foreach ($items) {
      each as $item {
        conditional {
          if (($item|get:"kind":"") != "") {
            db.add_or_edit "bench_event" {
              field_name = "id"
              field_value = $item|get:"id":0
              data = {
                account_id: $account_id_int,
                kind: $item|get:"kind":"",
                count: $item|get:"count":0,
                payload: $item
              }
            }
            var.update $stored {
              value = $stored + 1
            }
          }
          else {
            debug.log {
              value = "skipped an item without kind"
            }
          }
        }
      }
    }
    return {
      value = {success: true, stored: $stored, step: "sync ${i}"}
    }
  }
  response = {success: true}
}
`,
  (i) => `function "Bench/Summarise account ${i}" {
  input {
    int account_id
  }
  stack {
    db.query "bench_event" {
      where = $db.bench_event.account_id == $input.account_id
      sort = {created_at: "desc"}
    } as $events
    var $total {
      value = 0
    }
    var $kinds {
      value = []
    }
    foreach ($events) {
      each as $event {
        var.update $total {
          value = $total + ($event.count|first_notnull:0)
        }
        conditional {
          if ($event.kind == "signup") {
            var.update $kinds {
              value = $kinds|push:$event.kind
            }
          }
          elseif ($event.kind == "churn") {
            var.update $total {
              value = $total - 1
            }
          }
        }
      }
    }
    db.edit "bench_account" {
      field_name = "id"
      field_value = $input.account_id
      data = {score: $total}
    }
  }
  response = {success: true, data: {total: $total, kinds: $kinds}}
}
`,
  (i) => `function "Bench/Report account ${i}" {
  input {
    int account_id
  }
  stack {
    function.run "Bench/Summarise account ${i}" {
      input = {account_id: $input.account_id}
    } as $summary
    var $total {
      value = $summary|get:"data":({})|get:"total":0
    }
    var $kinds {
      value = $summary.data.kinds
    }
    conditional {
      if ($total > 100) {
        db.add "bench_event" {
          data = {account_id: $input.account_id, kind: "report", count: $total}
        } as $report
      }
    }
  }
  response = {success: true, total: $total, kinds: $kinds}
}
`,
  (i) => `function "Bench/Find account ${i}" {
  input {
    text external_id
  }
  stack {
    precondition ($input.external_id != "") {
      error_type = "inputerror"
      error = "external_id is required"
    }
    db.has "bench_account" {
      field_name = "external_id"
      field_value = $input.external_id
    } as $known
    conditional {
      if ($known) {
        db.get "bench_account" {
          field_name = "external_id"
          field_value = $input.external_id
        } as $account
        return {
          value = {success: true, id: $account|get:"id":0}
        }
      }
    }
    db.add "bench_account" {
      data = {external_id: $input.external_id, name: "account ${i}"}
    } as $created
  }
  response = {success: true, id: $created.id}
}
`,
];

/** The XanoScript of `n` functions (the four shapes in turn) and the two tables, parsed. */
function sources(n: number) {
  const texts: Array<readonly [string, string]> = TABLES.map((t, i) => [`table/${i}.xs`, t] as const);
  for (let i = 0; i < n; i++) texts.push([`function/${i}.xs`, FUNCTIONS[i % FUNCTIONS.length]!(Math.floor(i / FUNCTIONS.length))]);
  return texts.map(([path, text]) => {
    const { ast, diagnostics } = parse(text);
    if (ast === undefined || diagnostics.length > 0) throw new Error(`${path}: ${JSON.stringify(diagnostics[0])}`);
    return { path, doc: ast };
  });
}

const ROOT = join(import.meta.dirname, 'results', 'compile-imported');

/** The app's tsconfig, as `xac import` writes it in a project without tsconfig.base.json. */
const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true,
    noEmit: true, composite: false, declaration: false, declarationMap: false, sourceMap: false, allowImportingTsExtensions: true },
  include: ['**/*.ts'],
  exclude: ['xs/**', 'node_modules'],
}, null, 2);

/** Writes `modules` as the app `apps/<name>` of a fresh project under bench/results/compile-imported/. */
function writeApp(name: string, modules: readonly ImportedModule[]): { root: string; app: string } {
  const root = join(ROOT, name);
  rmSync(root, { recursive: true, force: true });
  const app = join(root, 'apps', name);
  mkdirSync(app, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: `bench-${name}`, private: true, type: 'module' }));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: `@xac-app/${name}`, private: true, type: 'module' }));
  writeFileSync(join(app, 'tsconfig.json'), TSCONFIG);
  for (const m of modules) {
    mkdirSync(dirname(join(app, m.file)), { recursive: true });
    writeFileSync(join(app, m.file), m.code);
  }
  return { root, app };
}

const timed = (f: () => void): number => {
  const started = performance.now();
  f();
  return performance.now() - started;
};

/** Loads every module of the app as `xac build` loads DSL (copy `k`: new module instances); returns its definitions. */
async function load(app: string, modules: readonly ImportedModule[], k: number) {
  const defs = [];
  for (const m of modules) {
    const mod = (await import(`${pathToFileURL(join(app, m.file)).href}?copy=${k}`)) as Record<string, unknown>;
    const def = Object.values(mod).map(asDefinition).find((d) => d !== undefined);
    if (def === undefined) throw new Error(`${m.file}: no definition exported`);
    defs.push(def);
  }
  return defs;
}

/** Imports `n` functions; checks they came out typed (no raw.* escape hatch). */
function imported(n: number): { modules: ImportedModule[]; genMs: number } {
  const src = sources(n);
  let modules: ImportedModule[] = [];
  const genMs = timed(() => { modules = generateModules(src); });
  const hatches = modules.filter((m) => m.raw || m.escapes.some((e) => !e.startsWith('unsafe(')));
  if (hatches.length > 0) throw new Error(`imported with escape hatches: ${hatches[0]!.file}: ${hatches[0]!.escapes.join(', ')}`);
  return { modules, genMs };
}

/** One imported app, written: its modules and what the import cost. */
function importApp(name: string, n: number) {
  const { modules, genMs } = imported(n);
  const { app } = writeApp(name, modules);
  const markers = modules.reduce((k, m) => k + m.escapes.filter((e) => e.startsWith('unsafe(')).length, 0);
  return { app, modules, genMs, markers };
}

/** Compiles copy `k` of an imported app: definitions → AST → canonical .xs (loading not timed). */
async function compileCopy(app: ReturnType<typeof importApp>, k: number) {
  const loadStarted = performance.now();
  const defs = await load(app.app, app.modules, k);
  const loadMs = performance.now() - loadStarted;
  let bytes = 0;
  const ms = timed(() => { for (const d of defs) bytes += print(d.toDecl()).length; });
  const functions = defs.filter((d) => d.kind === 'function').length;
  return { functions, objects: defs.length, loadMs, ms, usPerFunction: (ms * 1000) / functions, bytes };
}

/** `xac build`'s type-check of the project at `root`, timed (it throws on any type error). */
function typecheck(root: string, app: string): number {
  return timed(() => typecheckApps(root, [app]));
}

const TYPECHECK_MODULE = new URL('./build/typecheck.js', import.meta.resolve('@xac/xano-deploy')).href;

/** The same type-check in a new node process: its wall time and the check's own. */
function freshTypecheck(root: string, app: string): { wallMs: number; checkMs: number } {
  const code = `import { typecheckApps } from ${JSON.stringify(TYPECHECK_MODULE)};
const t = performance.now(); typecheckApps(${JSON.stringify(root)}, [${JSON.stringify(app)}]); console.log(performance.now() - t);`;
  const started = performance.now();
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (out.status !== 0) throw new Error(`type-check in a new process failed: ${out.stderr.split('\n').slice(0, 5).join('\n')}`);
  return { wallMs, checkMs: Number(out.stdout.trim()) };
}

/** A fresh compile of the bench's own 1,000 generated functions (compile.ts): the baseline. */
export type Baseline = () => { readonly ms: number; readonly usPerFunction: number };

const ROUNDS = 3;

/**
 * 1,000 imported functions compiled (after a warm-up import of 200), in rounds alternating with the
 * baseline so both meet the same machine load; best of the rounds, and each round's ratio. Then the
 * type-check of the same app: cold, warm, warm after one module changed, and in a new process.
 */
export async function benchCompileImported(baseline: Baseline): Promise<Record<string, unknown>> {
  await compileCopy(importApp('warmup', 200), 0);
  const run = importApp('imported', 1000);
  const one = importApp('one', FUNCTIONS.length);
  const rounds = [];
  for (let k = 1; k <= ROUNDS; k++) {
    const b = baseline();
    const c = await compileCopy(run, k);
    rounds.push({ baselineUsPerFunction: b.usPerFunction, importedMs: c.ms, importedUsPerFunction: c.usPerFunction, ratio: c.usPerFunction / b.usPerFunction, loadThroughTsxMs: c.loadMs, functions: c.functions, objects: c.objects, bytes: c.bytes });
  }
  const best = Math.min(...rounds.map((r) => r.importedMs));
  const bestBase = Math.min(...rounds.map((r) => r.baselineUsPerFunction));
  const functions = rounds[0]!.functions;
  const rootOf = (app: string) => dirname(dirname(app));
  typecheck(join(ROOT, 'warmup'), join(ROOT, 'warmup', 'apps', 'warmup')); // the compiler's JIT warm-up
  const root = rootOf(run.app);
  const baselineCheck = typecheck(rootOf(one.app), one.app);
  const cold = typecheck(root, run.app);
  const warm = typecheck(root, run.app);
  const edited = join(run.app, run.modules.find((m) => m.file.includes('summarise'))!.file);
  const before = readFileSync(edited, 'utf8');
  const after = before.replace('s.var("total", 0)', 's.var("total", 1)');
  if (after === before) throw new Error(`${edited}: the edit found nothing to change`);
  writeFileSync(edited, after);
  const warmEdit = typecheck(root, run.app);
  rmSync(join(root, TYPECHECK_CACHE), { recursive: true, force: true });
  const freshCold = freshTypecheck(root, run.app);
  const freshWarm = freshTypecheck(root, run.app);
  return {
    title: 'Imported-style DSL (xac import codegen of generated XanoScript): compile, then type-check apart',
    compile: {
      functions, objects: rounds[0]!.objects, bytes: rounds[0]!.bytes, unsafeMarkers: run.markers,
      bestMs: best, bestUsPerFunction: (best * 1000) / functions, baselineBestUsPerFunction: bestBase,
      ratioBestVsBaselineBest: (best * 1000) / functions / bestBase, underOneSecond: best < 1000, rounds,
      notTimed: { importCodegenMs: run.genMs },
    },
    typecheck: {
      baselineColdMs: baselineCheck, baselineFunctions: FUNCTIONS.length,
      coldMs: cold, warmUnchangedMs: warm, warmOneModuleEditedMs: warmEdit,
      ratioColdVsBaseline: cold / baselineCheck, ratioWarmVsCold: warm / cold, ratioWarmEditVsCold: warmEdit / cold,
      // As a new `xac build` process meets it: node start, loading TypeScript, then the check.
      freshProcess: { coldWallMs: freshCold.wallMs, coldCheckMs: freshCold.checkMs, warmWallMs: freshWarm.wallMs,
        warmCheckMs: freshWarm.checkMs, ratioWarmVsCold: freshWarm.wallMs / freshCold.wallMs },
    },
  };
}
