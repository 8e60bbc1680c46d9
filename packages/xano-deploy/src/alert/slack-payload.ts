// The Slack incoming-webhook message of an alert: a fallback `text` and Block Kit `blocks` (header,
// summary, one section per category with one line per reason, a context footer).
import type { HealthResult, Reason } from '../health/types.js';

export interface SlackPayload {
  readonly text: string;
  readonly blocks: ReadonlyArray<Record<string, unknown>>;
}

const ICON: Readonly<Record<Reason['level'], string>> = { critical: ':red_circle:', warning: ':large_yellow_circle:' };
/** Slack refuses a section text over 3,000 characters: at most this many lines per category. */
const MAX_LINES = 20;

const mrkdwn = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

function title(r: HealthResult): string {
  const critical = r.reasons.filter((x) => x.level === 'critical').length;
  const warning = r.reasons.length - critical;
  return critical > 0 ? `V2 Pipeline Alert: ${critical} critical, ${warning} warning` : `V2 Pipeline Warning: ${warning} ${warning === 1 ? 'issue' : 'issues'}`;
}

function categorySection(category: string, reasons: readonly Reason[]) {
  const lines = reasons.slice(0, MAX_LINES).map((r) => `${ICON[r.level]} ${r.message}`);
  if (reasons.length > MAX_LINES) lines.push(`… and ${reasons.length - MAX_LINES} more`);
  return mrkdwn(`*${category.toUpperCase()}*\n${lines.join('\n')}`);
}

/**
 * The message for a health result that has reasons.
 * @example await fetch(process.env.SLACK_WEBHOOK_URL, { method: 'POST', body: JSON.stringify(slackPayload(result)) });
 */
export function slackPayload(r: HealthResult): SlackPayload {
  const heading = title(r);
  const stuck = r.stuckJobs.length;
  const categories = [...new Set(r.reasons.map((x) => x.category))];
  return {
    text: heading,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: `${r.verdict === 'critical' ? ':rotating_light:' : ':warning:'} ${heading}`, emoji: true } },
      mrkdwn(`*Verdict:* ${r.verdict} · *Staging backlog:* ${r.backlog.toLocaleString('en-US')} unprocessed rows · *Stuck jobs:* ${stuck}`),
      ...categories.map((c) => categorySection(c, r.reasons.filter((x) => x.category === c))),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `Checked at ${new Date(r.checkedAt).toISOString()} by \`xac alert\`` }] },
    ],
  };
}
