import { relative } from 'node:path';
import type { Command } from 'commander';
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { Database, databaseFromEnv, seedRows } from '@xac/xanoscript-runtime';
import { findProjectRoot } from '../../config/index.js';
import { EXIT } from '../errors.js';
import { fixtureFiles, fixturesOf } from '../fixture-files.js';
import { userPath } from '../user-path.js';
import { workspace } from './run.js';

// `xac seed <file.json | dir> [--data-dir D]`: fixture rows into the workspace's tables (those of
// apps/*/xs), in the PGlite folder `xac run --data-dir D` reads (default .xac/db), or the PostgreSQL
// server of DATABASE_URL (the files as fixture-files.ts reads them).

async function seedCommand(arg: string, opts: { dataDir: string }): Promise<void> {
  const root = findProjectRoot();
  const tables = workspace(root).flatMap((l) => (l.document.object.kind === 'TableDecl' ? [l.document.object as TableDecl] : []));
  const files = fixtureFiles(userPath(arg));
  const db = await Database.open(tables, await databaseFromEnv(process.env, userPath(opts.dataDir)));
  try {
    for (const file of files) {
      const source = relative(root, file) || file;
      const counts = await seedRows(db, fixturesOf(file), { source });
      for (const [table, n] of Object.entries(counts)) process.stdout.write(`${source}: ${n} row${n === 1 ? '' : 's'} into ${table}\n`);
    }
  } finally {
    await db.close();
  }
  process.exitCode = EXIT.ok;
}

/** `xac seed <file.json | dir> [--data-dir D]` */
export function registerSeed(program: Command): void {
  program
    .command('seed <path>')
    .description('load fixture rows ({"<table>": [rows…]} JSON files) into the local database of xac run')
    .option('--data-dir <dir>', 'the PGlite folder (DATABASE_URL: that server instead)', '.xac/db')
    .action(seedCommand);
}
