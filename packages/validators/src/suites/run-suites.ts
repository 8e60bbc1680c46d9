// Runs the named suites against one target and scores each against its configured target.
import type { QueryDecl } from '@xac/xanoscript-dsl/ast';
import type { DeclaredStep, DeclaredWorker } from './pipeline-decl.js';
import { endpointsSuite, type EndpointCases } from './needs-serving.js';
import { dailySyncSuite, workersSuite, type PipelineSuiteOptions } from './pipeline.js';
import { SUITE_NAMES, suiteResult, type CaseResult, type SuiteName, type SuiteResult } from './score.js';
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

type Runner = (ws: DeclaredWorkspace, target: SuiteTarget, o: PipelineSuiteOptions) => Promise<CaseResult[]> | CaseResult[];

const RUNNERS: Readonly<Record<SuiteName, Runner>> = {
  tables: (ws, t) => tablesSuite(ws.tables, t),
  endpoints: (ws, t) => endpointsSuite(ws.endpoints, t, ws.endpointCases),
  'daily-sync': (ws, t, o) => dailySyncSuite(ws.dailySync, t, o),
  workers: (ws, t, o) => workersSuite(ws.workers, t, o),
};

/**
 * The order suites run in (results are reported in SUITE_NAMES order). The writing suites change the
 * target: the daily sync runs first, then the workers, then the endpoint cases; where the target can
 * reset, each starts from the run's starting rows, else on what the suite before it left (a test
 * endpoint may then find nothing left to do).
 */
export const RUN_ORDER: readonly SuiteName[] = ['tables', 'daily-sync', 'workers', 'endpoints'];

/** The suites that call the workspace each start from the run's starting rows where the target can reset them. */
const RESET_BEFORE: ReadonlySet<SuiteName> = new Set(['daily-sync', 'workers', 'endpoints']);

const TARGET_KEY: Readonly<Record<SuiteName, keyof SuiteTargets>> = { tables: 'tables', endpoints: 'endpoints', 'daily-sync': 'dailySync', workers: 'workers' };

/**
 * The results of `suites`, in order.
 * @example const results = await runSuites(['tables'], ws, target, config.validation);
 */
export async function runSuites(suites: readonly SuiteName[], ws: DeclaredWorkspace, target: SuiteTarget, targets: SuiteTargets, o: PipelineSuiteOptions = {}): Promise<SuiteResult[]> {
  const done = new Map<SuiteName, SuiteResult>();
  for (const s of RUN_ORDER) {
    if (!suites.includes(s)) continue;
    if (RESET_BEFORE.has(s)) await target.reset?.();
    done.set(s, suiteResult(s, await RUNNERS[s](ws, target, o), targets[TARGET_KEY[s]]));
  }
  return SUITE_NAMES.flatMap((s) => done.get(s) ?? []);
}
