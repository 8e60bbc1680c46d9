// Response shapes of the FUB test endpoints (their endpointTests cases): a success with what the sync
// wrote, or the project's skip shape at the top level — nothing else passes.
import { z } from 'zod';

export const skipShape = z.object({ success: z.literal(true), skipped: z.literal(true), reason: z.string(), step: z.string() });

/** A FUB sync's success (`data` with the counts the worker reports) or a skip. */
export const fubSyncResult = (data: z.ZodRawShape) =>
  z.union([z.object({ success: z.literal(true), data: z.object(data), error: z.null(), step: z.string() }), skipShape]);

/** The counts every paging FUB worker reports. */
export const pulled = { fetched: z.number().int(), written: z.number().int() };
