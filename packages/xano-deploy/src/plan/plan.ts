// The planner (STYLE habit 6): PURE. Desired objects (the repo) + remote objects → a versioned plan.
import { createTwoFilesPatch } from 'diff';
import { diffTable } from './diff-table.js';
import { remoteFingerprint } from './fingerprint.js';
import { applyOrder, deleteOrder } from './order.js';
import type { DesiredObject, Hazard, Plan, PlanStep, PlanTarget, RemoteObject } from './types.js';

export interface PlanInput {
  readonly desired: readonly DesiredObject[];
  readonly remote: readonly RemoteObject[];
  readonly target: PlanTarget;
  /** Delete remote-only objects (each one a `delete` hazard). */
  readonly prune?: boolean;
}

/** A unified diff of two canonical texts, labelled by the object. */
export function unifiedDiff(label: string, before: string, after: string): string {
  return createTwoFilesPatch(`remote/${label}`, `local/${label}`, before, after, '', '', { context: 3 });
}

function stepFor(d: DesiredObject, r: RemoteObject | undefined, hazards: Hazard[]): PlanStep {
  const base = { resource: d.ref, file: d.file };
  if (!r) return { kind: 'create', ...base, text: d.canonicalText };
  const remote = { id: r.id, guid: r.guid };
  if (r.canonicalText === d.canonicalText) return { kind: 'noop', ...base, remote };
  const change = d.columns && r.columns ? diffTable(d.ref, r.columns, d.columns, d.renames) : undefined;
  if (change) hazards.push(...change.hazards);
  const renames = change && change.renames.length > 0 ? { renames: change.renames } : {};
  return { kind: 'update', ...base, text: d.canonicalText, diff: unifiedDiff(d.identity, r.canonicalText, d.canonicalText), remote, ...renames };
}

/**
 * Plans the managed set (the desired objects) against the remote. Remote-only objects are listed in
 * `remoteOnly` and deleted only with `prune`.
 * @example const plan = makePlan({desired, remote, target: {name: 'emulator', instance: 'emulator', workspaceId: 1, branch: 'v1'}});
 */
export function makePlan(input: PlanInput): Plan {
  const remoteById = new Map(input.remote.map((r) => [r.identity, r]));
  const desiredIds = new Set(input.desired.map((d) => d.identity));
  const hazards: Hazard[] = [];
  const steps: PlanStep[] = applyOrder(input.desired).map((d) => stepFor(d, remoteById.get(d.identity), hazards));
  const remoteOnly = deleteOrder(input.remote.filter((r) => !desiredIds.has(r.identity)));
  if (input.prune) {
    for (const r of remoteOnly) {
      const grouped = r.ref.type === 'query' && remoteOnly.some((g) => g.ref.type === 'api_group' && g.ref.name === r.ref.apiGroup);
      hazards.push({ kind: 'delete', resource: r.ref, message: `deletes ${r.ref.type} "${r.ref.name}"${grouped ? ' (with its group)' : ''}` });
      steps.push({ kind: 'delete', resource: r.ref, diff: unifiedDiff(r.identity, r.canonicalText, ''), remote: { id: r.id, guid: r.guid } });
    }
  }
  return {
    version: 1,
    target: input.target,
    remoteFingerprint: remoteFingerprint(input.remote),
    steps,
    remoteOnly: input.prune ? [] : remoteOnly.map((r) => r.ref),
    hazards,
  };
}
