import { join } from 'node:path';
import type { Command } from 'commander';
import { findProjectRoot, loadConfig } from '../../config/index.js';
import { openHistory } from '../../health/history.js';
import { renderHealth, renderHistory } from '../../health/render-text.js';
import { readHealthFacts } from '../../health/source.js';
import { evaluateHealth } from '../../health/verdict.js';
import { UsageError } from '../errors.js';
import { userPath } from '../user-path.js';
import { declaredTables, healthSourceOf, healthSourceOptions, type HealthSourceFlags } from './health-source-flags.js';

interface HealthFlags extends HealthSourceFlags {
  history?: boolean;
  historyDir?: string;
  limit: string;
  format: string;
}

async function run(o: HealthFlags): Promise<void> {
  if (o.format !== 'text' && o.format !== 'json') throw new UsageError(`--format ${o.format}: expected text or json`);
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit expects an integer from 1, got "${o.limit}"`);
  const root = findProjectRoot();
// An explicit --history-dir is a folder; otherwise DATABASE_URL, when set, holds the history.
  const history = await (o.historyDir ? openHistory(userPath(o.historyDir)) : openHistory(join(root, '.xac', 'health'), process.env));
  try {
    if (o.history) {
      const list = await history.list(limit);
      process.stdout.write(o.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : renderHistory(list));
      return;
    }
    const config = await loadConfig(root);
    const facts = await readHealthFacts(healthSourceOf(o), declaredTables(root, config.apps), Date.now(), config.alerts);
    const result = evaluateHealth(facts, config.alerts);
    await history.record(result);
    process.stdout.write(o.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderHealth(result));
  } finally {
    await history.close();
  }
}

/** `xac health`: the pipeline health check, stored in the history; `--history` prints the trend. */
export function registerHealth(program: Command): void {
  healthSourceOptions(program.command('health').description('print the pipeline health check (and store it); --history prints backlog and sync ages over time'))
    .option('--history', 'print the stored checks with sparklines instead of running one')
    .option('--history-dir <dir>', 'where checks are stored (PGlite; default .xac/health, or PostgreSQL when DATABASE_URL is set)')
    .option('--limit <n>', 'with --history: the latest n checks', '50')
    .option('--format <format>', 'text or json', 'text')
    .action(run);
}
