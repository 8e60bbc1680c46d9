// Every error class a library throws has one row in cli/error-map.ts: exit code and one-line message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintConfigError } from '@xac/validators';
import { DslError } from '@xac/xanoscript-dsl/dsl';
import { ApplyFailedError, HazardNotAllowedError, InterruptedError, LockedError, StalePlanError } from '../apply/errors.js';
import { VerifyError } from '../apply/verify.js';
import { BuildError, TypeCheckError } from '../build/errors.js';
import { AccessDeniedError, NotFoundError, ServerError, UnauthorizedError, XanoConnectionError } from '../client/errors.js';
import { UnsafeSecretError } from '../client/redact.js';
import { ConfigError } from '../config/errors.js';
import { BranchNotFoundError, WorkspaceNotFoundError } from '../deploy/preflight.js';
import { StateFileError } from '@xac/xano-emulator';
import { GateError } from '../gate/gate.js';
import { LintBaselineError } from '../gate/lint-setup.js';
import { PlanFileError } from '../plan/plan-file.js';
import { InternalError } from '../util/internal-error.js';
import { mapError } from './error-map.js';
import { UsageError } from './errors.js';

const api = { status: 401, code: 'ERROR_CODE_UNAUTHORIZED', request: 'GET /workspace/1/branch' };
const sys = (code: string, extra: object) => Object.assign(new Error(code), { code, ...extra });

describe('error → exit code and message (cli/error-map.ts)', () => {
  const cases: Array<[string, unknown, number, RegExp]> = [
    ['connection refused', new XanoConnectionError('x', 'refused', 'GET /x', 'http://127.0.0.1:9'), 2, /^cannot reach the Xano instance at http:\/\/127\.0\.0\.1:9: connection refused .*; check XANO_INSTANCE_URL$/],
    ['DNS failure', new XanoConnectionError('x', 'dns', 'GET /x', 'https://nope.xano.io'), 2, /host not found; check XANO_INSTANCE_URL$/],
    ['TLS failure', new XanoConnectionError('x', 'tls', 'GET /x', 'https://x.xano.io'), 2, /TLS failure .*; check XANO_INSTANCE_URL$/],
    ['401', new UnauthorizedError('x', api), 2, /401 unauthorized\); check XANO_TOKEN/],
    ['403', new AccessDeniedError('x', { ...api, status: 403 }), 2, /403 access denied\); check XANO_TOKEN/],
    ['404 workspace', new WorkspaceNotFoundError(9, 'https://x.xano.io'), 2, /^workspace 9 was not found on https:\/\/x\.xano\.io; check XANO_WORKSPACE_ID$/],
    ['404 branch', new BranchNotFoundError('dev', 1, ['v1']), 2, /^branch "dev" does not exist in workspace 1 \(it has: v1\); check XANO_BRANCH$/],
    ['other API error', new ServerError('POST /x: 500 boom', { ...api, status: 500 }), 1, /^the instance answered POST \/x: 500 boom$/],
    ['other 404', new NotFoundError('GET /x/9: 404', { ...api, status: 404 }), 1, /GET \/x\/9: 404/],
    ['config', new ConfigError('XANO_WORKSPACE_ID must be a positive integer'), 2, /^XANO_WORKSPACE_ID/],
    ['unsafe secret', new UnsafeSecretError(1), 2, /^XANO_TOKEN: a secret of 1 character/],
    ['plan file', new PlanFileError('plan.json: not JSON'), 2, /plan\.json/],
    ['lint config', new LintConfigError('unknown rule "x"'), 2, /^xac\.config\.ts: unknown rule/],
    ['lint baseline', new LintBaselineError('lint-baseline.json', 'not JSON'), 2, /lint-baseline\.json/],
    ['corrupt state', new StateFileError('.xac/emulator/state.json is not valid JSON'), 2, /state\.json/],
    ['build', new BuildError(['apps/a/x.ts:1:2: bad']), 1, /^apps\/a\/x\.ts:1:2: bad$/],
    ['DSL', new DslError('function name must not be empty', { file: '/p/apps/a/x.ts', line: 3, column: 5 }), 1, /x\.ts:3:5: function name must not be empty$/],
    ['type check', new TypeCheckError(['apps/a/x.ts:4:20 TS2339 nope']), 1, /^apps\/a\/x\.ts:4:20 TS2339 nope\n1 type error in the apps; nothing was written$/],
    ['gate', new GateError(['a.xs:1:1: x']), 1, /gate refused/],
    ['stale plan', new StalePlanError('a', 'b'), 1, /stale/],
    ['hazard', new HazardNotAllowedError(['x']), 1, /--allow/],
    ['locked', new LockedError('f', 'pid 1'), 1, /locked/],
    ['apply failed', new ApplyFailedError('step failed', 'id'), 1, /step failed/],
    ['interrupted', new InterruptedError('id'), 1, /xac rollback id/],
    ['verify', new VerifyError('remote differs'), 1, /remote differs/],
    ['usage (CLI)', new UsageError('--format x'), 2, /--format x/],
    ['EACCES', sys('EACCES', { path: 'out/plan.json', syscall: 'open' }), 2, /^out\/plan\.json: permission denied \(open\)$/],
    ['ENOTDIR', sys('ENOTDIR', { path: 'file/x', syscall: 'mkdir' }), 2, /^file\/x: a part of this path is a file/],
    ['ELOOP', sys('ELOOP', { path: 'apps/a/xs/loop', syscall: 'stat' }), 2, /^apps\/a\/xs\/loop: symbolic link loop/],
    ['EADDRINUSE', sys('EADDRINUSE', { address: '127.0.0.1', port: 4010, syscall: 'listen' }), 2, /^127\.0\.0\.1:4010: address already in use; choose another port with --port/],
  ];
  for (const [what, err, exit, message] of cases) {
    it(`${what} → exit ${exit}, one message`, () => {
      const mapped = mapError(err);
      expect(mapped?.exit).toBe(exit);
      expect(mapped?.message).toMatch(message);
      expect(mapped?.message).not.toMatch(/\n\s+at /);
    });
  }

  it('every error class a library module exports has a row (only InternalError and the emulator\'s own HTTP error are not user errors)', () => {
    const src = join(import.meta.dirname, '..');
    const map = readFileSync(join(src, 'cli', 'error-map.ts'), 'utf8');
    const names: string[] = [];
    const visit = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) visit(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !relative(src, p).startsWith('cli')) {
          for (const m of readFileSync(p, 'utf8').matchAll(/export class (\w+Error)\b/g)) names.push(m[1] ?? '');
        }
      }
    };
    visit(src);
    // XanoApiError's subclasses without a row of their own map through its row (exit 1).
    const unmapped = names.filter((n) => !new RegExp(`instanceOf\\(${n}\\)`).test(map) && !['InternalError', 'EmulatorHttpError', 'XanoSyntaxError', 'InputError', 'RateLimitedError', 'ServerError', 'NotFoundError', 'UnexpectedResponseError'].includes(n));
    expect(unmapped).toEqual([]);
  });

  it('a bug stays a bug: InternalError, TypeError and unknown error codes are not mapped (exit 3 with a report hint)', () => {
    expect(mapError(new InternalError('x'))).toBeUndefined();
    expect(mapError(new TypeError('x is undefined'))).toBeUndefined();
    expect(mapError(sys('ERR_SOMETHING', {}))).toBeUndefined();
  });

  it('no library module imports the CLI or throws a CLI error (libraries throw typed errors without exit codes)', () => {
    const src = join(import.meta.dirname, '..');
    const files: string[] = [];
    const visit = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) visit(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
      }
    };
    visit(src);
    const offenders = files
      .filter((f) => !relative(src, f).startsWith('cli'))
      .filter((f) => /from '(\.\.\/)+cli\/|exitCode|EXIT\./.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });

  it('apply never imports deploy or the emulator, so the two do not import each other', () => {
    const dir = join(import.meta.dirname, '..', 'apply');
    const bad = readdirSync(dir).filter((f) => /from '\.\.\/(deploy|emulator)\//.test(readFileSync(join(dir, f), 'utf8')));
    expect(bad).toEqual([]);
  });

  it('docs/deploy.md lists every mapped error class in its errors table, and no TODO (the lint hook is done)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'deploy.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Errors and exit codes'));
    for (const name of ['XanoConnectionError', 'UnauthorizedError', 'AccessDeniedError', 'WorkspaceNotFoundError', 'BranchNotFoundError', 'ConfigError', 'XanoApiError', 'StateFileError', 'PlanFileError', 'LintConfigError', 'TypeCheckError', 'BuildError']) {
      expect(table, name).toContain(name);
    }
    expect(doc).not.toMatch(/TODO/);
  });
});

