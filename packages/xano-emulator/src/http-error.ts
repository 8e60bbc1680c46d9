// Error answers with Xano's body `{code, message, payload}` (reference/meta-api.md §2.15, §6).

/** Thrown by a route handler; the server turns it into the HTTP answer. */
export class EmulatorHttpError extends Error {
  override readonly name = 'EmulatorHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly payload: unknown = null,
  ) {
    super(message);
  }
}

/** 404 with the message clients match on (§6 #16). */
export const notFound = (): EmulatorHttpError => new EmulatorHttpError(404, 'ERROR_CODE_NOT_FOUND', 'Unable to locate request.');

/** 400 for a duplicate name or verb+path (§6 #18). */
export const nameInUse = (name: string): EmulatorHttpError =>
  new EmulatorHttpError(400, 'ERROR_CODE_INPUT_ERROR', `${name} name is already being used`, { param: 'name' });

/** 400 for a malformed or misplaced document (§6 #19). */
export const badRequest = (message: string): EmulatorHttpError => new EmulatorHttpError(400, 'ERROR_CODE_BAD_REQUEST', message);

/** 400 with `payload.param`. */
export const inputError = (message: string, param?: string): EmulatorHttpError =>
  new EmulatorHttpError(400, 'ERROR_CODE_INPUT_ERROR', message, param === undefined ? null : { param });
