// The facts the pipeline-health-check endpoint gathers, in the shape `xac health` reads (HealthFacts of
// packages/xano-deploy/src/health/types.ts): which table plays which part follows from the declared
// tables by the CLI's own rule (healthRoleOf, the one `xac health --data-dir` reads by) — `stage_*`
// with `is_processed` is staging, `<integration>_sync_state` is sync state,
// `<integration>_onboarding_jobs` holds onboarding jobs, every other table is final. Statuses are normalised with the CLI's own vocabulary (STATUS_WORDS),
// compiled into the endpoint as an object.
import * as functions from '@xac-app/functions';
import { healthRoleOf, INTEGRATIONS, STATUS_WORDS } from '@xac/xano-deploy';
import { Table, val, type Shape, type Stack, type X } from '@xac/xanoscript-dsl/dsl';

type AnyTable = Table<string, Shape>;
export { INTEGRATIONS };

const tables = (Object.values(functions) as unknown[]).filter((v): v is AnyTable => v instanceof Table).sort((a, b) => a.name.localeCompare(b.name));
const roleOf = (t: AnyTable) => healthRoleOf(t.toDecl());
const withIntegration = (role: 'sync' | 'jobs') => tables.flatMap((table) => {
  const r = roleOf(table);
  return r.role === role && r.integration ? [{ integration: r.integration, table }] : [];
});

/** The declared tables, by the part they play in a health check (the rule of `xac health --data-dir`). */
export const roles = {
  staging: tables.filter((t) => roleOf(t).role === 'staging'),
  sync: withIntegration('sync'),
  jobs: withIntegration('jobs'),
  final: tables.filter((t) => roleOf(t).role === 'final'),
};

/** A status as one of pending/active/complete/partial/error/unknown (`raw|trim|to_lower`, spaces and dashes as `_`). */
export const normalised = (words: X<'json'>, raw: X<any>) => words.get(raw.firstNotEmpty('').toText().trim().toLower().replace(' ', '_').replace('-', '_'), 'unknown');

/** `var $status_words`: the CLI's vocabulary table. */
export const statusWords = <I extends Shape>(s: Stack<I>) => s.var('status_words', val({ ...STATUS_WORDS }) as X<'json'>);

/** Staging totals and backlogs (`is_processed = false`), added up into `backlog`. */
export function collectStaging<I extends Shape>(s: Stack<I>) {
  const staging = s.var('staging', [] as never[]);
  const backlog = s.var('backlog', 0);
  for (const t of roles.staging) {
    const total = s.db.query(t, { return: { type: 'count' }, as: `${t.name}_total` });
    const open = s.db.query(t, { where: (c) => (c as Record<string, X<'bool'>>)['is_processed']!.eq(false), return: { type: 'count' }, as: `${t.name}_backlog` });
    s.update(staging, staging.push({ table: t.name, total, backlog: open }));
    s.update(backlog, backlog.add(open));
  }
  return { staging, backlog };
}

/** Row counts of the final tables, as an object. */
export function collectFinalCounts<I extends Shape>(s: Stack<I>) {
  const counts: Record<string, unknown> = {};
  for (const t of roles.final) counts[t.name] = s.db.query(t, { return: { type: 'count' }, as: `${t.name}_count` });
  return s.var('final_tables', counts as never);
}
