// The deploy pipeline shared by `xac plan`, `apply` and `deploy`, the tests and the bench:
// lock → pull → plan → gate → apply (→ verify, record). Nothing here prints.
import { applyPlan, type ApplyResult } from '../apply/apply.js';
import type { DeployRecord, RecordStore } from '../apply/record.js';
import { runGate, type GateDocument, type GateReport, type LintHook } from '../gate/gate.js';
import { makePlan } from '../plan/plan.js';
import type { HazardKind, Plan, PlanStep, RemoteObject } from '../plan/types.js';
import type { DesiredSet } from './desired.js';
import { acquireLock } from './lock.js';
import { pullRemote } from '../remote/pull.js';
import type { OpenTarget } from './target.js';

export type ApplyMode = 'auto' | 'objects' | 'transaction';

/** Plans the desired set against the target. */
export async function planAgainst(t: OpenTarget, desired: DesiredSet, prune = false): Promise<{ plan: Plan; remote: readonly RemoteObject[] }> {
  const { objects } = await pullRemote(t.client);
  return { plan: makePlan({ desired: desired.objects, remote: objects, target: t.plan, prune }), remote: objects };
}

export interface ApplyRunOptions {
  readonly allow: ReadonlySet<HazardKind>;
  readonly mode: ApplyMode;
  readonly records: RecordStore;
  readonly lint?: LintHook;
  readonly interrupt?: { readonly requested: boolean };
  readonly progress?: (done: number, total: number, step: PlanStep) => void;
  readonly onRecord?: (record: DeployRecord) => void;
}

export interface ApplyRun extends ApplyResult {
  readonly plan: Plan;
  readonly gate: GateReport;
  readonly mode: 'objects' | 'transaction';
}

/** The documents a plan pushes, for the gate. */
export function planDocuments(plan: Plan): GateDocument[] {
  return plan.steps.flatMap((s) => (s.text !== undefined && (s.kind === 'create' || s.kind === 'update') ? [{ file: s.file ?? describeFile(s), text: s.text }] : []));
}
const describeFile = (s: PlanStep) => `<${s.resource.type} ${s.resource.name}>`;

/**
 * Gates and applies a plan under the target's lock. `auto` mode uses one multidoc transaction when
 * the target answers the dry-run, else one write per object.
 * @example const run = await gateAndApply(t, plan, { allow: new Set(), mode: 'auto', records });
 */
export async function gateAndApply(t: OpenTarget, plan: Plan, o: ApplyRunOptions, loadProblems: readonly string[] = [], documents?: readonly GateDocument[]): Promise<ApplyRun> {
  const release = acquireLock(t.lockFile);
  try {
    const { objects } = await pullRemote(t.client);
    const gate = await runGate({ documents: documents ?? planDocuments(plan), plan, remote: objects, allow: o.allow, loadProblems, client: t.client, ...(o.lint ? { lint: o.lint } : {}) });
    const mode = o.mode === 'auto' ? (gate.dryRun === 'passed' ? 'transaction' : 'objects') : o.mode;
    const result = await applyPlan(plan, t.client, { allow: o.allow, mode, records: o.records, ...pick(o) });
    return { ...result, plan, gate, mode };
  } finally {
    release();
  }
}

function pick(o: ApplyRunOptions) {
  return { ...(o.interrupt ? { interrupt: o.interrupt } : {}), ...(o.progress ? { progress: o.progress } : {}), ...(o.onRecord ? { onRecord: o.onRecord } : {}) };
}

/** Load problems as gate reasons (`file:line:col: message`). */
export function problemLines(desired: DesiredSet): string[] {
  return desired.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
}

/**
 * Plan + gate + apply of the desired set (what `xac deploy` runs after the build).
 * @example const run = await deployDesired(t, loadDesired(root), { allow: new Set(), mode: 'auto', records });
 */
export async function deployDesired(t: OpenTarget, desired: DesiredSet, o: ApplyRunOptions & { readonly prune?: boolean }): Promise<ApplyRun> {
  const { plan } = await planAgainst(t, desired, o.prune ?? false);
  const docs = desired.files.map((f) => ({ file: f.file, text: f.text }));
  return gateAndApply(t, plan, o, problemLines(desired), docs);
}
