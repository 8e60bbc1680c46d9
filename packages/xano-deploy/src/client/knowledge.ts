// Workspace knowledge (agents.md, docs, skills) as the official CLI's `workspace pull` reads it:
// `GET /workspace/{ws}/knowledge/sync?branch=` answers a list of objects.
import { z } from 'zod';
import { wsPath, type ClientContext } from './context.js';

const knowledgeFile = z.object({ name: z.string(), content: z.string() });
export const knowledgeObjectSchema = z.looseObject({
  name: z.string(),
  knowledge_type: z.enum(['agents.md', 'doc', 'skill']),
  content: z.string(),
  description: z.string().nullish(),
  enabled: z.boolean().nullish(),
  files: z.array(knowledgeFile).nullish(),
  guid: z.string().nullish(),
  mode: z.string().nullish(),
  scope: z.string().nullish(),
});
export type KnowledgeObject = z.infer<typeof knowledgeObjectSchema>;

export interface KnowledgeApi {
  /** Every knowledge object of the branch. */
  list(): Promise<KnowledgeObject[]>;
}

/**
 * @example const objects = await createKnowledgeApi(ctx).list();
 */
export function createKnowledgeApi(ctx: ClientContext): KnowledgeApi {
  const schema = z.array(knowledgeObjectSchema);
  return { list: () => ctx.requester.call({ method: 'GET', path: `${wsPath(ctx)}/knowledge/sync`, query: { branch: ctx.branch }, schema }) };
}
