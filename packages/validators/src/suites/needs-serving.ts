// The suites that call the workspace's endpoints (endpoints, daily-sync, workers). Until a target can
// serve them each case is untestable with what it needs — never a pass (DESIGN: scores are honest).
import type { QueryDecl } from '@xac/xanoscript-dsl/ast';
import { DAILY_SYNC_STEPS, WORKERS } from './catalogue.js';
import type { CaseResult } from './score.js';
import type { SuiteTarget } from './target.js';

const SERVING = 'endpoint serving: the target runs no workspace endpoint (the emulator serves them once the runtime does)';
const TABLE_STATS = 'table row counts and updated_at from the target (to see the data a step owns change)';

const untestable = (name: string, needs: readonly string[]): CaseResult => ({ name, outcome: 'untestable', reasons: needs.map((n) => `needs ${n}`) });

/** What a target lacks for a suite, empty when it has everything. */
function missing(target: SuiteTarget, wantStats: boolean): string[] {
  return [...(target.callEndpoint ? [] : [SERVING]), ...(wantStats && !target.tableStats ? [TABLE_STATS] : [])];
}

/**
 * One untestable case per declared endpoint (`VERB path`); an endpoint without test cases is
 * untestable whatever the target.
 * @example endpointsSuite(queries, target)[0] // { name: 'POST reset-stuck-fub-jobs', outcome: 'untestable', … }
 */
export function endpointsSuite(endpoints: readonly QueryDecl[], target: SuiteTarget, withCases: ReadonlySet<string> = new Set()): CaseResult[] {
  return endpoints.map((q) => {
    const name = `${q.verb.toUpperCase()} ${q.name}`;
    return untestable(name, [...missing(target, false), ...(withCases.has(name) ? [] : ['test cases declared beside the endpoint'])]);
  });
}

/** The 11 daily-sync steps, each untestable with what the target lacks. */
export function dailySyncSuite(target: SuiteTarget): CaseResult[] {
  const needs = missing(target, true);
  return DAILY_SYNC_STEPS.map((s) => untestable(`${s.step}. ${s.name}`, needs.length > 0 ? needs : ['the project skip shape (lint precision issue)']));
}

/** The 22 workers, each untestable with what the target lacks. */
export function workersSuite(target: SuiteTarget): CaseResult[] {
  const needs = missing(target, false);
  return WORKERS.map((wk) => untestable(`${wk.id} ${wk.name}`, needs.length > 0 ? needs : ['declared worker inputs (typed statements)']));
}
