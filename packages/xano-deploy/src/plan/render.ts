// Plan output: `--format table|json|markdown` (markdown is what the PR comment shows).
import Table from 'cli-table3';
import { describe, hasChanges, summarize, type Plan, type PlanStep } from './types.js';

export const PLAN_FORMATS = ['table', 'json', 'markdown'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

const SIGN: Record<PlanStep['kind'], string> = { create: '+', update: '~', delete: '-', noop: ' ' };

function summaryLine(plan: Plan): string {
  const s = summarize(plan);
  return `${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.noop} unchanged`;
}

function renderTable(plan: Plan): string {
  const t = new Table({ head: ['', 'action', 'kind', 'name', 'file'], style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } });
  for (const s of plan.steps.filter((x) => x.kind !== 'noop')) {
    const name = s.resource.type === 'query' ? `${s.resource.verb ?? ''} ${s.resource.name} (${s.resource.apiGroup ?? ''})` : s.resource.name;
    t.push([SIGN[s.kind], s.kind, s.resource.type, name, s.file ?? '']);
  }
  const lines = [`Plan for ${plan.target.name} (workspace ${plan.target.workspaceId}, branch ${plan.target.branch}): ${summaryLine(plan)}`];
  if (hasChanges(plan)) lines.push(t.toString());
  for (const h of plan.hazards) lines.push(`hazard ${h.kind}: ${describe(h.resource)}: ${h.message} (apply needs --allow ${h.kind})`);
  if (plan.remoteOnly.length > 0) lines.push(`remote only (kept; --prune --allow delete removes them): ${plan.remoteOnly.map(describe).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/`/g, "'");

function renderMarkdown(plan: Plan): string {
  const out = [`### xac plan: ${plan.target.name} (workspace ${plan.target.workspaceId}, branch \`${plan.target.branch}\`)`, '', `**${summaryLine(plan)}**`, ''];
  const changed = plan.steps.filter((s) => s.kind !== 'noop');
  if (changed.length > 0) {
    out.push('| | action | kind | name | file |', '|---|---|---|---|---|');
    for (const s of changed) out.push(`| ${SIGN[s.kind]} | ${s.kind} | ${s.resource.type} | ${esc(describe(s.resource))} | ${esc(s.file ?? '')} |`);
    out.push('');
  }
  if (plan.hazards.length > 0) {
    out.push('#### Hazards (apply needs `--allow <kind>`)', '');
    for (const h of plan.hazards) out.push(`- **${h.kind}** ${esc(describe(h.resource))}: ${esc(h.message)} (apply needs \`--allow ${h.kind}\`)`);
    out.push('');
  }
  if (plan.remoteOnly.length > 0) out.push(`Remote only (left alone): ${plan.remoteOnly.map((r) => esc(describe(r))).join(', ')}`, '');
  for (const s of changed.filter((x) => x.diff)) {
    out.push(`<details><summary>${s.kind} ${esc(describe(s.resource))}</summary>`, '', '```diff', (s.diff ?? '').trimEnd(), '```', '', '</details>', '');
  }
  out.push(`<sub>remote fingerprint ${plan.remoteFingerprint}</sub>`);
  return `${out.join('\n')}\n`;
}

/**
 * Renders a plan for people (table, markdown) or machines (json).
 * @example process.stdout.write(renderPlan(plan, 'markdown'));
 */
export function renderPlan(plan: Plan, format: PlanFormat): string {
  if (format === 'json') return `${JSON.stringify(plan, null, 2)}\n`;
  return format === 'markdown' ? renderMarkdown(plan) : renderTable(plan);
}
