// Reading a plan file back (`xac apply plan.json`): validated with zod, version checked.
import { z } from 'zod';
import { HAZARD_KINDS, RESOURCE_KINDS, type Plan } from './types.js';

/** A plan file that is not a version-1 plan. */
export class PlanFileError extends Error {
  override readonly name = 'PlanFileError';
}

const ref = z.object({ type: z.enum(RESOURCE_KINDS), name: z.string(), verb: z.string().optional(), apiGroup: z.string().optional() });
const planSchema = z.object({
  version: z.literal(1),
  target: z.object({ name: z.string(), instance: z.string(), workspaceId: z.number(), branch: z.string() }),
  remoteFingerprint: z.string(),
  steps: z.array(
    z.object({
      kind: z.enum(['create', 'update', 'delete', 'noop']),
      resource: ref,
      file: z.string().optional(),
      text: z.string().optional(),
      diff: z.string().optional(),
      renames: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
      remote: z.object({ id: z.number(), guid: z.string() }).optional(),
    }),
  ),
  remoteOnly: z.array(ref),
  hazards: z.array(
    z.object({
      kind: z.enum(HAZARD_KINDS),
      resource: ref,
      message: z.string(),
      column: z.string().optional(),
      suspectedRename: z.object({ from: z.string(), to: z.string() }).optional(),
    }),
  ),
});

/**
 * Parses the text of a plan file.
 * @example const plan = parsePlanFile(readFileSync('plan.json', 'utf8'), 'plan.json');
 */
export function parsePlanFile(text: string, path: string): Plan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PlanFileError(`${path}: not JSON; make one with \`xac plan --out ${path}\``);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== 1) throw new PlanFileError(`${path}: plan version ${String(version)} is not supported (expected 1)`);
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanFileError(`${path}: not a valid plan: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown shape'}`);
  }
  return parsed.data as Plan;
}
