// Tables, schema as XanoScript, and their content pages (read by the validation suites; deploy never
// touches content).
import { z } from 'zod';
import { wsPath, type ClientContext } from './context.js';
import { createObjectApi, type ObjectApi } from './object-api.js';
import type { WriteOutcome } from './requester.js';
import { xanoObjectSchema } from './schemas.js';

/** One page of a table's rows: `GET /table/{id}/content?page&per_page`. */
export interface ContentPage {
  readonly items: readonly Readonly<Record<string, unknown>>[];
  readonly itemsTotal: number;
  readonly nextPage: number | null;
}

export interface TablesApi extends ObjectApi {
  /** `POST /table/{id}/schema/rename {old_name, new_name}`: renames a column, keeping its data. */
  renameColumn(id: number, oldName: string, newName: string): Promise<void>;
  /** One page of rows, ordered by id; `itemsTotal` counts the whole table. */
  content(id: number, page: number, perPage: number): Promise<ContentPage>;
}

const contentPageSchema = z.object({
  items: z.array(z.record(z.string(), z.unknown())),
  itemsTotal: z.number(),
  nextPage: z.number().nullish().transform((n) => n ?? null),
});

const hasColumn = (text: string, name: string) => new RegExp(`^\\s+\\S+\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\??(\\s|=|$)`, 'm').test(text);

/**
 * `/workspace/{ws}/table`.
 * @example const users = await createTablesApi(ctx).find({name: 'user'}, {includeXanoscript: true});
 */
export function createTablesApi(ctx: ClientContext): TablesApi {
  const path = `${wsPath(ctx)}/table`;
  const base = createObjectApi(ctx, { path, schema: xanoObjectSchema, identityOf: (o) => o });
  const renameColumn = async (id: number, oldName: string, newName: string) => {
    const readBack = async (): Promise<WriteOutcome<unknown>> => {
      const text = (await base.get(id, { includeXanoscript: true })).xanoscript?.value ?? '';
      return hasColumn(text, newName) && !hasColumn(text, oldName) ? { landed: true, value: null } : { landed: false };
    };
    const body = JSON.stringify({ old_name: oldName, new_name: newName });
    const call = { method: 'POST', path: `${path}/${id}/schema/rename`, query: { branch: ctx.branch }, body, contentType: 'application/json' } as const;
    await ctx.requester.call({ ...call, schema: z.unknown(), readBack });
  };
  const content = (id: number, page: number, perPage: number): Promise<ContentPage> =>
    ctx.requester.call({ method: 'GET', path: `${path}/${id}/content`, query: { page, per_page: perPage }, schema: contentPageSchema });
  return { ...base, renameColumn, content };
}
