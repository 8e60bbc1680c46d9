// The deploy API for scripts and the bench (the CLI is `xac`).
export { runDeployBench, type DeployBenchFigures } from './deploy/bench.js';
export { deployDesired, gateAndApply, planAgainst, type ApplyMode, type ApplyRun, type ApplyRunOptions } from './deploy/run.js';
export { loadDesired, readDesired, type DesiredFile, type DesiredSet } from './deploy/desired.js';
export { openTarget, type OpenTarget, type OpenOptions } from './deploy/target.js';
export { pullRemote } from './remote/pull.js';
export { syntheticWorkspace } from './deploy/synthetic.js';
export { rollbackDeploy } from './apply/rollback.js';
export { RecordStore, type DeployRecord } from './apply/record.js';
export * from './plan/index.js';
export { typecheckApps, TYPECHECK_CACHE } from './build/typecheck.js';
export { declaredSuites, suiteTargetOf, runValidate, type ValidateOptions, type ValidateRun } from './validate/run-validate.js';
export { clientSuiteTarget, type SuiteTargetExtras } from './validate/suite-target.js';
export { STATUS_WORDS, normaliseStatus, type NormalStatus } from './health/status.js';
export { evaluateHealth, type AlertThresholds } from './health/verdict.js';
export { healthFactsSchema, INTEGRATIONS, type HealthFacts, type HealthResult, type Integration } from './health/types.js';
export { collectHealth, healthRoleOf, type HealthRole } from './health/collect-db.js';
