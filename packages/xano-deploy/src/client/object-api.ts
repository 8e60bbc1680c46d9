// The function-pattern resource shared by functions, tasks, tables, api groups, middleware, addons and
// (scoped to a group) endpoints: paged list, get, raw-XanoScript POST/PUT, DELETE (reference §2.5–2.11).
import type { z } from 'zod';
import type { ClientContext } from './context.js';
import { NotFoundError, XanoSyntaxError } from './errors.js';
import { locateSingle, toDocument, type Source, type SourceDocument } from './locate.js';
import { collectPages } from './paging.js';
import type { WriteOutcome } from './requester.js';
import { deleteResultSchema, envelopeSchema, type XanoObject } from './schemas.js';
import { readHeader, sameDocument, type DocumentHeader } from '@xac/xanoscript-dsl/layout';

export interface ReadOptions {
  readonly includeXanoscript?: boolean;
  readonly includeDraft?: boolean;
}
export interface ListOptions extends ReadOptions {
  readonly search?: string;
}
export interface UpdateOptions {
  /** false saves a draft (reference §2.13). Default true. */
  readonly publish?: boolean;
}

/** CRUD over one kind of XanoScript object. Writes answer with `xanoscript` included. */
export interface ObjectApi<T extends XanoObject = XanoObject> {
  list(opts?: ListOptions): Promise<T[]>;
  get(id: number, opts?: ReadOptions): Promise<T>;
  /** The object with this identity (name, + verb for endpoints), if any. */
  find(identity: Pick<DocumentHeader, 'name' | 'verb'>, opts?: ReadOptions): Promise<T | undefined>;
  create(source: Source): Promise<T>;
  update(id: number, source: Source, opts?: UpdateOptions): Promise<T>;
  delete(id: number): Promise<void>;
}

export interface ObjectApiSpec<T extends XanoObject> {
  /** Collection path below /api:meta, e.g. `/workspace/1/function`. */
  readonly path: string;
  readonly schema: z.ZodType<T>;
  readonly identityOf: (o: T) => Pick<DocumentHeader, 'name' | 'verb'>;
}

const flags = (ctx: ClientContext, o: ReadOptions = {}) => ({
  branch: ctx.branch,
  include_xanoscript: o.includeXanoscript ?? false,
  ...(o.includeDraft ? { include_draft: true } : {}),
});

const sameIdentity = (a: Pick<DocumentHeader, 'name' | 'verb'>, b: Pick<DocumentHeader, 'name' | 'verb'>) =>
  a.name === b.name && (a.verb ?? '').toUpperCase() === (b.verb ?? '').toUpperCase();

/** True when the object's stored XanoScript is the text we sent (guids and whitespace aside). */
function holds(o: XanoObject, text: string): boolean {
  const value = o.xanoscript?.value;
  return typeof value !== 'string' || sameDocument(value, text);
}

async function rethrowLocated(err: unknown, doc: SourceDocument, ctx: ClientContext): Promise<never> {
  if (err instanceof XanoSyntaxError) throw await locateSingle(err, doc, ctx.positionBase, (t) => ctx.requester.redact(t));
  throw err;
}

/**
 * Builds the CRUD api for one resource.
 * @example const functions = createObjectApi(ctx, {path: '/workspace/1/function', schema: xanoObjectSchema, identityOf: (o) => o});
 */
export function createObjectApi<T extends XanoObject>(ctx: ClientContext, spec: ObjectApiSpec<T>): ObjectApi<T> {
  const r = ctx.requester;
  const pageSchema = envelopeSchema(spec.schema) as unknown as z.ZodType<{ items: T[]; nextPage?: number | null }>;
  const get = (id: number, o?: ReadOptions) => r.call({ method: 'GET', path: `${spec.path}/${id}`, query: flags(ctx, o), schema: spec.schema });
  const list = (o: ListOptions = {}) =>
    collectPages((page) =>
      r.call({ method: 'GET', path: spec.path, query: { ...flags(ctx, o), page, per_page: ctx.perPage, search: o.search }, schema: pageSchema }),
    );
  const find = async (id: Pick<DocumentHeader, 'name' | 'verb'>, o?: ReadOptions) =>
    (await list(o)).find((x) => sameIdentity(spec.identityOf(x), id));
  return {
    list,
    get,
    find,
    create: (source) => create(ctx, spec, toDocument(source), find),
    update: (id, source, o = {}) => update(ctx, spec, id, toDocument(source), o, get),
    delete: async (id) => {
      const readBack = async (): Promise<WriteOutcome<unknown>> => {
        try {
          await get(id);
          return { landed: false };
        } catch (err) {
          if (err instanceof NotFoundError) return { landed: true, value: null };
          throw err;
        }
      };
      await r.call({ method: 'DELETE', path: `${spec.path}/${id}`, query: { branch: ctx.branch }, schema: deleteResultSchema, readBack });
    },
  };
}

async function create<T extends XanoObject>(
  ctx: ClientContext,
  spec: ObjectApiSpec<T>,
  doc: SourceDocument,
  find: ObjectApi<T>['find'],
): Promise<T> {
  const header = readHeader(doc.text);
  const readBack = async (): Promise<WriteOutcome<T>> => {
    const found = header ? await find(header, { includeXanoscript: true }) : undefined;
    return found && holds(found, doc.text) ? { landed: true, value: found } : { landed: false };
  };
  const query = { branch: ctx.branch, include_xanoscript: true };
  const call = { method: 'POST', path: spec.path, query, body: doc.text, contentType: 'text/x-xanoscript', schema: spec.schema } as const;
  return ctx.requester.call({ ...call, ...(header ? { readBack } : {}) }).catch((e: unknown) => rethrowLocated(e, doc, ctx));
}

async function update<T extends XanoObject>(
  ctx: ClientContext,
  spec: ObjectApiSpec<T>,
  id: number,
  doc: SourceDocument,
  o: UpdateOptions,
  get: ObjectApi<T>['get'],
): Promise<T> {
  const publish = o.publish ?? true;
  const readOpts = { includeXanoscript: true, includeDraft: !publish };
  const readBack = async (): Promise<WriteOutcome<T>> => {
    const now = await get(id, readOpts);
    return holds(now, doc.text) && now.xanoscript !== undefined ? { landed: true, value: now } : { landed: false };
  };
  const query = { branch: ctx.branch, include_xanoscript: true, publish, ...(publish ? {} : { include_draft: true }) };
  const path = `${spec.path}/${id}`;
  const call = { method: 'PUT', path, query, body: doc.text, contentType: 'text/x-xanoscript', schema: spec.schema, readBack } as const;
  const answer = await ctx.requester.call(call).catch((e: unknown) => rethrowLocated(e, doc, ctx));
  return ctx.refetchAfterUpdate ? get(id, readOpts) : answer;
}
