// The local runtime and the emulator (docs/runtime.md, docs/emulator.md): a loop-heavy function
// (10^5 iterations of var.update with filters) against the same logic in plain JS; db.get and
// db.query latency on PGlite and, when DATABASE_URL is set, on PostgreSQL; endpoint requests per
// second through the emulator over loopback HTTP.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { Database, parseScript, pgliteAdapter, postgresAdapter, run, type SqlAdapter } from '@xac/xanoscript-runtime';
import { startEmulator } from '@xac/xano-emulator';
import { pushDocuments } from '@xac/xano-emulator/testing';

const N = 100_000;
const LOOP = `function "loop" {
  input {
  }
  stack {
    var $acc {
      value = 0
    }
    var $label {
      value = ""
    }
    for (${N}) {
      each as $i {
        var.update $acc {
          value = $acc + ($i|to_text|strlen)
        }
        var.update $label {
          value = $i|to_text|concat:"-":""
        }
      }
    }
  }
  response = {acc: $acc, label: $label}
}
`;

function plainJs(): { acc: number; label: string } {
  let acc = 0;
  let label = '';
  for (let i = 0; i < N; i++) {
    acc += String(i).length;
    label = String(i) + '-';
  }
  return { acc, label };
}

const best = async (times: number, f: () => Promise<unknown> | unknown): Promise<number> => {
  let min = Infinity;
  for (let k = 0; k < times; k++) {
    const t0 = performance.now();
    await f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
};

async function loop() {
  const [doc] = parseScript(LOOP, 'loop.xs');
  const out = (await run(doc!, {})).response as { acc: number };
  if (out.acc !== plainJs().acc) throw new Error(`loop: ${out.acc} vs ${plainJs().acc}`);
  const runtimeMs = await best(10, () => run(doc!, {}));
  const jsMs = await best(20, plainJs);
  return { iterations: N, runtimeMs, plainJsMs: jsMs, ratio: runtimeMs / jsMs, runtimeNsPerIteration: (runtimeMs * 1e6) / N };
}

const TABLE = `table "person" {\n  auth = false\n  schema {\n    int id\n    text email\n    int team\n    bool active?=true\n  }\n}\n`;
const fnDoc = (body: string) => parseScript(`function "f" {\n  input {\n    int n\n  }\n  stack {\n${body}\n  }\n  response = $r\n}\n`, 'f.xs')[0]!;
const GET = fnDoc('    db.get "person" {\n      field_name = "id"\n      field_value = $input.n\n    } as $r');
const QUERY = fnDoc('    db.query "person" {\n      where = $db.person.team == $input.n && $db.person.active\n      sort = {id: "desc"}\n      return = {type: "list", paging: {page: 1, per_page: 20}}\n    } as $r');

async function dbLatency(adapter: SqlAdapter) {
  const [table] = parseScript(TABLE, 'person.xs');
  const db = await Database.open([table!.object as TableDecl], adapter);
  try {
    for (let i = 1; i <= 2000; i++) await db.insert('person', { email: `p${i}@x.test`, team: i % 50, active: i % 3 !== 0 });
    const time = async (doc: typeof GET, runs: number) => {
      for (let i = 0; i < 20; i++) await run(doc, { n: 1 + (i % 50) }, { db });
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) await run(doc, { n: 1 + (i % 49) }, { db });
      return (performance.now() - t0) / runs;
    };
    return { rows: 2000, dbGetMs: await time(GET, 500), dbQueryPage20Ms: await time(QUERY, 300) };
  } finally {
    await db.close();
  }
}

const ENDPOINTS = [
  `api_group "Bench" {\n  canonical = "bench"\n}\n`,
  `query "echo" verb=GET {\n  api_group = "Bench"\n  input {\n    int n\n  }\n  stack {\n    var $r {\n      value = {n: $input.n, twice: $input.n * 2}\n    }\n  }\n  response = $r\n}\n`,
  TABLE,
  `query "person/{person_id}" verb=GET {\n  api_group = "Bench"\n  input {\n    int person_id\n  }\n  stack {\n    db.get "person" {\n      field_name = "id"\n      field_value = $input.person_id\n    } as $r\n  }\n  response = $r\n}\n`,
];

async function hammer(url: (i: number) => string, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      // A keep-alive socket the server closed while idle (the seed step can take seconds) is retried once.
      const res = await fetch(url(i)).catch(() => fetch(url(i)));
      if (res.status !== 200) throw new Error(`${url(i)}: HTTP ${res.status}`);
      await res.arrayBuffer();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total / ((performance.now() - t0) / 1000);
}

async function endpoints() {
  const dir = await mkdtemp(join(tmpdir(), 'xac-bench-emu-'));
  const emu = await startEmulator({ dataDir: dir, schedulerIntervalMs: 0 });
  try {
    await pushDocuments(emu, ENDPOINTS);
    await emu.seed({ person: Array.from({ length: 200 }, (_, i) => ({ email: `p${i}@x.test`, team: i % 10 })) });
    await hammer((i) => `${emu.url}/api:bench/echo?n=${i}`, 200, 4);
    await hammer((i) => `${emu.url}/api:bench/person/${1 + (i % 200)}`, 200, 4);
    return {
      concurrency: 8,
      echoRequestsPerSecond: await hammer((i) => `${emu.url}/api:bench/echo?n=${i}`, 3000, 8),
      dbGetRequestsPerSecond: await hammer((i) => `${emu.url}/api:bench/person/${1 + (i % 200)}`, 2000, 8),
    };
  } finally {
    await emu.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Figures for bench/run.ts. */
export async function benchRuntime(): Promise<Record<string, unknown>> {
  const url = process.env['DATABASE_URL'];
  const schema = `xac_bench_${Date.now().toString(36)}`;
  const pg = url ? await postgresAdapter(url, { schema }) : undefined;
  const postgres = pg ? await dbLatency({ ...pg, close: async () => { await pg.dropSchema(); await pg.close(); } }) : 'skipped (DATABASE_URL not set)';
  return { loop: await loop(), pglite: await dbLatency(await pgliteAdapter()), postgres, emulator: await endpoints() };
}
