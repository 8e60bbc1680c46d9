// The deploy pipeline shared by `xac plan`, `apply` and `deploy`, the tests and the bench:
// lock → ONE full pull → plan → gate (same pull) → cheap fingerprint re-read → record → writes →
// verify (one re-read). Nothing here prints.
import { StalePlanError } from '../apply/errors.js';
import { applyPlan } from '../apply/apply.js';
import { newDeployId, type DeployRecord, type RecordStore } from '../apply/record.js';
import { runGate, type GateDocument, type GateReport, type LintHook, type TestsHook } from '../gate/gate.js';
import { remoteFingerprint } from '../plan/fingerprint.js';
import { makePlan } from '../plan/plan.js';
import { hasChanges, type HazardKind, type Plan, type PlanStep, type RemoteObject, type XsObject } from '../plan/types.js';
import { pullRemote } from '../remote/pull.js';
import type { DesiredSet } from './desired.js';
import { acquireLock } from './lock.js';
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
  /** The workspace's tests (xac.config.ts `tests.gate`, on by default). */
  readonly tests?: TestsHook;
  readonly interrupt?: { readonly requested: boolean };
  readonly progress?: (done: number, total: number, step: PlanStep) => void;
  readonly onRecord?: (record: DeployRecord) => void;
}

export interface ApplyRun {
  readonly plan: Plan;
  readonly gate: GateReport;
  readonly mode: 'objects' | 'transaction';
  /** Undefined when the plan had no changes: nothing was written and no record was made. */
  readonly record: DeployRecord | undefined;
  /** The remote after the run. */
  readonly remote: readonly XsObject[];
}

/** The documents a plan pushes, for the gate. */
export function planDocuments(plan: Plan): GateDocument[] {
  return plan.steps.flatMap((s) => (s.text !== undefined && (s.kind === 'create' || s.kind === 'update') ? [{ file: s.file ?? describeFile(s), text: s.text }] : []));
}
const describeFile = (s: PlanStep) => `<${s.resource.type} ${s.resource.name}>`;

interface Pulled {
  readonly plan: Plan;
  readonly remote: readonly RemoteObject[];
  readonly loadProblems: readonly string[];
  readonly documents: readonly GateDocument[];
}

/** Under the target's lock, which names the deploy id before the first request. */
async function underLock<T>(t: OpenTarget, run: (id: string) => Promise<T>): Promise<T> {
  const id = newDeployId();
  const lock = acquireLock(t.lockFile, { deployId: id });
  try {
    return await run(id);
  } finally {
    lock.release();
  }
}

async function gateThenApply(t: OpenTarget, p: Pulled, o: ApplyRunOptions, id: string): Promise<ApplyRun> {
  const { plan, remote } = p;
  const gate = await runGate({ documents: p.documents, plan, remote, allow: o.allow, loadProblems: p.loadProblems, client: t.client, ...(o.lint ? { lint: o.lint } : {}), ...(o.tests ? { tests: o.tests } : {}) });
  const mode = o.mode === 'auto' ? (gate.dryRun === 'passed' ? 'transaction' : 'objects') : o.mode;
  if (!hasChanges(plan)) return { plan, gate, mode, record: undefined, remote };
  const result = await applyPlan(plan, t.client, { allow: o.allow, mode, records: o.records, remote, id, ...pick(o) });
  return { ...result, plan, gate, mode };
}

/**
 * Gates and applies a plan file under the target's lock (refused when the remote moved since the
 * plan). `auto` mode uses one multidoc transaction when the target answers the dry-run, else one
 * write per object.
 * @example const run = await gateAndApply(t, plan, { allow: new Set(), mode: 'auto', records });
 */
export async function gateAndApply(t: OpenTarget, plan: Plan, o: ApplyRunOptions, loadProblems: readonly string[] = [], documents?: readonly GateDocument[]): Promise<ApplyRun> {
  return underLock(t, async (id) => {
    const { objects } = await pullRemote(t.client);
    const now = remoteFingerprint(objects);
    if (now !== plan.remoteFingerprint) throw new StalePlanError(plan.remoteFingerprint, now);
    return gateThenApply(t, { plan, remote: objects, loadProblems, documents: documents ?? planDocuments(plan) }, o, id);
  });
}

function pick(o: ApplyRunOptions) {
  return { ...(o.interrupt ? { interrupt: o.interrupt } : {}), ...(o.progress ? { progress: o.progress } : {}), ...(o.onRecord ? { onRecord: o.onRecord } : {}) };
}

/** Load problems as gate reasons (`file:line:col: message`). */
export function problemLines(desired: DesiredSet): string[] {
  return desired.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
}

/**
 * Plan + gate + apply of the desired set (what `xac deploy` runs after the build), from one pull.
 * @example const run = await deployDesired(t, loadDesired(root), { allow: new Set(), mode: 'auto', records });
 */
export async function deployDesired(t: OpenTarget, desired: DesiredSet, o: ApplyRunOptions & { readonly prune?: boolean }): Promise<ApplyRun> {
  return underLock(t, async (id) => {
    const { objects } = await pullRemote(t.client);
    const plan = makePlan({ desired: desired.objects, remote: objects, target: t.plan, prune: o.prune ?? false });
    const documents = desired.files.map((f) => ({ file: f.file, text: f.text }));
    return gateThenApply(t, { plan, remote: objects, loadProblems: problemLines(desired), documents }, o, id);
  });
}
