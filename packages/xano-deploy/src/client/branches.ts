// Branches (reference/meta-api.md §2.4): the label is in the path; `v1` is the default and cannot go.
import { wsPath, type ClientContext } from './context.js';
import { NotFoundError } from './errors.js';
import type { WriteOutcome } from './requester.js';
import { branchSchema, deleteResultSchema, type Branch } from './schemas.js';
import { z } from 'zod';

export interface BranchesApi {
  /** Every branch except backups. */
  list(): Promise<Branch[]>;
  get(label: string): Promise<Branch>;
  create(label: string, opts?: { readonly sourceBranch?: string; readonly description?: string }): Promise<Branch>;
  delete(label: string): Promise<void>;
  setLive(label: string): Promise<void>;
}

/**
 * @example await createBranchesApi(ctx).create('feature-x', {sourceBranch: 'v1'});
 */
export function createBranchesApi(ctx: ClientContext): BranchesApi {
  const r = ctx.requester;
  const base = `${wsPath(ctx)}/branch`;
  const get = (label: string) => r.call({ method: 'GET', path: `${base}/${encodeURIComponent(label)}`, schema: branchSchema });
  const exists = async (label: string) => {
    try {
      return await get(label);
    } catch (err) {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    }
  };
  return {
    list: async () => (await r.call({ method: 'GET', path: base, schema: z.array(branchSchema) })).filter((b) => !b.backup),
    get,
    create: (label, o = {}) => {
      const readBack = async (): Promise<WriteOutcome<Branch>> => {
        const found = await exists(label);
        return found ? { landed: true, value: found } : { landed: false };
      };
      const body = JSON.stringify({ label, source_branch: o.sourceBranch ?? 'v1', description: o.description ?? '' });
      return r.call({ method: 'POST', path: base, body, contentType: 'application/json', schema: branchSchema, readBack });
    },
    delete: async (label) => {
      const readBack = async (): Promise<WriteOutcome<unknown>> => ((await exists(label)) ? { landed: false } : { landed: true, value: null });
      await r.call({ method: 'DELETE', path: `${base}/${encodeURIComponent(label)}`, schema: deleteResultSchema, readBack });
    },
    setLive: async (label) => {
      await r.call({ method: 'POST', path: `${base}/${encodeURIComponent(label)}/live`, schema: z.unknown(), safe: true });
    },
  };
}
