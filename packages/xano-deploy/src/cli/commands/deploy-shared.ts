// Options and plumbing shared by plan, apply, deploy, rollback, pull and diff.
import type { Command } from 'commander';
import { join } from 'node:path';
import ora from 'ora';
import { RecordStore } from '../../apply/record.js';
import { findProjectRoot, loadConfig, resolveTarget, type XacConfig } from '../../config/index.js';
import { openTarget, type OpenOptions, type OpenTarget } from '../../deploy/target.js';
import { configuredLint, type LintHook, type TestsHook } from '../../gate/gate.js';
import { testsGate } from '../../testing/workspace-tests.js';
import { LintBaselineError, lintSetup, type LintSetup } from '../../gate/lint-setup.js';
import { HAZARD_KINDS, type HazardKind, type PlanStep } from '../../plan/types.js';
import { UsageError } from '../errors.js';
import { userPath } from '../user-path.js';

export interface TargetOpts {
  target?: string;
  dataDir?: string;
  format?: string;
}

/** `--target`, `--data-dir`. */
export function targetOptions(cmd: Command): Command {
  return cmd
    .option('--target <name>', 'a target from xac.config.ts (default: XANO_INSTANCE_URL, else the embedded emulator)')
    .option('--data-dir <dir>', 'embedded emulator data dir (default .xac/emulator)');
}

/** `--allow <hazard...>`, `--prune`, `--transaction`/`--no-transaction`. */
export function applyOptions(cmd: Command): Command {
  return cmd
    .option('--allow <hazard...>', `allow hazards: ${HAZARD_KINDS.join(', ')}`)
    .option('--prune', 'also delete remote objects that are not in the repo (needs --allow delete)')
    .option('--transaction', 'push creates and updates as one multidoc transaction (default when the target has multidoc)')
    .option('--no-transaction', 'one write per object')
    .option('--format <format>', 'text or json', 'text');
}

/** The project's lint setup; a broken baseline file is a usage error naming it. */
export function lintSetupOrUsage(root: string, config: Pick<XacConfig, 'lint'>, file?: string, readBaseline = true): LintSetup {
  try {
    return lintSetup(root, config, file, readBaseline);
  } catch (err) {
    if (err instanceof LintBaselineError) throw new UsageError(err.message);
    throw err;
  }
}

/** The project root, its config, the opened target and the gate's lint; close the target when done. */
export async function openFromFlags(o: TargetOpts, open: Pick<OpenOptions, 'emulatorEnv'> = {}): Promise<{ root: string; config: XacConfig; instanceUrl?: string; target: OpenTarget; records: RecordStore; lint: LintHook; tests?: TestsHook; apps?: readonly string[] }> {
  const root = findProjectRoot();
  const config = await loadConfig(root);
  // CI passes unset secrets as empty strings: treat them as unset.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !(k.startsWith('XANO_') && v === '')));
  // The gate lints as `xac lint` does: the config's lint section and its baseline.
  const lint = configuredLint(lintSetupOrUsage(root, config));
  const resolved = resolveTarget(o.target === undefined ? {} : { target: o.target }, env, config);
  const target = await openTarget(root, resolved, {
    ...(o.dataDir ? { dataDir: userPath(o.dataDir) } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
    ...open,
  });
  // The gate runs the workspace's tests as `xac test` does, unless the config turns that off.
  const tests = config.tests.gate ? testsGate(process.env) : undefined;
  return { root, config, ...(resolved.instanceUrl ? { instanceUrl: resolved.instanceUrl } : {}), target, records: new RecordStore(join(root, '.xac', 'deploys')), lint, ...(tests ? { tests } : {}), ...(config.apps ? { apps: config.apps } : {}) };
}

/** Parses `--allow` values. */
export function allowed(values: readonly string[] | undefined): Set<HazardKind> {
  const out = new Set<HazardKind>();
  for (const v of values ?? []) {
    for (const k of v.split(',')) {
      if (!(HAZARD_KINDS as readonly string[]).includes(k)) throw new UsageError(`--allow ${k}: unknown hazard; expected one of ${HAZARD_KINDS.join(', ')}`);
      out.add(k as HazardKind);
    }
  }
  return out;
}

/** `auto` unless --transaction / --no-transaction was given. */
export function modeOf(transaction: boolean | undefined, explicit: boolean): 'auto' | 'objects' | 'transaction' {
  if (!explicit) return 'auto';
  return transaction === false ? 'objects' : 'transaction';
}

/** Ctrl-C: finish the step in flight, then stop (apply records it and names the rollback command). */
export function interruptOnSigint(): { readonly requested: boolean; dispose(): void } {
  const state = { requested: false, dispose: () => process.off('SIGINT', handler) };
  const handler = () => {
    if (state.requested) process.exit(130);
    state.requested = true;
    process.stderr.write('\nstopping after the step in flight (Ctrl-C again to abort at once)…\n');
  };
  process.on('SIGINT', handler);
  return state;
}

/** A progress callback: an ora spinner on a TTY stderr, nothing otherwise. */
export function progressReporter(enabled: boolean): { progress?: (done: number, total: number, step: PlanStep) => void; stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { stop: () => undefined };
  const spinner = ora({ stream: process.stderr, text: 'applying…' }).start();
  return {
    progress: (done, total, step) => {
      spinner.text = `applying ${done}/${total}: ${step.kind} ${step.resource.type} ${step.resource.name}`;
    },
    stop: () => spinner.stop(),
  };
}
