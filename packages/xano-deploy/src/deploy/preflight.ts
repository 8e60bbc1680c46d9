// Before a command reads or writes a real instance: one request (the branch list) proves the token,
// the workspace id and the branch label, so a mistake in XANO_WORKSPACE_ID or XANO_BRANCH is named
// as such instead of surfacing as a 404 from some later call.
import { NotFoundError } from '../client/errors.js';
import type { XanoClient } from '../client/xano-client.js';

/** The workspace id names no workspace the token can see. */
export class WorkspaceNotFoundError extends Error {
  constructor(
    readonly workspaceId: number,
    readonly origin: string,
  ) {
    super(`workspace ${workspaceId} was not found on ${origin}`);
    this.name = 'WorkspaceNotFoundError';
  }
}

/** The branch label names no branch of the workspace. */
export class BranchNotFoundError extends Error {
  constructor(
    readonly branch: string,
    readonly workspaceId: number,
    readonly available: readonly string[],
  ) {
    super(`branch "${branch}" does not exist in workspace ${workspaceId} (it has: ${available.join(', ') || 'none'})`);
    this.name = 'BranchNotFoundError';
  }
}

/**
 * Checks that the client's workspace and branch exist (401/403 and connection errors pass through).
 * @example await checkTarget(client, 'https://x.xano.io');
 */
export async function checkTarget(client: XanoClient, origin: string): Promise<void> {
  const { workspaceId, branch } = client.target;
  let labels: string[];
  try {
    labels = (await client.branches.list()).map((b) => b.label);
  } catch (err) {
    if (err instanceof NotFoundError) throw new WorkspaceNotFoundError(workspaceId, origin);
    throw err;
  }
  if (branch !== '' && !labels.includes(branch)) throw new BranchNotFoundError(branch, workspaceId, labels);
}
