import type { Command } from 'commander';
import { startStandIns, type StandInOptions } from '../../stand-ins/index.js';
import { UsageError } from '../errors.js';

interface StandInFlags {
  port: string;
  seed: string;
  size: string;
  failEvery?: string;
  failStatus?: string;
  delay?: string;
}

function int(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${flag} expects an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}, got "${value}"`);
  return n;
}

/** The flags as start options (usage errors for bad values). */
export function standInOptions(f: StandInFlags): StandInOptions {
  const faults = {
    ...(f.failEvery === undefined ? {} : { failEvery: int('fail-every', f.failEvery, 1) }),
    ...(f.failStatus === undefined ? {} : { failStatus: int('fail-status', f.failStatus, 400, 599) }),
    ...(f.delay === undefined ? {} : { delayMs: int('delay', f.delay, 0) }),
  };
  return { port: int('port', f.port, 0, 65535), seed: int('seed', f.seed, 0), size: int('size', f.size, 1), ...(Object.keys(faults).length > 0 ? { faults } : {}) };
}

async function run(flags: StandInFlags): Promise<void> {
  const s = await startStandIns(standInOptions(flags));
  console.log(`xac stand-ins listening on ${s.url} (seed ${flags.seed}, size ${flags.size})`);
  for (const [name, n] of Object.entries(s.counts)) console.log(`  ${name.padEnd(22)} ${n}`);
  console.log(`use them with: FUB_BASE_URL=${s.baseUrls.fub} REZEN_BASE_URL=${s.baseUrls.rezen} SKYSLOPE_BASE_URL=${s.baseUrls.skyslope}   (Ctrl-C stops them)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await s.stop();
  console.log(`xac stand-ins stopped after ${s.stats.total} requests (${s.stats.failed} failed by --fail-every)`);
}

/** `xac stand-ins`: FUB-, reZEN- and SkySlope-shaped APIs on 127.0.0.1, generated from a seed (docs/stand-ins.md). */
export function registerStandIns(program: Command): void {
  program
    .command('stand-ins')
    .description('serve FUB-, reZEN- and SkySlope-shaped APIs on 127.0.0.1 in the foreground, generated from --seed and --size')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--seed <n>', 'seed of the generated records', '1')
    .option('--size <n>', 'number of FUB people; the other collections scale from it', '2000')
    .option('--fail-every <n>', 'answer every Nth request with --fail-status')
    .option('--fail-status <code>', 'status of a failed request (default 500)')
    .option('--delay <ms>', 'delay every answer')
    .action(run);
}
