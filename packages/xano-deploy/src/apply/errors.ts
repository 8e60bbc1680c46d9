// Why an apply or rollback stopped. All are user-facing (exit 1) and name the next command to run.
import { EXIT, UserError } from '../cli/errors.js';

/** The remote changed since the plan was made. */
export class StalePlanError extends UserError {
  constructor(planned: string, now: string) {
    super(`the plan is stale: it was made against ${planned}, the remote is now ${now}; make a new plan (xac plan --out plan.json)`, EXIT.findings);
    this.name = 'StalePlanError';
  }
}

/** A hazard the run did not `--allow`. */
export class HazardNotAllowedError extends UserError {
  constructor(lines: readonly string[]) {
    super(`refused: the plan has hazards that need --allow:\n${lines.join('\n')}`, EXIT.findings);
    this.name = 'HazardNotAllowedError';
  }
}

/** Another deploy holds the target's lock. */
export class LockedError extends UserError {
  constructor(file: string, holder: string) {
    super(`the target is locked by ${holder} (${file}); wait for it, or remove the file if that process is gone`, EXIT.findings);
    this.name = 'LockedError';
  }
}

/** A step failed; the deploy was rolled back (or says how to). */
export class ApplyFailedError extends UserError {
  constructor(
    message: string,
    readonly deployId: string,
  ) {
    super(message, EXIT.findings);
    this.name = 'ApplyFailedError';
  }
}

/** Ctrl-C: the step in flight finished and was recorded. */
export class InterruptedError extends UserError {
  constructor(readonly deployId: string) {
    super(`interrupted: the step in flight finished and was recorded; undo the applied steps with: xac rollback ${deployId}`, EXIT.findings);
    this.name = 'InterruptedError';
  }
}
