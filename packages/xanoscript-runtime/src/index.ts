// @xac/xanoscript-runtime — run XanoScript objects offline (DESIGN "Run locally"; docs/runtime.md).
export { run, parseScript, functionsOf, evaluateConstant, ScriptSyntaxError, type RunResult } from './run.js';
export { manualClock, systemClock, type Clock, type FunctionEntry, type FunctionResolver, type LogEntry, type RunContext, type AuthTokenClaims, type AuthTokenIssuer, type BackgroundCall, type BackgroundRunner } from './context.js';
export * from './errors.js';
export { SUPPORTED_FILTERS } from './filters/apply.js';
export { SUPPORTED_GENERIC } from './exec/generic.js';
export { ERROR_STATUS } from './exec/stmts.js';
export type { Value } from './values.js';
export { Database, UnknownTableError, type Condition, type Selection } from './db/database.js';
export { seedRows, SeedError, type Fixtures } from './db/seed.js';
export { pgliteAdapter, type SqlAdapter } from './db/adapter.js';
export { ApiRequestError } from './exec/api-request.js';
export { testsOf, type TestCase } from './testing/discover.js';
export { runTests, type TestFailure, type TestResult, type TestRunOptions } from './testing/run-tests.js';
export { ExpectationError, EXPECT_KEYWORDS } from './testing/expect.js';
export { CalledObjectNotFoundError, CALL_KEYWORDS } from './testing/calls.js';
export { objectsOf } from './testing/workspace.js';
export { toJUnit } from './testing/junit.js';
export type { ObjectRef, ObjectResolver } from './context.js';
