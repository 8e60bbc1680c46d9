// The document a create or update carries: raw `text/x-xanoscript` (what every client sends), or
// the docs' JSON `{name, description, xanoscript}` (reference/meta-api.md §1.5); an api group may
// also come as JSON without XanoScript `{name, description}`.
import { inputError } from './http-error.js';
import { jsonObjectBody } from './json-body.js';
import type { ObjectType } from './kinds.js';
import { checkName } from './names.js';
import type { RouteContext } from './router.js';
import type { DocumentValidator, ValidDocument } from './validate.js';

function apiGroupText(name: string, description: unknown): string {
  const canonical = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'group';
  const desc = typeof description === 'string' && description !== '' ? `  description = ${JSON.stringify(description)}\n` : '';
  return `api_group ${JSON.stringify(name)} {\n  canonical = ${JSON.stringify(canonical)}\n${desc}}\n`;
}

function fromJson(c: RouteContext, type: ObjectType): { text: string; name?: string; verb?: string } {
  const body = jsonObjectBody(c.body);
  const name = body.name === undefined ? undefined : checkName(body.name, 'name');
  const verb = typeof body.verb === 'string' ? body.verb.toUpperCase() : undefined;
  if (typeof body.xanoscript === 'string') return { text: body.xanoscript, ...(name ? { name } : {}), ...(verb ? { verb } : {}) };
  if (body.xanoscript !== undefined) throw inputError('xanoscript must be text', 'xanoscript');
  if (type === 'api_group' && name !== undefined) return { text: apiGroupText(name, body.description) };
  throw inputError('xanoscript is required', 'xanoscript');
}

/**
 * The validated document of a create or update request, whatever its content type.
 * @example const doc = requestDocument(ctx, 'function'); // from text/x-xanoscript or {name, xanoscript}
 */
export function requestDocument(c: RouteContext, type: ObjectType, validate: DocumentValidator = c.validate): ValidDocument {
  if (!c.contentType.toLowerCase().includes('json')) return validate.check(c.body, type);
  const sent = fromJson(c, type);
  const doc = validate.check(sent.text, type);
  // An endpoint's `name` in the docs' JSON is a label beside its path; every other kind's is its name.
  if (type !== 'query' && sent.name !== undefined && sent.name !== doc.header.name) {
    throw inputError(`name "${sent.name}" does not match the document's name "${doc.header.name}"`, 'name');
  }
  if (sent.verb !== undefined && sent.verb !== doc.header.verb) throw inputError(`verb ${sent.verb} does not match the document's verb`, 'verb');
  return doc;
}
