// The score model: every case is passed, failed, skipped or untestable, counted apart;
// Score = passed ÷ (passed + failed + untestable); a skip is shown but outside the score.

export type Outcome = 'passed' | 'failed' | 'skipped' | 'untestable';
export const OUTCOMES: readonly Outcome[] = ['passed', 'failed', 'skipped', 'untestable'];

/** One checked thing (a table, an endpoint test case, a sync step, a worker). */
export interface CaseResult {
  readonly name: string;
  readonly outcome: Outcome;
  /** Why it failed, was skipped or could not be tested; empty for a pass. */
  readonly reasons: readonly string[];
}

export type Counts = Readonly<Record<Outcome, number>>;

export type SuiteName = 'tables' | 'endpoints' | 'daily-sync' | 'workers';
export const SUITE_NAMES: readonly SuiteName[] = ['tables', 'endpoints', 'daily-sync', 'workers'];

export interface SuiteResult {
  readonly suite: SuiteName;
  /** The component column of the table (`Tables`, `Daily sync` …). */
  readonly component: string;
  readonly cases: readonly CaseResult[];
  readonly counts: Counts;
  /** Percent, or null when nothing was testable (no case passed, failed or was untestable). */
  readonly score: number | null;
  /** The target percent from xac.config.ts `validation`. */
  readonly target: number;
  /** met when score ≥ target; a suite with nothing testable has not met its target. */
  readonly status: 'met' | 'missed';
}

/** Counts of each outcome. */
export function countOutcomes(cases: readonly CaseResult[]): Counts {
  const out: Record<Outcome, number> = { passed: 0, failed: 0, skipped: 0, untestable: 0 };
  for (const c of cases) out[c.outcome]++;
  return out;
}

/**
 * passed ÷ (passed + failed + untestable) in percent; null with no such case.
 * @example scoreOf({ passed: 9, failed: 1, skipped: 5, untestable: 0 }) // 90
 */
export function scoreOf(c: Counts): number | null {
  const denominator = c.passed + c.failed + c.untestable;
  return denominator === 0 ? null : (100 * c.passed) / denominator;
}

const COMPONENTS: Readonly<Record<SuiteName, string>> = { tables: 'Tables', endpoints: 'Endpoints', 'daily-sync': 'Daily sync', workers: 'Workers' };

/** A suite's result from its cases and its target. */
export function suiteResult(suite: SuiteName, cases: readonly CaseResult[], target: number): SuiteResult {
  const counts = countOutcomes(cases);
  const score = scoreOf(counts);
  return { suite, component: COMPONENTS[suite], cases, counts, score, target, status: score !== null && score >= target ? 'met' : 'missed' };
}
