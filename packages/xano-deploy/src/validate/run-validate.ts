// `xac validate`: the suites against the opened target, the score table, the JSON report file.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderScoreTable, runSuites, validationReport, type SuiteName, type SuiteTargets, type ValidationReport } from '@xac/validators/suites';
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
 * Runs the suites and writes the report.
 * @example const { report, table } = await runValidate(target, { suites: ['tables'], root, targets: config.validation, reportFile });
 */
export async function runValidate(target: OpenTarget, o: ValidateOptions): Promise<ValidateRun> {
  const declared = declaredWorkspace(loadDesired(o.root, o.apps));
  const appDirs = findApps(o.root, o.apps);
  const pipeline = pipelineOf(appDirs, declared.canonicals);
  const ws = { ...declared, endpointCases: endpointCasesOf(appDirs, declared.canonicals), workers: pipeline.workers, ...(pipeline.dailySync ? { dailySync: pipeline.dailySync } : {}) };
  const origin = o.origin ?? target.emulator?.url;
  const emulator = target.emulator;
  const reset = emulator && (async () => {
    await emulator.empty();
    for (const f of o.fixtures ?? []) await emulator.seed(f);
  });
  const suiteTarget = clientSuiteTarget(target.plan.name, target.client, { ...(origin ? { origin } : {}), ...(emulator && reset ? { settle: () => emulator.idle(), reset } : {}) });
  const results = await runSuites(o.suites, ws, suiteTarget, o.targets);
  const report = validationReport(target.plan.name, results, o.now ?? new Date());
  mkdirSync(dirname(o.reportFile), { recursive: true });
  await writeFileAtomic(o.reportFile, `${JSON.stringify(report, null, 2)}\n`, 0o644);
  return { report, table: renderScoreTable(results) };
}
