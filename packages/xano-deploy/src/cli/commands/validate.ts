import { join } from 'node:path';
import type { Command } from 'commander';
import { reportFileName, SUITE_NAMES, type SuiteName } from '@xac/validators/suites';
import { runValidate } from '../../validate/run-validate.js';
import { EXIT, UsageError } from '../errors.js';
import { userPath } from '../user-path.js';
import { openFromFlags, targetOptions, type TargetOpts } from './deploy-shared.js';

interface ValidateFlags extends TargetOpts {
  report?: string;
  allow?: string[];
  format: string;
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
  const { root, target, apps, config, instanceUrl } = await openFromFlags(o);
  try {
    const writes = suites.filter((s) => WRITING.has(s));
    if (writes.length > 0 && target.emulator === undefined && !(o.allow ?? []).includes('writes')) {
      throw new UsageError(`${writes.join(' and ')} write data: against ${target.plan.name} add --allow writes (only the embedded emulator is written without it)`);
    }
    const now = new Date();
    const reportFile = o.report ? userPath(o.report) : join(root, '.xac', 'reports', reportFileName(now));
    const { report, table } = await runValidate(target, { suites, root, ...(apps ? { apps } : {}), targets: config.validation, reportFile, now, ...(instanceUrl ? { origin: instanceUrl } : {}) });
    process.stdout.write(o.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${table}report: ${reportFile}\n`);
    if (!report.ok) process.exitCode = EXIT.findings;
  } finally {
    await target.close();
  }
}

/** `xac validate tables|endpoints|daily-sync|workers|all` (docs/validation.md). */
export function registerValidate(program: Command): void {
  targetOptions(program.command('validate <suite>').description('score the deployed workspace: tables, endpoints, daily-sync, workers or all; exit 1 when a target is missed'))
    .option('--report <file>', 'the JSON report (default .xac/reports/validation-<time>.json)')
    .option('--allow <what...>', '`writes`: let daily-sync and workers write to a target other than the embedded emulator')
    .option('--format <format>', 'text or json', 'text')
    .action(run);
}
