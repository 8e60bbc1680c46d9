// The JSON report of one `xac validate` run: every suite with its counts, score, target, status and
// cases (docs/validation.md).
import type { SuiteResult } from './score.js';

export interface ValidationReport {
  readonly version: 1;
  readonly generatedAt: string;
  readonly target: string;
  /** true when every suite met its target. */
  readonly ok: boolean;
  readonly suites: readonly SuiteResult[];
}

/**
 * The report of a run.
 * @example validationReport('emulator', results, new Date()).ok
 */
export function validationReport(target: string, suites: readonly SuiteResult[], at: Date): ValidationReport {
  return { version: 1, generatedAt: at.toISOString(), target, ok: suites.every((s) => s.status === 'met'), suites };
}

/** The report file's name, `validation-<ISO timestamp with : and . as ->.json` (as the seed named its reports). */
export const reportFileName = (at: Date): string => `validation-${at.toISOString().replace(/[:.]/g, '-')}.json`;
