import type { Command } from 'commander';
import { parseRateLimit, type FaultOptions } from '@xac/xano-emulator';
import { startEmulator } from '@xac/xano-emulator';
import { ensureEmulatorToken } from '@xac/xano-emulator';
import { join } from 'node:path';
import { databaseFromEnv } from '@xac/xanoscript-runtime';
import { findProjectRoot, loadConfig } from '../../config/index.js';
import { checkToken } from '../../config/token.js';
import { UsageError } from '../errors.js';
import { userPath } from '../user-path.js';

interface EmulatorFlags {
  port: string;
  dataDir: string;
  failRate?: string;
  failEvery?: string;
  failApplied?: boolean;
  rateLimit?: string;
  latency?: string;
  dropConnections?: string;
  dropEvery?: string;
  seed?: string;
  positionBase: string;
}

function num(flag: string, value: string, min: number, max = Number.POSITIVE_INFINITY): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${flag} expects a number from ${min}${max === Number.POSITIVE_INFINITY ? '' : ` to ${max}`}, got "${value}"`);
  }
  return n;
}

/** The fault flags as FaultOptions (usage errors for bad values). */
export function faultsFromFlags(f: EmulatorFlags): FaultOptions {
  const applied = f.failApplied === true;
  const rateLimit = f.rateLimit === undefined ? undefined : parseRateLimit(f.rateLimit);
  if (f.rateLimit !== undefined && !rateLimit) throw new UsageError(`--rate-limit expects N/<window> such as 10/20s, got "${f.rateLimit}"`);
  const fail = {
    ...(f.failRate === undefined ? {} : { rate: num('fail-rate', f.failRate, 0, 1) }),
    ...(f.failEvery === undefined ? {} : { everyNth: num('fail-every', f.failEvery, 1) }),
  };
  const drop = {
    ...(f.dropConnections === undefined ? {} : { rate: num('drop-connections', f.dropConnections, 0, 1) }),
    ...(f.dropEvery === undefined ? {} : { everyNth: num('drop-every', f.dropEvery, 1) }),
  };
  return {
    ...(Object.keys(fail).length > 0 ? { failWrites: { ...fail, applied } } : {}),
    ...(Object.keys(drop).length > 0 ? { dropConnections: { ...drop, applied } } : {}),
    ...(rateLimit ? { rateLimit } : {}),
    ...(f.latency === undefined ? {} : { latencyMs: num('latency', f.latency, 0) }),
    ...(f.seed === undefined ? {} : { seed: num('seed', f.seed, 0) }),
  };
}

const shellQuote = (s: string) => (/^[\w./:-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);

/**
 * The environment a client needs, as one shell line. The token itself is never printed (DESIGN:
 * secrets are never printed, and this one guards the emulator for every local process): the line
 * reads it from its 0600 file instead, or keeps the XANO_TOKEN already exported.
 * @example startHint('http://127.0.0.1:4010', '.xac/emulator/token') // XANO_INSTANCE_URL=… XANO_WORKSPACE_ID=1 XANO_TOKEN="$(cat .xac/emulator/token)"
 */
export function startHint(url: string, tokenFile: string | undefined): string {
  const token = tokenFile === undefined ? 'XANO_TOKEN (already exported)' : `XANO_TOKEN="$(cat ${shellQuote(tokenFile)})"`;
  return `XANO_INSTANCE_URL=${url} XANO_WORKSPACE_ID=1 ${token}`;
}

async function run(flags: EmulatorFlags): Promise<void> {
  const f = { ...flags, dataDir: userPath(flags.dataDir) };
  const faults = faultsFromFlags(f);
  const port = num('port', f.port, 0, 65535);
  const positionBase = num('position-base', f.positionBase, 0, 1) === 1 ? 1 : 0;
  if (process.env['XANO_TOKEN']?.trim()) checkToken(process.env['XANO_TOKEN'], 'XANO_TOKEN');
  const { token, source, file } = await ensureEmulatorToken(f.dataDir, process.env);
  const config = await loadConfig(findProjectRoot());
  const emu = await startEmulator({
    port, dataDir: f.dataDir, token, faults, positionBase, env: config.env, processEnv: process.env,
    openDatabase: () => databaseFromEnv(process.env, join(f.dataDir, 'db')),
  });
  const where = source === 'env' ? 'the token in XANO_TOKEN' : `the token in ${file ?? ''}${source === 'created' ? ' (created, mode 0600)' : ''}`;
  console.log(`xac emulator listening on ${emu.url} (Meta API at ${emu.url}/api:meta; workspace 1, branch v1)`);
  console.log(`data in ${f.dataDir}; accepting ${where}`);
  console.log(`the deployed endpoints answer at ${emu.url}/api:<group canonical>/<path>; jobs at ${emu.url}/api:meta/emulator/jobs`);
  if (Object.keys(faults).length > 0) console.log(`fault injection: ${JSON.stringify(faults)}`);
  console.log(`use it with: ${startHint(emu.url, source === 'env' ? undefined : file)}   (Ctrl-C stops it)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await emu.stop();
  console.log('xac emulator stopped');
}

/** `xac emulator`: the local Meta API emulator in the foreground (DESIGN Conventions: embedded default). */
export function registerEmulator(program: Command): void {
  program
    .command('emulator')
    .description('run the local Xano Meta API emulator on 127.0.0.1 in the foreground')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--data-dir <dir>', 'where state and the token file live', '.xac/emulator')
    .option('--fail-rate <0..1>', 'answer this share of writes with 500')
    .option('--fail-every <n>', 'answer every Nth write with 500 (deterministic)')
    .option('--fail-applied', 'apply a failed write (or dropped request) before failing it, like a write that landed')
    .option('--rate-limit <N/window>', 'answer 429 past N requests per window, e.g. 10/20s')
    .option('--latency <ms>', 'delay every answer')
    .option('--drop-connections <0..1>', 'destroy the socket of this share of requests')
    .option('--drop-every <n>', 'destroy the socket of every Nth request (deterministic)')
    .option('--seed <n>', 'seed for the random fault decisions')
    .option('--position-base <0|1>', 'base of syntax-error payload.line/col', '0')
    .action(run);
}
