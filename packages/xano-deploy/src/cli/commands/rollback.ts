import type { Command } from 'commander';
import { rollbackOnTarget } from '../../deploy/rollback-run.js';
import { UsageError } from '../errors.js';
import { openFromFlags, targetOptions, type TargetOpts } from './deploy-shared.js';
import { rollbackJson, rollbackText } from './rollback-report.js';

const ROLLBACK_ALLOWANCES = ['overwrite-later'] as const;

interface RollbackFlags extends TargetOpts {
  allow?: string[];
}

function allowsOverwrite(values: readonly string[] | undefined): boolean {
  const given = (values ?? []).flatMap((v) => v.split(','));
  for (const v of given) {
    if (!(ROLLBACK_ALLOWANCES as readonly string[]).includes(v)) throw new UsageError(`--allow ${v}: rollback accepts only ${ROLLBACK_ALLOWANCES.join(', ')}`);
  }
  return given.length > 0;
}

/** `xac rollback [deploy-id]`: undo a deploy from its record (the newest of this target by default); resumable. */
export function registerRollback(program: Command): void {
  targetOptions(program.command('rollback [deploy-id]').description('restore what a deploy replaced and delete what it created (newest deploy of this target by default; resumable)'))
    .option('--allow <what...>', 'overwrite-later: undo even objects a later deploy changed')
    .option('--format <format>', 'text or json', 'text')
    .action(async (id: string | undefined, o: RollbackFlags) => {
      const allowOverwriteLater = allowsOverwrite(o.allow);
      const { target, records } = await openFromFlags(o);
      try {
        const outcome = await rollbackOnTarget(target, records, { ...(id === undefined ? {} : { id }), allowOverwriteLater });
        const out = o.format === 'json' ? rollbackJson(outcome) : rollbackText(outcome);
        process.stdout.write(`${target.redact(out)}\n`);
      } finally {
        await target.close();
      }
    });
}
