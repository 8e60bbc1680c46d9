// Response shapes (reference/meta-api.md §2), validated with zod. Objects are loose: Xano adds fields.
import { z } from 'zod';

const timestamp = z.union([z.string(), z.number()]);

/** `xanoscript` arrives as `{status, value, message?}` or, from some servers, a bare string (§2.1). */
export const xanoscriptFieldSchema = z.union([
  z.string().transform((value) => ({ status: 'ok', value, message: undefined })),
  z.object({ status: z.string(), value: z.string().nullish(), message: z.string().optional() }),
]);

/** A function, task, table, api group, middleware or addon as the Meta API returns it. */
export const xanoObjectSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  guid: z.string().nullish(),
  description: z.string().nullish(),
  branch: z.string().nullish(),
  created_at: timestamp.nullish(),
  updated_at: timestamp.nullish(),
  xanoscript: xanoscriptFieldSchema.optional(),
});
export type XanoObject = z.infer<typeof xanoObjectSchema>;

/** An API endpoint: `name` is the route path (§2.1). */
export const xanoEndpointSchema = xanoObjectSchema.extend({
  verb: z.string(),
  apigroup_id: z.number().nullish(),
});
export type XanoEndpoint = z.infer<typeof xanoEndpointSchema>;

/** Tier A list envelope `{curPage, nextPage, prevPage, items}`. */
export function envelopeSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    curPage: z.number().nullish(),
    nextPage: z.number().nullish(),
    prevPage: z.number().nullish(),
    items: z.array(item),
  });
}
export interface Envelope<T> {
  readonly curPage?: number | null;
  readonly nextPage?: number | null;
  readonly items: T[];
}

export const meSchema = z.looseObject({ id: z.union([z.number(), z.string()]), name: z.string().nullish(), email: z.string().nullish() });
export type Me = z.infer<typeof meSchema>;

export const workspaceSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.string().nullish(),
  preferences: z.looseObject({ allow_push: z.boolean().optional() }).optional(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** `GET /workspace` is a bare array; some servers wrap it in `{items}` or `{workspaces}` (§2.1). */
export const workspaceListSchema = z.union([
  z.array(workspaceSchema),
  z.object({ items: z.array(workspaceSchema) }).transform((o) => o.items),
  z.object({ workspaces: z.array(workspaceSchema) }).transform((o) => o.workspaces),
]);

export const branchSchema = z.looseObject({
  label: z.string(),
  live: z.boolean(),
  backup: z.boolean().optional(),
  created_at: timestamp.nullish(),
});
export type Branch = z.infer<typeof branchSchema>;

export const previewOperationSchema = z.looseObject({
  action: z.string(),
  type: z.string(),
  name: z.string(),
  details: z.unknown().optional(),
  reason: z.string().nullish(),
});
export type PreviewOperation = z.infer<typeof previewOperationSchema>;

/** The multidoc dry-run preview (§2.12). */
export const previewSchema = z.looseObject({
  workspace_name: z.string().nullish(),
  summary: z.record(z.string(), z.record(z.string(), z.number())),
  operations: z.array(previewOperationSchema),
});
export type Preview = z.infer<typeof previewSchema>;

export const guidMapEntrySchema = z.looseObject({
  type: z.string(),
  name: z.string(),
  guid: z.string(),
  verb: z.string().nullish(),
  api_group: z.string().nullish(),
});
export type GuidMapEntry = z.infer<typeof guidMapEntrySchema>;

/** The multidoc push answer: `{guid_map}`, or `null` (tolerated, §2.12). */
export const pushResultSchema = z
  .union([z.null(), z.looseObject({ guid_map: z.array(guidMapEntrySchema).optional() })])
  .transform((r) => ({ guid_map: r?.guid_map ?? [] }));
export type PushResult = z.infer<typeof pushResultSchema>;

/** A DELETE answers `null` or `{}` (§2.15); anything JSON is accepted. */
export const deleteResultSchema = z.unknown();
