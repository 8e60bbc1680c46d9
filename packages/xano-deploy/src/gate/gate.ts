// The gate (DESIGN Key decisions): everything that must hold before the first write — every document
// parses, lint at error level, references resolve, the server's dry-run is clean, hazards are allowed.
// It has no off switch: a failing gate stops the deploy with every reason at file:line:col. The
// workspace's tests run last, unless the config turns them off (`tests: { gate: false }`).
import type { LintResult } from '@xac/validators';
import { NotFoundError } from '../client/errors.js';
import type { XanoClient } from '../client/xano-client.js';
import { injectGuid } from '@xac/xanoscript-dsl/layout';
import { analyzeXs, identityOf } from '../plan/analyze.js';
import { lintWithSetup, type LintSetup } from './lint-setup.js';
import { describe, type HazardKind, type Plan, type RemoteObject, type XsObject } from '../plan/types.js';

/** A file to check, as written in the repo (or carried by a plan file). */
export interface GateDocument {
  readonly file: string;
  readonly text: string;
}

/** The lint step: error-level findings, one `file:line:col: message (rule)` each. */
export type LintHook = (docs: readonly GateDocument[]) => Promise<readonly string[]>;

/** The test step: one `file:line:col: test "name" failed: …` per failed test of the documents. */
export type TestsHook = (docs: readonly GateDocument[]) => Promise<readonly string[]>;

/** The error-level findings of a lint, one `file:line:col: message (rule)` each (parse errors are load problems). */
export function gateReasons(result: LintResult): string[] {
  return result.findings
    .filter((f) => f.severity === 'error' && f.rule !== 'parse')
    .map((f) => `${f.path}:${f.loc?.start.line ?? 1}:${f.loc?.start.column ?? 1}: ${f.message} (${f.rule})`);
}

/**
 * The gate's lint with the project's setup (the config's `lint` section and its baseline), exactly
 * what `xac lint` runs: a rule turned off or a baselined finding does not block a deploy.
 * @example const lint = configuredLint(lintSetup(root, config)); await runGate({ ...input, lint });
 */
export function configuredLint(setup: LintSetup): LintHook {
  return (docs) => Promise.resolve(gateReasons(lintWithSetup(docs.map((d) => ({ path: d.file, text: d.text })), setup)));
}

/** `@xac/validators` at error level with every rule at its default: the seed's bugs stop a deploy. */
export const defaultLint: LintHook = configuredLint({ config: { rules: {} } });

export interface GateInput {
  /** Documents the deploy pushes (creates and updates) or, for a plan, every desired file. */
  readonly documents: readonly GateDocument[];
  readonly plan: Plan;
  readonly remote: readonly RemoteObject[];
  readonly allow: ReadonlySet<HazardKind>;
  /** Problems found while loading the desired set (parse errors, duplicates…). */
  readonly loadProblems?: readonly string[];
  readonly lint?: LintHook;
  /** Runs the documents' tests when given (after the static checks and lint pass); a failure refuses. */
  readonly tests?: TestsHook;
  /** Runs the server's dry-run when given. */
  readonly client?: XanoClient;
  /** Skip the hazard check (xac plan reports hazards itself). */
  readonly skipHazards?: boolean;
}

export type DryRunOutcome = 'passed' | 'failed' | 'unavailable' | 'nothing-to-check' | 'not-run';

export interface GateReport {
  readonly reasons: readonly string[];
  readonly dryRun: DryRunOutcome;
}

/** The gate refused: every reason, one per line. */
export class GateError extends Error {
  constructor(readonly reasons: readonly string[]) {
    super(`gate refused the deploy (nothing was written):\n${reasons.map((r) => `  ${r}`).join('\n')}`);
    this.name = 'GateError';
  }
}

/** Names that exist after the deploy: desired (plan steps that are not deletes) ∪ remote − deletes. */
function namesAfter(plan: Plan, remote: readonly RemoteObject[], kind: string): Set<string> {
  const deleted = new Set(plan.steps.filter((s) => s.kind === 'delete').map((s) => identityOf(s.resource)));
  const names = new Set(remote.filter((r) => r.ref.type === kind && !deleted.has(r.identity)).map((r) => r.ref.name));
  for (const s of plan.steps) if (s.kind !== 'delete' && s.resource.type === kind) names.add(s.resource.name);
  return names;
}

function referenceReasons(file: string, o: XsObject, fns: Set<string>, tables: Set<string>, groups: Set<string>): string[] {
  const out: string[] = [];
  const at = (r: { line: number; column: number }) => `${file}:${r.line}:${r.column}`;
  for (const r of o.references.functions) if (!fns.has(r.name)) out.push(`${at(r)}: function.run "${r.name}": no such function in the repo or on the target`);
  for (const r of o.references.tables) if (!tables.has(r.name)) out.push(`${at(r)}: db.* "${r.name}": no such table in the repo or on the target`);
  for (const r of o.references.apiGroups) if (!groups.has(r.name)) out.push(`${at(r)}: api_group "${r.name}": no such api group in the repo or on the target`);
  return out;
}

function staticReasons(input: GateInput): string[] {
  const reasons = [...(input.loadProblems ?? [])];
  const fns = namesAfter(input.plan, input.remote, 'function');
  const tables = namesAfter(input.plan, input.remote, 'table');
  const groups = namesAfter(input.plan, input.remote, 'api_group');
  for (const d of input.documents) {
    const { object, errors } = analyzeXs(d.text, d.file);
    for (const e of errors) reasons.push(`${d.file}:${e.loc.start.line}:${e.loc.start.column}: ${e.message}`);
    if (object) reasons.push(...referenceReasons(d.file, object, fns, tables, groups));
  }
  if (!input.skipHazards) {
    for (const h of input.plan.hazards) if (!input.allow.has(h.kind)) reasons.push(`hazard ${h.kind}: ${describe(h.resource)}: ${h.message} (needs --allow ${h.kind})`);
  }
  return reasons;
}

async function dryRun(input: GateInput, client: XanoClient): Promise<{ outcome: DryRunOutcome; reasons: string[] }> {
  const remote = new Map(input.remote.map((r) => [r.identity, r]));
  const docs = input.plan.steps.flatMap((s) => {
    if ((s.kind !== 'create' && s.kind !== 'update') || s.text === undefined) return [];
    const r = remote.get(identityOf(s.resource));
    return [{ text: r ? injectGuid(s.text, r.guid) : s.text, ...(s.file ? { path: s.file } : {}) }];
  });
  if (docs.length === 0) return { outcome: 'nothing-to-check', reasons: [] };
  try {
    const preview = await client.multidoc.dryRun(docs, { partial: true });
    const reasons = preview.problems.map((p) => `${p.path}:${p.line}:${p.column}: server dry-run: ${p.message}`);
    return { outcome: reasons.length > 0 ? 'failed' : 'passed', reasons };
  } catch (err) {
    if (err instanceof NotFoundError) return { outcome: 'unavailable', reasons: [] };
    return { outcome: 'failed', reasons: [`server dry-run failed: ${err instanceof Error ? err.message : String(err)}`] };
  }
}

/**
 * Runs the gate; throws GateError with every reason when anything fails. The dry-run runs only when
 * the static checks pass (a broken document would only be reported twice).
 * @example const { dryRun } = await runGate({ documents, plan, remote, allow: new Set(['delete']), client });
 */
export async function runGate(input: GateInput): Promise<GateReport> {
  const reasons = staticReasons(input);
  reasons.push(...(await (input.lint ?? defaultLint)(input.documents)));
  if (reasons.length === 0 && input.tests) reasons.push(...(await input.tests(input.documents)));
  if (reasons.length > 0) throw new GateError([...new Set(reasons)]);
  if (!input.client) return { reasons, dryRun: 'not-run' };
  const dr = await dryRun(input, input.client);
  if (dr.reasons.length > 0) throw new GateError(dr.reasons);
  return { reasons: [], dryRun: dr.outcome };
}
