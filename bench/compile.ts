// Compile throughput of the DSL: N generated functions (each a realistic worker: typed input,
// lookup, sub-call, safe reads, a loop, a write) → AST → canonical text. Growth should be linear:
// the time per function at 4× and 16× stays close to the 1× baseline measured in the same run.
import { loadavg } from 'node:os';
import { asDefinition, fn, t, table } from '@xac/xanoscript-dsl/dsl';
import { print } from '@xac/xanoscript-dsl/printer';
import { benchCompileImported } from './compile-imported.ts';

const users = table('user', { schema: [t.int('id'), t.text('email'), t.bool('active').default(true)] });
const events = table('event', { schema: [t.int('id'), t.int('user_id'), t.text('kind'), t.int('count').default(0)] });

function makeFunctions(n: number) {
  const defs = [];
  for (let i = 0; i < n; i++) {
    const callee = fn(`Bench/Callee ${i}`, { input: [t.int('user_id')] }, (s) => ({ success: true, data: { n: s.input.user_id } }));
    defs.push(callee);
    defs.push(
      fn(`Bench/Worker ${i}`, { input: [t.text('user_id'), t.text('kind').optional()] }, (s) => {
        const id = s.var('user_id_int', s.input.user_id.toInt().firstNotEmpty(0));
        const user = s.requireFound(s.db.get(users, { field_name: 'id', field_value: id, as: 'user' }));
        const r = s.run(callee, { user_id: id }, 'sub_result');
        const n = s.var('n', r.get('data', {}).get('n', 0));
        const rows = s.db.query(events, { where: (c) => c.user_id.eq(id), as: 'rows' });
        const total = s.var('total', 0);
        s.foreach(rows, 'row', (row, b) => {
          b.if(row.count.gt(0), (x) => x.update(total, total.add(row.count))).else((x) => x.debugLog(row.kind));
        });
        s.db.add(events, { data: { user_id: user.id, kind: s.input.kind.firstNotNull('bench'), count: n.add(total) } });
        return { success: true, data: { total, email: user.email }, error: null, step: 'complete' };
      }),
    );
  }
  return defs;
}

function timeCompile(n: number) {
  const defs = makeFunctions(n);
  const started = performance.now();
  let bytes = 0;
  for (const d of defs) bytes += print(asDefinition(d)!.toDecl()).length;
  const ms = performance.now() - started;
  return { functions: defs.length, ms, usPerFunction: (ms * 1000) / defs.length, bytes };
}

/**
 * Compile time per function at 1,000, 4,000 and 16,000 generated functions (×2: worker + callee);
 * then 1,000 imported-style functions against the 1,000 baseline, and their type-check (compile-imported.ts).
 */
export async function benchCompile(): Promise<Record<string, unknown>> {
  timeCompile(2000); // warm-up: let the JIT settle before the baseline
  const rows = [1000, 4000, 16000].map((n) => timeCompile(n / 2));
  const base = rows[0]!.usPerFunction;
  return {
    title: 'DSL compile (definition → AST → canonical .xs)',
    load: loadavg(),
    rows: rows.map((r) => ({ ...r, ratioPerFunctionVs1k: r.usPerFunction / base })),
    imported: await benchCompileImported(() => timeCompile(500)),
    loadAfter: loadavg(),
  };
}
