import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDesired } from '../../deploy/desired.js';
import { cliPullFiles } from '@xac/xanoscript-dsl/layout';
import { knowledgeFiles } from '../../remote/knowledge-files.js';
import { planAgainst } from '../../deploy/run.js';
import { EXIT } from '../errors.js';
import { openFromFlags, targetOptions, type TargetOpts } from './deploy-shared.js';

/**
 * `xac pull [--out dir]`: the remote workspace exactly as the official CLI's `workspace pull` writes it
 * (its file names and folders, each document's text as served, guid included, and the knowledge files;
 * docs/layout.md).
 */
export function registerPull(program: Command): void {
  targetOptions(program.command('pull').description("write the remote workspace as .xs files, exactly as the official CLI's pull does"))
    .option('--out <dir>', 'where to write', 'pulled')
    .action(async (o: TargetOpts & { out: string }) => {
      const { target } = await openFromFlags(o);
      try {
        const { files, skipped } = cliPullFiles(await target.client.multidoc.get());
        const knowledge = knowledgeFiles(await target.client.knowledge.list());
        const out = resolve(o.out);
        for (const f of [...files, ...knowledge]) {
          const file = join(out, ...f.path.split('/'));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, f.content);
        }
        for (const s of skipped) process.stderr.write(`skipped document ${s.index}: ${s.reason}\n`);
        const extra = knowledge.length === 0 ? '' : ` + ${knowledge.length} knowledge ${knowledge.length === 1 ? 'file' : 'files'}`;
        process.stdout.write(`pulled ${files.length} ${files.length === 1 ? 'object' : 'objects'}${extra} into ${o.out}\n`);
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
