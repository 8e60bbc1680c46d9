// `xac alert`: evaluate the thresholds against a health check, post to Slack when there is something
// to say (unless --dry-run), write the report; critical alone fails the run.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '@xac/xanoscript-dsl/layout';
import type { HealthFacts, HealthResult } from '../health/types.js';
import { evaluateHealth, type AlertThresholds } from '../health/verdict.js';
import { postWebhook, type PostOptions, type PostOutcome } from './post-webhook.js';
import { slackPayload, type SlackPayload } from './slack-payload.js';

export interface AlertOptions {
  readonly thresholds: AlertThresholds;
  readonly dryRun: boolean;
  /** SLACK_WEBHOOK_URL; never written anywhere. */
  readonly webhookUrl: string | undefined;
  readonly reportFile: string;
  readonly post?: PostOptions;
}

/** What happened to the Slack message. */
export type SlackOutcome = { readonly attempted: false; readonly reason: string } | ({ readonly attempted: true } & PostOutcome);

export interface AlertReport {
  readonly version: 1;
  readonly generatedAt: string;
  readonly dryRun: boolean;
  readonly verdict: HealthResult['verdict'];
  readonly reasons: HealthResult['reasons'];
  readonly health: HealthResult;
  readonly slack: SlackOutcome;
}

export interface AlertRun {
  readonly report: AlertReport;
  /** The message, when there was one to send (printed by --dry-run). */
  readonly payload?: SlackPayload;
  /** The verdict is critical (the CLI exits 1). */
  readonly critical: boolean;
}

async function deliver(result: HealthResult, payload: SlackPayload | undefined, o: AlertOptions): Promise<SlackOutcome> {
  if (payload === undefined) return { attempted: false, reason: `${result.verdict}: nothing to send` };
  if (o.dryRun) return { attempted: false, reason: 'dry run' };
  if (o.webhookUrl === undefined || o.webhookUrl.trim() === '') return { attempted: false, reason: 'SLACK_WEBHOOK_URL is not set' };
  return { attempted: true, ...(await postWebhook(o.webhookUrl, payload, o.post)) };
}

/**
 * Evaluates, posts, reports.
 * @example const { critical } = await runAlert(facts, { thresholds: config.alerts, dryRun: false, webhookUrl: process.env.SLACK_WEBHOOK_URL, reportFile });
 */
export async function runAlert(facts: HealthFacts, o: AlertOptions, now = new Date()): Promise<AlertRun> {
  const health = evaluateHealth(facts, o.thresholds);
  const payload = health.reasons.length > 0 ? slackPayload(health) : undefined;
  const slack = await deliver(health, payload, o);
  const report: AlertReport = { version: 1, generatedAt: now.toISOString(), dryRun: o.dryRun, verdict: health.verdict, reasons: health.reasons, health, slack };
  mkdirSync(dirname(o.reportFile), { recursive: true });
  await writeFileAtomic(o.reportFile, `${JSON.stringify(report, null, 2)}\n`, 0o644);
  return { report, ...(payload ? { payload } : {}), critical: health.verdict === 'critical' };
}
