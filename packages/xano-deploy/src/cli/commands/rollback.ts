import type { Command } from 'commander';
import { rollbackDeploy } from '../../apply/rollback.js';
import { UsageError } from '../errors.js';
import { openFromFlags, targetOptions, type TargetOpts } from './deploy-shared.js';

/** `xac rollback [deploy-id]`: undo a deploy from its record (the newest by default); resumable. */
export function registerRollback(program: Command): void {
  targetOptions(program.command('rollback [deploy-id]').description('restore what a deploy replaced and delete what it created (resumable)'))
    .option('--format <format>', 'text or json', 'text')
    .action(async (id: string | undefined, o: TargetOpts) => {
      const { target, records } = await openFromFlags(o);
      try {
        const which = id ?? (await records.latest());
        if (which === undefined) throw new UsageError(`no deploy records in ${records.dir}`);
        const record = await records.load(which).catch(() => {
          throw new UsageError(`no deploy record ${which} in ${records.dir}`);
        });
        const t = record.target;
        if (t.instance !== target.plan.instance || t.workspaceId !== target.plan.workspaceId || t.branch !== target.plan.branch) {
          throw new UsageError(`deploy ${which} was made against ${t.instance} workspace ${t.workspaceId} branch ${t.branch}, not this target`);
        }
        const done = await rollbackDeploy(record, target.client, records);
        const undone = done.steps.filter((s) => s.rolledBack).length;
        const out = o.format === 'json' ? JSON.stringify({ deployId: done.id, status: done.status, undone }) : `rolled back deploy ${done.id}: ${undone} step(s) undone`;
        process.stdout.write(`${target.redact(out)}\n`);
      } finally {
        await target.close();
      }
    });
}
