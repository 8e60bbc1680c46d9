import { join } from 'node:path';
import type { Command } from 'commander';
import { runAlert } from '../../alert/run-alert.js';
import { findProjectRoot, loadConfig } from '../../config/index.js';
import { readHealthFacts } from '../../health/source.js';
import { EXIT, UsageError } from '../errors.js';
import { userPath } from '../user-path.js';
import { declaredTables, healthSourceOf, healthSourceOptions, type HealthSourceFlags } from './health-source-flags.js';

interface AlertFlags extends HealthSourceFlags {
  dryRun?: boolean;
  report?: string;
  attempts: string;
  backoff: string;
  timeout: string;
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

function int(flag: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag} expects an integer from ${min}, got "${v}"`);
  return n;
}

async function run(o: AlertFlags): Promise<void> {
  const source = healthSourceOf(o);
  const post = { attempts: int('attempts', o.attempts, 1), baseDelayMs: int('backoff', o.backoff, 0), timeoutMs: int('timeout', o.timeout, 1) };
  const root = findProjectRoot();
  const config = await loadConfig(root);
  const now = new Date();
  const facts = await readHealthFacts(source, declaredTables(root, config.apps), now.getTime(), config.alerts);
  const reportFile = o.report ? userPath(o.report) : join(root, '.xac', 'reports', `pipeline-alert-${stamp(now)}.json`);
  const webhookUrl = process.env['SLACK_WEBHOOK_URL'];
  const { report, payload, critical } = await runAlert(facts, { thresholds: config.alerts, dryRun: o.dryRun === true, webhookUrl, reportFile, post }, now);
  const out = [`verdict: ${report.verdict}`, ...report.reasons.map((r) => `  ${r.level === 'critical' ? '✗' : '!'} ${r.level} ${r.category}: ${r.message}`)];
  if (o.dryRun && payload) out.push('would post to SLACK_WEBHOOK_URL:', JSON.stringify(payload, null, 2));
  const s = report.slack;
  out.push(s.attempted ? (s.sent ? `posted to Slack (${s.attempts} ${s.attempts === 1 ? 'attempt' : 'attempts'})` : `Slack message not sent: ${s.error ?? 'unknown'}`) : `Slack: nothing posted (${s.reason})`);
  out.push(`report: ${reportFile}`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (s.attempted && !s.sent) process.stderr.write(`warning: the Slack message was not delivered: ${s.error ?? 'unknown'}\n`);
  process.exitCode = critical ? EXIT.findings : EXIT.ok;
}

/** `xac alert [--dry-run]`: thresholds of xac.config.ts `alerts` against a health check; Slack; exit 1 only on critical. */
export function registerAlert(program: Command): void {
  healthSourceOptions(program.command('alert').description('evaluate the alert thresholds against a health check, post to SLACK_WEBHOOK_URL, write a report; exit 1 only when critical'))
    .option('--dry-run', 'print the message instead of posting it')
    .option('--report <file>', 'the JSON report (default .xac/reports/pipeline-alert-<time>.json)')
    .option('--attempts <n>', 'tries to deliver the message (5xx, 429, timeouts and refused connections are retried)', '4')
    .option('--backoff <ms>', 'first delay between tries, doubled each time', '500')
    .option('--timeout <ms>', 'per try', '10000')
    .action(run);
}
