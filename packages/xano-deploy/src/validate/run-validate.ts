// `xac validate`: the suites against the opened target, the score table, the JSON report file.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderScoreTable, runSuites, validationReport, type DeclaredWorkspace, type SuiteName, type SuiteTarget, type SuiteTargets, type ValidationReport } from '@xac/validators/suites';
import { loadDesired } from '../deploy/desired.js';
import type { OpenTarget } from '../deploy/target.js';
import { writeFileAtomic } from '@xac/xanoscript-dsl/layout';
import { clientSuiteTarget } from './suite-target.js';
import { declaredWorkspace, endpointCasesOf, pipelineOf } from './declared.js';
import { findApps } from '../build/discover.js';

export interface ValidateRun {
  readonly report: ValidationReport;
  readonly table: string;
}

export interface ValidateOptions {
  readonly suites: readonly SuiteName[];
  readonly root: string;
  readonly apps?: readonly string[];
  readonly targets: SuiteTargets;
  /** Where the JSON report goes. */
  readonly reportFile: string;
  readonly now?: Date;
  /** The instance origin the workspace's endpoints are served at (default: the embedded emulator's). */
  readonly origin?: string;
  /**
   * Fixture rows (`{"<table>": [rows…]}` each) the embedded emulator's tables hold before each suite
   * that calls the workspace (they are emptied first); ignored for an instance.
   */
  readonly fixtures?: readonly unknown[];
}

/**
 * The workspace the suites check, as the repo declares it: tables and endpoints of the compiled .xs,
 * the endpoint cases, the workers and the daily sync of the apps' manifests.
 * @example const ws = declaredSuites(root); ws.dailySync?.map((s) => s.step) // [1, 2, 3, 5, …]
 */
export function declaredSuites(root: string, apps?: readonly string[]): DeclaredWorkspace {
  const declared = declaredWorkspace(loadDesired(root, apps));
  const appDirs = findApps(root, apps);
  const pipeline = pipelineOf(appDirs, declared.canonicals);
  return { ...declared, endpointCases: endpointCasesOf(appDirs, declared.canonicals), workers: pipeline.workers, ...(pipeline.dailySync ? { dailySync: pipeline.dailySync } : {}) };
}

/**
 * The suites' target over an opened deploy target: on the embedded emulator it settles on the
 * emulator's queue and resets to the fixture rows (emptied tables, then `fixtures` seeded).
 * @example const results = await dailySyncSuite(declaredSuites(root).dailySync, suiteTargetOf(target, { fixtures }));
 */
export function suiteTargetOf(target: OpenTarget, o: { readonly origin?: string; readonly fixtures?: readonly unknown[]; readonly callTimeoutMs?: number } = {}): SuiteTarget {
  const origin = o.origin ?? target.emulator?.url;
  const emulator = target.emulator;
  const reset = emulator && (async () => {
    await emulator.empty();
    for (const f of o.fixtures ?? []) await emulator.seed(f);
  });
  return clientSuiteTarget(target.plan.name, target.client, { ...(origin ? { origin } : {}), ...(o.callTimeoutMs ? { callTimeoutMs: o.callTimeoutMs } : {}), ...(emulator && reset ? { settle: () => emulator.idle(), reset } : {}) });
}

/**
 * Runs the suites and writes the report.
 * @example const { report, table } = await runValidate(target, { suites: ['tables'], root, targets: config.validation, reportFile });
 */
export async function runValidate(target: OpenTarget, o: ValidateOptions): Promise<ValidateRun> {
  const ws = declaredSuites(o.root, o.apps);
  const suiteTarget = suiteTargetOf(target, { ...(o.origin ? { origin: o.origin } : {}), ...(o.fixtures ? { fixtures: o.fixtures } : {}) });
  const results = await runSuites(o.suites, ws, suiteTarget, o.targets);
  const report = validationReport(target.plan.name, results, o.now ?? new Date());
  mkdirSync(dirname(o.reportFile), { recursive: true });
  await writeFileAtomic(o.reportFile, `${JSON.stringify(report, null, 2)}\n`, 0o644);
  return { report, table: renderScoreTable(results) };
}
