// Multidoc pull, dry-run and transactional push (reference/meta-api.md §2.12, §4).
import { z } from 'zod';
import { wsPath, type ClientContext } from './context.js';
import { XanoSyntaxError, type LocalPosition } from './errors.js';
import { locateMultidoc, reparse, toDocument, type Source, type SourceDocument } from './locate.js';
import type { WriteOutcome } from './requester.js';
import { previewSchema, pushResultSchema, type GuidMapEntry, type Preview, type PreviewOperation, type PushResult } from './schemas.js';
import { identityKey, joinMultidoc, readHeader, splitMultidoc } from '@xac/xanoscript-dsl/layout';

/** Documents to push: one multidoc string, or documents with the files they came from. */
export type MultidocInput = string | readonly Source[];

export interface MultidocOptions {
  /** Also delete server objects missing from the push (needs `partial: false`). */
  readonly delete?: boolean;
  readonly partial?: boolean;
  readonly env?: boolean;
  readonly records?: boolean;
  /** Empty the pushed tables before the import. */
  readonly truncate?: boolean;
  readonly transaction?: boolean;
}

/** A blocking problem of the preview, located in the local file. */
export interface PreviewProblem extends LocalPosition {
  readonly message: string;
  readonly operation: PreviewOperation;
}
export interface CheckedPreview extends Preview {
  readonly problems: readonly PreviewProblem[];
}

export interface MultidocApi {
  /** The workspace as one multidoc text. */
  get(opts?: { readonly includeDraft?: boolean; readonly env?: boolean; readonly records?: boolean }): Promise<string>;
  dryRun(input: MultidocInput, opts?: MultidocOptions): Promise<CheckedPreview>;
  /** All-or-nothing push; a syntax error names the local file:line:col. */
  push(input: MultidocInput, opts?: MultidocOptions): Promise<PushResult>;
}

const BLOCKING = /exception:|mvp:placeholder/;
const CHANGES = new Set(['create', 'update', 'delete', 'cascade_delete', 'truncate', 'add_field', 'update_field', 'drop_field', 'alter_field']);

function documentsOf(input: MultidocInput): SourceDocument[] {
  return typeof input === 'string' ? splitMultidoc(input).map((text) => ({ text })) : input.map(toDocument);
}

const pushQuery = (ctx: ClientContext, o: MultidocOptions) => ({
  branch: ctx.branch,
  partial: o.partial ?? true,
  delete: o.delete ?? false,
  env: o.env ?? false,
  records: o.records ?? false,
  truncate: o.truncate ?? false,
  transaction: o.transaction ?? true,
});

async function problemsOf(preview: Preview, docs: readonly SourceDocument[], redact: (t: string) => string): Promise<PreviewProblem[]> {
  const out: PreviewProblem[] = [];
  for (const operation of preview.operations) {
    const details = typeof operation.details === 'string' ? operation.details : '';
    if (!BLOCKING.test(details)) continue;
    const found = await reparse(docs, { type: operation.type, name: operation.name }, details);
    out.push(...found.map((f) => ({ ...f, path: redact(f.path), message: redact(f.message), operation })));
  }
  return out;
}

function guidMapFrom(remote: string, docs: readonly SourceDocument[]): GuidMapEntry[] {
  const wanted = new Set(docs.map((d) => readHeader(d.text)).flatMap((h) => (h ? [identityKey(h)] : [])));
  return splitMultidoc(remote).flatMap((text) => {
    const h = readHeader(text);
    if (!h?.guid || !wanted.has(identityKey(h))) return [];
    return [{ type: h.type, name: h.name, guid: h.guid, verb: h.verb ?? null, api_group: h.apiGroup ?? null }];
  });
}

/**
 * @example const preview = await createMultidocApi(ctx).dryRun(files.map((f) => ({path: f.path, text: f.text})), {delete: true});
 */
export function createMultidocApi(ctx: ClientContext): MultidocApi {
  const r = ctx.requester;
  const path = `${wsPath(ctx)}/multidoc`;
  const redact = (t: string) => r.redact(t);
  const get: MultidocApi['get'] = (o = {}) => {
    const query = { branch: ctx.branch, include_draft: o.includeDraft ?? false, env: o.env ?? false, records: o.records ?? false };
    return r.call({ method: 'GET', path, query, schema: z.string(), text: true });
  };
  const dryRun: MultidocApi['dryRun'] = async (input, o = {}) => {
    const docs = documentsOf(input);
    const body = joinMultidoc(docs.map((d) => d.text));
    const call = { method: 'POST', path: `${path}/dry-run`, query: pushQuery(ctx, o), body, contentType: 'text/x-xanoscript', safe: true } as const;
    const preview = await r.call({ ...call, schema: previewSchema }).catch((e: unknown) => rethrow(e, docs, redact));
    return { ...preview, problems: await problemsOf(preview, docs, redact) };
  };
  const push: MultidocApi['push'] = async (input, o = {}) => {
    const docs = documentsOf(input);
    const deletes = o.delete === true && o.partial === false;
    const readBack = async (): Promise<WriteOutcome<PushResult>> => {
      const preview = await dryRun(docs, { ...o, delete: deletes });
      const pending = preview.problems.length > 0 || preview.operations.some((op) => CHANGES.has(op.action));
      return pending ? { landed: false } : { landed: true, value: { guid_map: guidMapFrom(await get(), docs) } };
    };
    const body = joinMultidoc(docs.map((d) => d.text));
    const call = { method: 'POST', path, query: pushQuery(ctx, o), body, contentType: 'text/x-xanoscript', readBack } as const;
    return r.call({ ...call, schema: pushResultSchema }).catch((e: unknown) => rethrow(e, docs, redact));
  };
  return { get, dryRun, push };
}

async function rethrow(err: unknown, docs: readonly SourceDocument[], redact: (t: string) => string): Promise<never> {
  if (err instanceof XanoSyntaxError) throw await locateMultidoc(err, docs, redact);
  throw err;
}
