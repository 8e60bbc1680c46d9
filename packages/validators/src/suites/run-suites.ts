// Runs the named suites against one target and scores each against its configured target.
import type { QueryDecl } from '@xac/xanoscript-dsl/ast';
import type { DeclaredStep, DeclaredWorker } from './pipeline-decl.js';
import { dailySyncSuite, endpointsSuite, workersSuite, type EndpointCases } from './needs-serving.js';
import { suiteResult, type CaseResult, type SuiteName, type SuiteResult } from './score.js';
import { tablesSuite, type DeclaredTable } from './tables.js';
import type { SuiteTarget } from './target.js';

/** The declared workspace the suites check. */
export interface DeclaredWorkspace {
  readonly tables: readonly DeclaredTable[];
  readonly endpoints: readonly QueryDecl[];
  /** Declared test cases by `VERB path`. */
  readonly endpointCases?: ReadonlyMap<string, EndpointCases>;
  /** Declared workers (workerTest()), by id. */
  readonly workers?: readonly DeclaredWorker[];
  /** The declared daily sync (dailySync()), in step order; undefined when none is declared. */
  readonly dailySync?: readonly DeclaredStep[];
}

/** Percent targets by suite (xac.config.ts `validation`). */
export type SuiteTargets = Readonly<{ tables: number; endpoints: number; dailySync: number; workers: number }>;

type Runner = (ws: DeclaredWorkspace, target: SuiteTarget) => Promise<CaseResult[]> | CaseResult[];

const RUNNERS: Readonly<Record<SuiteName, Runner>> = {
  tables: (ws, t) => tablesSuite(ws.tables, t),
  endpoints: (ws, t) => endpointsSuite(ws.endpoints, t, ws.endpointCases),
  'daily-sync': (_ws, t) => dailySyncSuite(t),
  workers: (_ws, t) => workersSuite(t),
};

const TARGET_KEY: Readonly<Record<SuiteName, keyof SuiteTargets>> = { tables: 'tables', endpoints: 'endpoints', 'daily-sync': 'dailySync', workers: 'workers' };

/**
 * The results of `suites`, in order.
 * @example const results = await runSuites(['tables'], ws, target, config.validation);
 */
export async function runSuites(suites: readonly SuiteName[], ws: DeclaredWorkspace, target: SuiteTarget, targets: SuiteTargets): Promise<SuiteResult[]> {
  const out: SuiteResult[] = [];
  for (const s of suites) out.push(suiteResult(s, await RUNNERS[s](ws, target), targets[TARGET_KEY[s]]));
  return out;
}
