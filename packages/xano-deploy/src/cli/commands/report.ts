import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ValidationReport } from '@xac/validators/suites';
import { findProjectRoot } from '../../config/index.js';
import { openHistory } from '../../health/history.js';
import { renderHtmlReport } from '../../health/render-html.js';
import { UsageError } from '../errors.js';
import { userPath } from '../user-path.js';

interface ReportFlags {
  html?: string;
  validation?: string;
  historyDir?: string;
  limit: string;
}

/** The newest `validation-*.json` of the reports folder (only that kind: names sort by time). */
function latestValidation(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => /^validation-.*\.json$/.test(f)).sort();
  const last = files[files.length - 1];
  return last === undefined ? undefined : join(dir, last);
}

function readValidation(file: string | undefined): ValidationReport | undefined {
  if (file === undefined) return undefined;
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as ValidationReport;
    if (v.version !== 1 || !Array.isArray(v.suites)) throw new Error('not a validation report');
    return v;
  } catch (err) {
    throw new UsageError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function run(o: ReportFlags): Promise<void> {
  if (o.html === undefined) throw new UsageError('say where the report goes: --html <dir>');
  const root = findProjectRoot();
// An explicit --history-dir is a folder; otherwise DATABASE_URL, when set, holds the history.
  const history = await (o.historyDir ? openHistory(userPath(o.historyDir)) : openHistory(join(root, '.xac', 'health'), process.env));
  const list = await history.list(Number(o.limit) || 50).finally(() => history.close());
  const validation = readValidation(o.validation ? userPath(o.validation) : latestValidation(join(root, '.xac', 'reports')));
  const dir = userPath(o.html);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'pipeline-report.html');
  writeFileSync(file, renderHtmlReport(list, validation, new Date()));
  process.stdout.write(`wrote ${file} (${list.length} health checks${validation ? ', latest validation' : ', no validation report'})\n`);
}

/** `xac report --html <dir>`: one self-contained HTML dashboard of the scores and the health history. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a self-contained HTML dashboard: score table, backlog trend, stuck jobs, sync state')
    .option('--html <dir>', 'the folder to write pipeline-report.html into')
    .option('--validation <file>', 'the validation report to show (default: the newest in .xac/reports)')
    .option('--history-dir <dir>', 'where health checks are stored (default .xac/health, or PostgreSQL when DATABASE_URL is set)')
    .option('--limit <n>', 'the latest n health checks', '50')
    .action(run);
}
