import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildProject } from '../../build/index.js';
import { loadDesired } from '../../deploy/desired.js';
import { deployDesired, gateAndApply, type ApplyRun } from '../../deploy/run.js';
import { sameTarget } from '../../deploy/rollback-run.js';
import { remoteSummary } from '../../deploy/summary.js';
import { parsePlanFile, PlanFileError } from '../../plan/plan-file.js';
import { renderPlan } from '../../plan/render.js';
import { summarize, type Plan } from '../../plan/types.js';
import { UsageError } from '../errors.js';
import { userPath } from '../user-path.js';
import { allowed, applyOptions, interruptOnSigint, modeOf, openFromFlags, progressReporter, targetOptions, type TargetOpts } from './deploy-shared.js';

interface ApplyFlags extends TargetOpts {
  allow?: string[];
  prune?: boolean;
  transaction?: boolean;
}

function readPlan(file: string): Plan {
  try {
    return parsePlanFile(readFileSync(userPath(file), 'utf8'), file);
  } catch (err) {
    if (err instanceof PlanFileError) throw new UsageError(err.message);
    throw new UsageError(`${file}: cannot be read`);
  }
}

function report(run: ApplyRun, json: boolean, summary: boolean): string {
  const s = summarize(run.plan);
  const remote = remoteSummary(run.remote);
  const record = run.record;
  if (json) {
    const status = record ? record.status : 'no-changes';
    return `${JSON.stringify({ deployId: record?.id ?? null, status, mode: run.mode, dryRun: run.gate.dryRun, steps: s, remote: remote.counts }, null, 2)}\n`;
  }
  const how = run.mode === 'transaction' ? 'one multidoc transaction' : 'one write per object';
  const outcome = record
    ? `applied (${how}; dry-run ${run.gate.dryRun}); deploy ${record.id}: undo with \`xac rollback ${record.id}\``
    : 'no changes: the target already matches; nothing was written and no deploy record was made';
  const lines = [renderPlan(run.plan, 'table').trimEnd(), outcome];
  if (summary) lines.push(remote.text);
  return `${lines.join('\n')}\n`;
}

async function run(planFile: string | undefined, o: ApplyFlags & { build?: boolean }): Promise<void> {
  const json = o.format === 'json';
  const allow = allowed(o.allow);
  const mode = modeOf(o.transaction, o.transaction !== undefined);
  const { root, target, records, apps, lint, tests } = await openFromFlags(o);
  const interrupt = interruptOnSigint();
  const spinner = progressReporter(!json);
  try {
    const opts = { allow, mode, records, interrupt, lint, ...(tests ? { tests } : {}), ...(spinner.progress ? { progress: spinner.progress } : {}) };
    let result: ApplyRun;
    if (o.build) await buildProject(root, apps ? { apps } : {});
    if (planFile !== undefined) {
      const plan = readPlan(planFile);
      if (!sameTarget(plan.target, target.plan)) throw new UsageError(`${planFile} was made for ${plan.target.instance} workspace ${plan.target.workspaceId} branch ${plan.target.branch}, not this target`);
      result = await gateAndApply(target, plan, opts);
    } else {
      result = await deployDesired(target, loadDesired(root, apps), { ...opts, prune: o.prune === true });
    }
    spinner.stop();
    process.stdout.write(target.redact(report(result, json, o.build === true || json)));
  } catch (err) {
    spinner.stop();
    if (err instanceof Error) err.message = target.redact(err.message);
    throw err;
  } finally {
    interrupt.dispose();
    await target.close();
  }
}

/** `xac apply [plan.json]`: gate, then apply (with no file: plan first). */
export function registerApply(program: Command): void {
  applyOptions(targetOptions(program.command('apply [plan]').description('gate and apply a plan file (or plan and apply the repo) to the target')))
    .action((file: string | undefined, o: ApplyFlags) => run(file, o));
}

/** `xac deploy`: build, then plan + gate + apply + verify, and a summary of the remote. */
export function registerDeploy(program: Command): void {
  applyOptions(targetOptions(program.command('deploy').description('build the apps, then plan, gate, apply and verify (embedded emulator unless XANO_INSTANCE_URL)')))
    .action((o: ApplyFlags) => run(undefined, { ...o, build: true }));
}
