// One lint everywhere (issue 9): `xac lint` and the deploy gate read the same setup — the config's
// `lint` section (rule levels and options) and the baseline file it names — and run the same
// `lintProject` (with the escape hatches the build's source maps name), so a finding that fails one fails the other and a baselined one passes both.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEscapeResolver, lintProject, parseBaseline, type Baseline, type EscapeResolver, type LintConfig, type LintFile, type LintResult } from '@xac/validators';
import type { XacConfig } from '../config/index.js';

export interface LintSetup {
  readonly config: LintConfig;
  readonly baseline?: Baseline;
  /** The baseline file, relative to the project root (the config's, or `--baseline`). */
  readonly baselineFile?: string;
  /** Escape hatches behind compiled files, from the build's source maps. */
  readonly escapes?: EscapeResolver;
}

/** A baseline file that is not a baseline (bad JSON or shape): names the file. */
export class LintBaselineError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'LintBaselineError';
  }
}

/**
 * The lint setup of a project: its config's `lint` section and the baseline it names (or `file`).
 * @example const setup = lintSetup(root, config); lintWithSetup(files, setup).errorCount
 */
export function lintSetup(root: string, config: Pick<XacConfig, 'lint'>, file?: string, readBaseline = true): LintSetup {
  const lint = config.lint as LintConfig;
  const baselineFile = file ?? lint.baseline;
  const escapes = createEscapeResolver((p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined));
  if (!readBaseline || baselineFile === undefined || !existsSync(join(root, baselineFile))) return { config: lint, escapes, ...(baselineFile ? { baselineFile } : {}) };
  try {
    return { config: lint, escapes, baselineFile, baseline: parseBaseline(readFileSync(join(root, baselineFile), 'utf8')) };
  } catch (err) {
    throw new LintBaselineError(baselineFile, err instanceof Error ? err.message : String(err));
  }
}

/** `lintProject` with a setup: what both `xac lint` and the gate run. */
export function lintWithSetup(files: readonly LintFile[], setup: LintSetup): LintResult {
  return lintProject({ files, config: setup.config, ...(setup.baseline ? { baseline: setup.baseline } : {}), ...(setup.escapes ? { escapes: setup.escapes } : {}) });
}
