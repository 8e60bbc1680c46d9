import type { Node, Stmt } from '@xac/xanoscript-dsl/ast';
import { attrOf, stringOf, walkLive } from './ast-util.js';

// Which statements do work that outlives the request (a write, a call, a request that is not a
// GET, a header, an email …) and which only compute a value. Used where a rule must tell a stack
// that reads from one that acts: `empty-endpoint` (a read-only stack answering null throws its work
// away) and `silent-catch` (a try that only reads keeps its fallback values when it fails).

/** Statement kinds that act (a `return` answers by itself; a raw statement is unknown, so it counts). */
const EFFECT_KINDS: ReadonlySet<string> = new Set([
  'DbAddStmt', 'DbEditStmt', 'DbPatchStmt', 'DbAddOrEditStmt', 'DbDelStmt', 'FunctionRunStmt', 'RawStmt', 'ReturnStmt',
]);
/** Generic statements that only compute a value; any other generic statement may write, send or set a header. */
const PURE_GENERIC = /^(array|math|text|object|json|debug|expect|security\.create_uuid|util\.(sleep|get_raw_input|get_env))\b/;

/** Whether one node acts: see EFFECT_KINDS; `api.request` acts unless its method is GET (the default). */
export function isEffect(n: Node): boolean {
  if (EFFECT_KINDS.has(n.kind)) return true;
  if (n.kind === 'ApiRequestStmt') return (stringOf(attrOf(n, 'method')) ?? 'GET').toUpperCase() !== 'GET';
  return n.kind === 'GenericStmt' && !PURE_GENERIC.test(n.name);
}

/**
 * Whether any running statement of a stack (nested ones included, disabled ones skipped) acts.
 * @example hasEffect(query.stack ?? []) // false for a stack of `var` and `db.query` only
 */
export function hasEffect(stack: readonly Stmt[]): boolean {
  let found = false;
  for (const s of stack) walkLive(s, (n) => void (isEffect(n) && (found = true)));
  return found;
}
