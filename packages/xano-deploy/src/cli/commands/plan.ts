import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadDesired } from '../../deploy/desired.js';
import { planAgainst, problemLines } from '../../deploy/run.js';
import { GateError, runGate } from '../../gate/gate.js';
import { renderPlan, PLAN_FORMATS, type PlanFormat } from '../../plan/render.js';
import { hasChanges } from '../../plan/types.js';
import { EXIT, UsageError } from '../errors.js';
import { userPath } from '../user-path.js';
import { openFromFlags, targetOptions, type TargetOpts } from './deploy-shared.js';

interface PlanFlags extends TargetOpts {
  out?: string;
  prune?: boolean;
  detailedExitcode?: boolean;
}

/** `xac plan`: the committed .xs (apps/*\/xs) against the target; writes nothing to the target. */
export function registerPlan(program: Command): void {
  targetOptions(program.command('plan').description('plan the repo\'s compiled .xs against the target (writes nothing)'))
    .option('--out <file>', 'write the plan as JSON, for `xac apply <file>`')
    .option('--format <format>', `output: ${PLAN_FORMATS.join(', ')}`, 'table')
    .option('--prune', 'plan deletes of remote-only objects')
    .option('--detailed-exitcode', 'exit 2 when the plan has changes (0 none, 1 error)')
    .action(async (o: PlanFlags) => {
      const format = (o.format ?? 'table') as PlanFormat;
      if (!PLAN_FORMATS.includes(format)) throw new UsageError(`--format ${format}: expected ${PLAN_FORMATS.join(', ')}`);
      const { root, target, apps, lint } = await openFromFlags(o);
      try {
        const desired = loadDesired(root, apps);
        const { plan, remote } = await planAgainst(target, desired, o.prune === true);
        if (o.out) writeFileSync(userPath(o.out), renderPlan(plan, 'json'));
        process.stdout.write(target.redact(renderPlan(plan, format)));
        const documents = desired.files.map((f) => ({ file: f.file, text: f.text }));
        await runGate({ documents, plan, remote, allow: new Set(), loadProblems: problemLines(desired), skipHazards: true, lint }).catch((err: unknown) => {
          if (!(err instanceof GateError)) throw err;
          process.stderr.write(`${err.message.replace('gate refused the deploy (nothing was written)', 'the gate would refuse this plan')}\n`);
          process.exitCode = EXIT.findings;
        });
        if (process.exitCode !== EXIT.findings && o.detailedExitcode && hasChanges(plan)) process.exitCode = 2;
      } finally {
        await target.close();
      }
    });
}
