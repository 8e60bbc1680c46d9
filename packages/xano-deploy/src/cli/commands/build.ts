import type { Command } from 'commander';
import { buildProject } from '../../build/index.js';
import { findProjectRoot, loadConfig } from '../../config/index.js';
import { EXIT } from '../errors.js';
import { plural } from '../plural.js';

/** `xac build [--check]`: DSL → canonical .xs under apps/<app>/xs/, orphans removed. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('compile the DSL in apps/ to canonical XanoScript under apps/<app>/xs/')
    .option('--check', 'fail when a committed .xs file is stale, missing or orphaned; write nothing')
    .option('--app <name...>', 'build only these apps')
    .option('--no-typecheck', 'skip the TypeScript check of the apps (deploy never skips it)')
    .action(async (opts: { check?: boolean; app?: string[]; typecheck: boolean }) => {
      const root = findProjectRoot();
      const config = await loadConfig(root);
      const result = await buildProject(root, { check: opts.check === true, apps: opts.app ?? config.apps, typecheck: opts.typecheck });
      let problems = 0;
      for (const { app, report } of result.apps) {
        if (opts.check) {
          for (const p of report.stale) console.log(`${app}/xs/${p}: stale (run \`pnpm build\`)`);
          for (const p of report.missing) console.log(`${app}/xs/${p}: missing (run \`pnpm build\`)`);
          for (const p of report.orphans) console.log(`${app}/xs/${p}: orphaned (no DSL object produces it)`);
          problems += report.stale.length + report.missing.length + report.orphans.length;
        } else {
          for (const p of report.written) console.log(`wrote ${app}/xs/${p}`);
          for (const p of report.removed) console.log(`removed ${app}/xs/${p}`);
        }
      }
      const escapes = result.objects.flatMap((o) => o.escapes.map((e) => `${e.at}: ${e.what}() in ${o.app}/xs/${o.path}`));
      for (const e of escapes) console.log(`note: ${e}`);
      console.log(`${plural(result.objects.length, 'object')} in ${plural(result.apps.length, 'app')}${opts.check ? (problems ? `: ${problems} out of date` : ': up to date') : ''}`);
      if (problems > 0) process.exitCode = EXIT.findings;
    });
}
