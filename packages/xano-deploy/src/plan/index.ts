export * from './types.js';
export { analyzeXs, kindOf, refOf, identityOf, referencesOf, columnsOf, type Analysis } from './analyze.js';
export { diffTable, type TableChange } from './diff-table.js';
export { applyOrder, deleteOrder } from './order.js';
export { remoteFingerprint } from './fingerprint.js';
export { makePlan, unifiedDiff, type PlanInput } from './plan.js';
export { renderPlan, PLAN_FORMATS, type PlanFormat } from './render.js';
export { parsePlanFile, PlanFileError } from './plan-file.js';
