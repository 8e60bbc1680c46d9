import { join } from 'node:path';
import type { Command } from 'commander';
import { reportFileName, SUITE_NAMES, type SuiteName } from '@xac/validators/suites';
import { startStandIns, type StandInsHandle } from '../../stand-ins/index.js';
import { runValidate } from '../../validate/run-validate.js';
import { EXIT, UsageError } from '../errors.js';
import { fixtureFiles, fixturesOf } from '../fixture-files.js';
import { userPath } from '../user-path.js';
import { openFromFlags, targetOptions, type TargetOpts } from './deploy-shared.js';

interface ValidateFlags extends TargetOpts {
  report?: string;
  allow?: string[];
  format: string;
  standIns?: boolean;
  standInsSize: string;
  standInsSeed: string;
  fixtures?: string;
}

function int(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new UsageError(`--${flag} expects an integer from ${min}, got "${value}"`);
  return n;
}

/** Suites that run sync steps and workers write data: only the emulator without `--allow writes`. */
const WRITING: ReadonlySet<SuiteName> = new Set(['daily-sync', 'workers']);

/** The suites a `xac validate <suite>` argument names. */
export function suitesOf(arg: string): SuiteName[] {
  if (arg === 'all') return [...SUITE_NAMES];
  if ((SUITE_NAMES as readonly string[]).includes(arg)) return [arg as SuiteName];
  throw new UsageError(`unknown suite "${arg}"; expected one of ${[...SUITE_NAMES, 'all'].join(', ')}`);
}

async function run(arg: string, o: ValidateFlags): Promise<void> {
  const suites = suitesOf(arg);
  if (o.format !== 'text' && o.format !== 'json') throw new UsageError(`--format ${o.format}: expected text or json`);
  const size = int('stand-ins-size', o.standInsSize, 1);
  const seed = int('stand-ins-seed', o.standInsSeed, 0);
  const fixtures = o.fixtures === undefined ? [] : fixtureFiles(userPath(o.fixtures)).map(fixturesOf);
  let standIns: StandInsHandle | undefined;
  if (o.standIns) standIns = await startStandIns({ seed, size });
  try {
    const emulatorEnv = standIns ? { FUB_BASE_URL: standIns.baseUrls.fub, REZEN_BASE_URL: standIns.baseUrls.rezen, SKYSLOPE_BASE_URL: standIns.baseUrls.skyslope } : undefined;
    const { root, target, apps, config, instanceUrl } = await openFromFlags(o, emulatorEnv ? { emulatorEnv } : {});
    try {
      if (target.emulator === undefined && (o.standIns || o.fixtures !== undefined)) {
        throw new UsageError(`--stand-ins and --fixtures need the embedded emulator (a remote instance cannot reach stand-ins on 127.0.0.1), not ${target.plan.name}`);
      }
      const writes = suites.filter((s) => WRITING.has(s));
      if (writes.length > 0 && target.emulator === undefined && !(o.allow ?? []).includes('writes')) {
        throw new UsageError(`${writes.join(' and ')} write data: against ${target.plan.name} add --allow writes (only the embedded emulator is written without it)`);
      }
      const now = new Date();
      const reportFile = o.report ? userPath(o.report) : join(root, '.xac', 'reports', reportFileName(now));
      const { report, table } = await runValidate(target, { suites, root, ...(apps ? { apps } : {}), targets: config.validation, reportFile, now, fixtures, ...(instanceUrl ? { origin: instanceUrl } : {}) });
      const served = standIns ? `stand-ins: seed ${seed}, size ${size}, at ${standIns.url} (${standIns.stats.total} requests served)\n` : '';
      process.stdout.write(o.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${served}${table}report: ${reportFile}\n`);
      if (!report.ok) process.exitCode = EXIT.findings;
    } finally {
      await target.close();
    }
  } finally {
    await standIns?.stop();
  }
}

/** `xac validate tables|endpoints|daily-sync|workers|all` (docs/validation.md). */
export function registerValidate(program: Command): void {
  targetOptions(program.command('validate <suite>').description('score the deployed workspace: tables, endpoints, daily-sync, workers or all; exit 1 when a target is missed'))
    .option('--report <file>', 'the JSON report (default .xac/reports/validation-<time>.json)')
    .option('--allow <what...>', '`writes`: let daily-sync and workers write to a target other than the embedded emulator')
    .option('--format <format>', 'text or json', 'text')
    .option('--stand-ins', 'serve FUB-, reZEN- and SkySlope-shaped APIs on 127.0.0.1 and point the emulator\'s $env base URLs at them')
    .option('--stand-ins-size <n>', 'number of FUB people the stand-ins serve (the other collections scale from it)', '200')
    .option('--stand-ins-seed <n>', 'seed of the stand-ins\' generated records', '1')
    .option('--fixtures <path>', 'fixture rows ({"<table>": [rows…]} JSON, or a folder of them) the emulator\'s tables hold before each suite that calls the workspace')
    .action(run);
}
