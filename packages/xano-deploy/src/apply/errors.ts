// Why an apply or rollback stopped. Each names the next command to run; the CLI maps them to exit 1.

/** The remote changed since the plan was made. */
export class StalePlanError extends Error {
  constructor(planned: string, now: string) {
    super(`the plan is stale: it was made against ${planned}, the remote is now ${now}; make a new plan (xac plan --out plan.json)`);
    this.name = 'StalePlanError';
  }
}

/** A hazard the run did not `--allow`. */
export class HazardNotAllowedError extends Error {
  constructor(lines: readonly string[]) {
    super(`refused: the plan has hazards that need --allow:\n${lines.join('\n')}`);
    this.name = 'HazardNotAllowedError';
  }
}

/** Another deploy holds the target's lock. */
export class LockedError extends Error {
  constructor(file: string, holder: string) {
    super(`the target is locked by ${holder} (${file}); wait for it, or remove the file if that process is gone`);
    this.name = 'LockedError';
  }
}

/** A step failed; the deploy was rolled back (or says how to). */
export class ApplyFailedError extends Error {
  constructor(
    message: string,
    readonly deployId: string,
  ) {
    super(message);
    this.name = 'ApplyFailedError';
  }
}

/** Ctrl-C: the step in flight finished and was recorded. */
export class InterruptedError extends Error {
  constructor(readonly deployId: string) {
    super(`interrupted: the step in flight finished and was recorded; undo the applied steps with: xac rollback ${deployId}`);
    this.name = 'InterruptedError';
  }
}
