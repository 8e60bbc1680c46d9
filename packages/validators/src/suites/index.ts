// Validation suites (DESIGN: validation scores are honest): tables, endpoints, daily-sync, workers,
// over a SuiteTarget that xano-deploy's client (and the emulator) implement.
export type { SuiteTarget, RemoteTable, EndpointCall, EndpointAnswer, TableStats } from './target.js';
export { countOutcomes, scoreOf, suiteResult, OUTCOMES, SUITE_NAMES, type CaseResult, type Counts, type Outcome, type SuiteName, type SuiteResult } from './score.js';
export { tablesSuite, type DeclaredTable } from './tables.js';
export { compareColumns } from './compare-columns.js';
export { endpointsSuite, type EndpointCases } from './needs-serving.js';
export { dailySyncSuite, workersSuite, type PipelineSuiteOptions } from './pipeline.js';
export { endpointTests, isEndpointTests, toManifestCase, checkAnswer, endpointManifestSchema, type EndpointTests, type EndpointCaseInput, type EndpointManifest, type ManifestCase } from './endpoint-cases.js';
export { workerTest, dailySync, isWorkerTest, isDailySync, workerManifestSchema, syncStepManifestSchema, INTEGRATIONS, type WorkerTest, type WorkerDeclInput, type DailySync, type SyncStepInput, type Integration, type WorkerManifest, type SyncStepManifest, type DeclaredWorker, type DeclaredStep } from './pipeline-decl.js';
export { DAILY_SYNC_STEPS, WORKERS, type SyncStep, type Worker } from './catalogue.js';
export { runSuites, RUN_ORDER, type DeclaredWorkspace, type SuiteTargets } from './run-suites.js';
export { renderScoreTable } from './render-table.js';
export { validationReport, reportFileName, type ValidationReport } from './report.js';
