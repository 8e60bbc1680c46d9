import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDesired } from '../../deploy/desired.js';
import { layoutPath } from '../../deploy/layout.js';
import { pullRemote } from '../../remote/pull.js';
import { planAgainst } from '../../deploy/run.js';
import { EXIT } from '../errors.js';
import { openFromFlags, targetOptions, type TargetOpts } from './deploy-shared.js';

/** `xac pull [--out dir]`: the remote workspace as canonical .xs files (official CLI layout, no guids). */
export function registerPull(program: Command): void {
  targetOptions(program.command('pull').description('write the remote workspace as canonical .xs files (no guid lines)'))
    .option('--out <dir>', 'where to write', 'pulled')
    .action(async (o: TargetOpts & { out: string }) => {
      const { target } = await openFromFlags(o);
      try {
        const { objects, unreadable } = await pullRemote(target.client);
        const used = new Set<string>();
        for (const obj of objects) {
          let path = layoutPath(obj.ref);
          for (let n = 2; used.has(path); n++) path = layoutPath(obj.ref).replace(/\.xs$/, `_${n}.xs`);
          used.add(path);
          const file = join(resolve(o.out), path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, obj.canonicalText);
        }
        for (const u of unreadable) process.stderr.write(`skipped ${u.kind} "${u.name}": ${u.reason}\n`);
        process.stdout.write(`pulled ${objects.length} objects into ${o.out}\n`);
      } finally {
        await target.close();
      }
    });
}

/** `xac diff`: local (apps/*\/xs) vs remote, as unified diffs. */
export function registerDiff(program: Command): void {
  targetOptions(program.command('diff').description('show local vs remote as unified diffs'))
    .option('--exit-code', 'exit 1 when there are differences')
    .action(async (o: TargetOpts & { exitCode?: boolean }) => {
      const { root, target, apps } = await openFromFlags(o);
      try {
        const { plan } = await planAgainst(target, loadDesired(root, apps));
        const changed = plan.steps.filter((s) => s.kind !== 'noop');
        for (const s of changed) process.stdout.write(s.kind === 'create' ? `+ ${s.resource.type} "${s.resource.name}" (${s.file ?? ''}) is not on the remote\n` : (s.diff ?? ''));
        for (const r of plan.remoteOnly) process.stdout.write(`- ${r.type} "${r.name}" exists only on the remote\n`);
        if (changed.length === 0 && plan.remoteOnly.length === 0) process.stdout.write('no differences\n');
        if (o.exitCode && (changed.length > 0 || plan.remoteOnly.length > 0)) process.exitCode = EXIT.findings;
      } finally {
        await target.close();
      }
    });
}
