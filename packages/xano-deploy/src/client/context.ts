// What every resource module needs: the requester and the target it is bound to.
import type { PositionBase } from './locate.js';
import type { Requester } from './requester.js';

export interface ClientContext {
  readonly requester: Requester;
  readonly workspaceId: number;
  /** The branch label; '' means the live branch (reference §1.3). */
  readonly branch: string;
  readonly positionBase: PositionBase;
  /** Re-read an object after PUT (one server once did not return the updated object, §7.6). */
  readonly refetchAfterUpdate: boolean;
  readonly perPage: number;
}

/** `/workspace/{id}`. */
export const wsPath = (ctx: ClientContext): string => `/workspace/${ctx.workspaceId}`;
