// The one place an error becomes an exit code and a message (DESIGN Conventions: libraries throw
// typed errors without exit codes; the CLI alone maps them). First matching row wins, so subclasses
// come before their base classes. Anything unmatched is a bug in xac (exit 3).
import { LintConfigError } from '@xac/validators';
import { DatabaseConnectError, XanoRuntimeError } from '@xac/xanoscript-runtime';
import { DslError } from '@xac/xanoscript-dsl/dsl';
import { ApplyFailedError, HazardNotAllowedError, InterruptedError, LockedError, StalePlanError } from '../apply/errors.js';
import { RecordReadError } from '../apply/record.js';
import { RollbackIncompleteError, RollbackRefusedError } from '../apply/rollback-guard.js';
import { VerifyError } from '../apply/verify.js';
import { BuildError, TypeCheckError } from '../build/errors.js';
import { AccessDeniedError, UnauthorizedError, XanoApiError, XanoConnectionError, type ConnectionFailure } from '../client/errors.js';
import { UnsafeSecretError } from '../client/redact.js';
import { ConfigError } from '../config/errors.js';
import { BranchNotFoundError, WorkspaceNotFoundError } from '../deploy/preflight.js';
import { NoRecordError } from '../deploy/rollback-run.js';
import { StateFileError } from '@xac/xano-emulator';
import { GateError } from '../gate/gate.js';
import { HealthSourceError } from '../health/source.js';
import { PagingParamError } from '../stand-ins/paging.js';
import { LintBaselineError } from '../gate/lint-setup.js';
import { PlanFileError } from '../plan/plan-file.js';
import { EXIT, UserError } from './errors.js';
import { describeSystemError, isSystemError } from './system-error.js';

/** How one error is shown: exit code and the text after `error: `. */
export interface Mapped {
  readonly exit: number;
  readonly message: string;
}

type Row = readonly [is: (err: unknown) => boolean, map: (err: never) => Mapped];

const CONNECTION: Record<ConnectionFailure, string> = {
  refused: 'connection refused (is the instance up, and the port right?)',
  dns: 'host not found',
  tls: 'TLS failure (certificate or protocol)',
  timeout: 'timed out',
  dropped: 'connection dropped',
  other: 'no answer',
};

const instanceOf = <T>(ctor: abstract new (...a: never[]) => T) => (err: unknown): err is T => err instanceof ctor;
const plain = (exit: number) => (err: Error): Mapped => ({ exit, message: err.message });

const ROWS: readonly Row[] = [
  [instanceOf(UserError), (e: UserError) => ({ exit: e.exitCode, message: e.message })],
  [instanceOf(ConfigError), plain(EXIT.usage)],
  [instanceOf(UnsafeSecretError), (e: UnsafeSecretError) => ({ exit: EXIT.usage, message: `XANO_TOKEN: ${e.message}` })],
  [instanceOf(XanoConnectionError), (e: XanoConnectionError) => ({
    exit: EXIT.usage,
    message: `cannot reach the Xano instance${e.origin ? ` at ${e.origin}` : ''}: ${CONNECTION[e.failure]}; check XANO_INSTANCE_URL`,
  })],
  [instanceOf(UnauthorizedError), () => ({ exit: EXIT.usage, message: 'the instance refused the token (401 unauthorized); check XANO_TOKEN (a Metadata API token of this instance)' })],
  [instanceOf(AccessDeniedError), () => ({ exit: EXIT.usage, message: 'the token may not do this (403 access denied); check XANO_TOKEN has the Metadata API scopes for this workspace' })],
  [instanceOf(WorkspaceNotFoundError), (e: WorkspaceNotFoundError) => ({ exit: EXIT.usage, message: `${e.message}; check XANO_WORKSPACE_ID` })],
  [instanceOf(BranchNotFoundError), (e: BranchNotFoundError) => ({ exit: EXIT.usage, message: `${e.message}; check XANO_BRANCH` })],
  [instanceOf(XanoApiError), (e: XanoApiError) => ({ exit: EXIT.findings, message: `the instance answered ${e.message}` })],
  [instanceOf(PlanFileError), plain(EXIT.usage)],
  [instanceOf(LintConfigError), (e: LintConfigError) => ({ exit: EXIT.usage, message: `xac.config.ts: ${e.message}` })],
  [instanceOf(StateFileError), plain(EXIT.usage)],
  [instanceOf(LintBaselineError), plain(EXIT.usage)],
  [instanceOf(HealthSourceError), plain(EXIT.usage)],
  // The stand-ins answer it with a 400 themselves; a caller of their API that lets one out misused a paging parameter.
  [instanceOf(PagingParamError), plain(EXIT.usage)],
  [instanceOf(BuildError), plain(EXIT.findings)],
  [instanceOf(DslError), plain(EXIT.findings)],
  [instanceOf(TypeCheckError), plain(EXIT.findings)],
  [instanceOf(GateError), plain(EXIT.findings)],
  [instanceOf(StalePlanError), plain(EXIT.findings)],
  [instanceOf(HazardNotAllowedError), plain(EXIT.findings)],
  [instanceOf(LockedError), plain(EXIT.findings)],
  [instanceOf(ApplyFailedError), plain(EXIT.findings)],
  [instanceOf(InterruptedError), plain(EXIT.findings)],
  [instanceOf(VerifyError), plain(EXIT.findings)],
  [instanceOf(RollbackRefusedError), plain(EXIT.findings)],
  [instanceOf(RollbackIncompleteError), plain(EXIT.findings)],
  [instanceOf(NoRecordError), plain(EXIT.usage)],
  [instanceOf(RecordReadError), plain(EXIT.usage)],
  // DATABASE_URL names a server that does not answer (the message names it without its password).
  [instanceOf(DatabaseConnectError), plain(EXIT.usage)],
  // xac run: an error the script raised (or a statement the local runtime lacks), with its file:line:col.
  [instanceOf(XanoRuntimeError), (e: XanoRuntimeError) => ({ exit: EXIT.findings, message: `${e.message} (HTTP ${e.status})` })],
  [isSystemError, (e: Parameters<typeof describeSystemError>[0]) => ({ exit: EXIT.usage, message: describeSystemError(e) })],
];

/**
 * The exit code and message for a user-facing error, or undefined for a bug (report it as internal).
 * @example mapError(new ConfigError('XANO_WORKSPACE_ID must be a positive integer')) // { exit: 2, message: … }
 */
export function mapError(err: unknown): Mapped | undefined {
  const row = ROWS.find(([is]) => is(err));
  return row ? row[1](err as never) : undefined;
}
