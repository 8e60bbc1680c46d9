// Pure pieces of the client: response schemas, paging stop rule, error mapping, document helpers.
import { describe, expect, it } from 'vitest';
import { startHarness, fx } from './__fixtures__/harness.js';
import { AccessDeniedError, InputError, NotFoundError, RateLimitedError, ServerError, toApiError, UnauthorizedError, XanoApiError, XanoSyntaxError } from './errors.js';
import { collectPages } from './paging.js';
import { pushResultSchema, workspaceListSchema, xanoObjectSchema } from './schemas.js';
import { identityKey, injectGuid, joinMultidoc, readHeader, splitMultidoc, stripGuid } from '@xac/xanoscript-dsl/layout';

const id = (s: string) => s;

describe('schemas', () => {
  it('accept xanoscript as {status, value} or as a bare string, and timestamps as text or numbers', () => {
    const base = { id: 1, name: 'f', created_at: 1700000000, updated_at: '2023-04-19 21:01:32+0000' };
    expect(xanoObjectSchema.parse({ ...base, xanoscript: 'function "f" {}' }).xanoscript).toMatchObject({ status: 'ok', value: 'function "f" {}' });
    expect(xanoObjectSchema.parse({ ...base, xanoscript: { status: 'error', message: 'cannot render' } }).xanoscript?.message).toBe('cannot render');
    expect(xanoObjectSchema.parse({ ...base, extra: true })).toMatchObject({ extra: true });
  });

  it('accept a workspace list as an array, {items} or {workspaces}; a push answer as null or {guid_map}', () => {
    const ws = { id: 1, name: 'w' };
    for (const body of [[ws], { items: [ws] }, { workspaces: [ws] }]) expect(workspaceListSchema.parse(body)).toEqual([ws]);
    expect(pushResultSchema.parse(null)).toEqual({ guid_map: [] });
  });
});

describe('paging', () => {
  it('stops on a null or absent nextPage and on an empty page; refuses an endless loop', async () => {
    const pages = [{ items: [1, 2], nextPage: 2 }, { items: [3], nextPage: 3 }, { items: [], nextPage: 4 }];
    expect(await collectPages(async (p) => pages[p - 1] ?? { items: [] })).toEqual([1, 2, 3]);
    expect(await collectPages(async () => ({ items: [9] }))).toEqual([9]);
    await expect(collectPages(async () => ({ items: [1], nextPage: 1 }))).rejects.toThrow(/paging did not end/);
  });
});

describe('error mapping', () => {
  it('maps statuses and codes to typed errors', () => {
    const err = (status: number, body: unknown) => toApiError(status, typeof body === 'string' ? body : JSON.stringify(body), 'GET /x', id);
    expect(err(401, { code: 'ERROR_CODE_UNAUTHORIZED', message: 'no' })).toBeInstanceOf(UnauthorizedError);
    expect(err(403, { code: 'ERROR_CODE_ACCESS_DENIED', message: 'no' })).toBeInstanceOf(AccessDeniedError);
    expect(err(404, { code: 'ERROR_CODE_NOT_FOUND', message: 'Unable to locate request.' })).toBeInstanceOf(NotFoundError);
    expect(err(429, { code: 'ERROR_CODE_TOO_MANY_REQUESTS', message: 'slow down' })).toBeInstanceOf(RateLimitedError);
    expect(err(500, '<html>oops</html>')).toBeInstanceOf(ServerError);
    expect(err(409, { message: 'already exists' })).toBeInstanceOf(InputError);
    expect(err(418, {})).toBeInstanceOf(XanoApiError);
    const syn = err(400, { code: 'ERROR_CODE_SYNTAX_ERROR', message: 'bad', payload: { line: 2, col: 3 } });
    expect(syn).toBeInstanceOf(XanoSyntaxError);
    expect(syn.payload).toEqual({ line: 2, col: 3 });
    const input = err(400, { code: 'ERROR_CODE_INPUT_ERROR', message: 'x name is already being used', payload: { param: 'name' } });
    expect((input as InputError).param).toBe('name');
    expect(input.message).toBe('GET /x: 400 ERROR_CODE_INPUT_ERROR: x name is already being used');
  });

  it('reads 1-based server positions when told to', async () => {
    const h = await startHarness({ positionBase: 1 });
    const client = h.client({ positionBase: { line: 1, col: 1 } });
    const e = await client.functions.create({ text: fx.broken('b'), path: 'b.xs' }).catch((x: unknown) => x);
    expect((e as XanoSyntaxError).payload).toEqual({ line: 5, col: 12 });
    expect((e as XanoSyntaxError).locations[0]).toMatchObject({ path: 'b.xs', line: 5, column: 12 });
    await h.close();
  });
});

describe('documents', () => {
  it('reads headers like the official CLI, past comments, quoted or bare names', () => {
    expect(readHeader('// c\n\nquery users/{id} verb=get {\n  api_group = "A \\"x\\""\n  guid = "g1"\n}')).toEqual({
      type: 'query', name: 'users/{id}', verb: 'GET', apiGroup: 'A "x"', guid: 'g1',
    });
    expect(readHeader('function "a b" {\n}')).toEqual({ type: 'function', name: 'a b' });
    expect(readHeader('function util/slugify{\n}')).toEqual({ type: 'function', name: 'util/slugify' });
    expect(readHeader('// only a comment')).toBeUndefined();
    expect(identityKey({ type: 'function', name: 'a' })).toBe('function:a');
  });

  it('injects and strips guids before the final brace; splits and joins multidocs', () => {
    const text = 'function "a" {\r\n  input {\n  }\n}\n\n';
    const withGuid = injectGuid(text, 'g');
    expect(withGuid).toBe('function "a" {\n  input {\n  }\n  guid = "g"\n}\n');
    expect(injectGuid(withGuid, 'h')).toBe(withGuid.replace('"g"', '"h"'));
    expect(stripGuid(withGuid)).toBe('function "a" {\n  input {\n  }\n}\n');
    expect(splitMultidoc(joinMultidoc(['a {\n}\n', '', 'b {\n}']))).toEqual(['a {\n}', 'b {\n}']);
  });
});
