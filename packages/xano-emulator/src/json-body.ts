// A JSON request body that must be an object: anything else (`null`, `[]`, broken JSON) is 400.
import { badRequest } from './http-error.js';

/**
 * The body parsed as a JSON object; an empty body is `{}`.
 * @example const { label } = jsonObjectBody(ctx.body);
 */
export function jsonObjectBody(body: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(body === '' ? '{}' : body);
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('Invalid JSON body: expected an object');
}
