import type { Node } from '../ast/node.js';
import { captureOrigin, type Origin } from './origin.js';

// State shared by every builder of one object while it is being defined: where each node was
// written (for the source map) and where escape hatches were used (for lint and the build report).

export interface EscapeUse {
  readonly what: 'unsafe' | 'raw.stmt' | 'raw.expr' | 'raw.object';
  readonly origin: () => Origin | undefined;
  /** Why the types reject what this marks (import writes one for each imported read it had to keep). */
  readonly reason?: string;
}

export class BuildContext {
  readonly origins = new WeakMap<Node, () => Origin | undefined>();
  readonly escapes: EscapeUse[] = [];
  /** Reserved variable names this object declares anyway, through `unsafe.varName()`. */
  readonly reservedAllowed = new Set<string>();

  /** Records where `node` was written (the caller of the DSL function). */
  mark<T extends Node>(node: T, origin = captureOrigin()): T {
    this.origins.set(node, origin);
    return node;
  }
}

/** The context of the object currently being defined (set while its stack callback runs). */
let active: BuildContext | undefined;

export function withContext<T>(ctx: BuildContext, body: () => T): T {
  const saved = active;
  active = ctx;
  try {
    return body();
  } finally {
    active = saved;
  }
}

/** Records an escape-hatch use in the active object's context, if any. */
export function noteEscape(what: EscapeUse['what'], reason?: string): void {
  active?.escapes.push({ what, origin: captureOrigin(), ...(reason === undefined ? {} : { reason }) });
}

/** Lets the active object declare a reserved variable name (`unsafe.name`). */
export function allowReserved(name: string): void {
  active?.reservedAllowed.add(name);
}

/** True when the active object declared `name` through `unsafe.name`. */
export function reservedAllowed(name: string): boolean {
  return active?.reservedAllowed.has(name) === true;
}
