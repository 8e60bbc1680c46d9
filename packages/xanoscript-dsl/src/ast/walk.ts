import type { Node } from './node.js';
import { visitorKeys } from './visitor-keys.js';

/** Where a child sits in its parent: the property name and, for lists, the index. */
export interface WalkContext {
  readonly parent: Node | undefined;
  readonly key: string | undefined;
  readonly index: number | undefined;
  /** Ancestors from the root down to the parent. */
  readonly ancestors: readonly Node[];
}

export interface Visitor {
  /** Return `false` to skip the node's children. */
  enter?(node: Node, ctx: WalkContext): void | false;
  leave?(node: Node, ctx: WalkContext): void;
}

function childrenOf(node: Node): Array<[string, number | undefined, Node]> {
  const out: Array<[string, number | undefined, Node]> = [];
  const keys = visitorKeys[node.kind] as readonly string[];
  for (const key of keys) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) value.forEach((child, i) => out.push([key, i, child as Node]));
    else if (value !== undefined && value !== null) out.push([key, undefined, value as Node]);
  }
  return out;
}

/**
 * Visits every node depth-first in source order.
 * @example walk(doc, { enter(n) { if (n.kind === 'VarExpr') names.add(n.name); } });
 */
export function walk(root: Node, visitor: Visitor): void {
  const ancestors: Node[] = [];
  const visit = (node: Node, parent: Node | undefined, key: string | undefined, index: number | undefined) => {
    const ctx: WalkContext = { parent, key, index, ancestors: [...ancestors] };
    if (visitor.enter?.(node, ctx) === false) return;
    ancestors.push(node);
    for (const [k, i, child] of childrenOf(node)) visit(child, node, k, i);
    ancestors.pop();
    visitor.leave?.(node, ctx);
  };
  visit(root, undefined, undefined, undefined);
}

/**
 * Rebuilds a tree bottom-up: `fn` receives each node with its children already transformed and
 * returns the node to keep (the same object when nothing changed, so unchanged subtrees are shared).
 * @example const noLoc = transform(doc, (n) => { const { loc, ...rest } = n; return rest as Node; });
 */
export function transform<T extends Node>(root: T, fn: (node: Node) => Node): T {
  const go = (node: Node): Node => {
    let changed = false;
    const copy: Record<string, unknown> = { ...node };
    for (const key of visitorKeys[node.kind] as readonly string[]) {
      const value = copy[key];
      if (Array.isArray(value)) {
        const next = value.map((c) => go(c as Node));
        if (next.some((c, i) => c !== value[i])) {
          copy[key] = Object.freeze(next);
          changed = true;
        }
      } else if (value !== undefined && value !== null) {
        const next = go(value as Node);
        if (next !== value) {
          copy[key] = next;
          changed = true;
        }
      }
    }
    return fn(changed ? (Object.freeze(copy) as unknown as Node) : node);
  };
  return go(root) as T;
}

/** A copy of the tree without `loc` anywhere: what equality of two parses compares. */
export function stripLocations<T extends Node>(root: T): T {
  return transform(root, (node) => {
    if (node.loc === undefined) return node;
    const { loc: _loc, ...rest } = node;
    return Object.freeze(rest) as Node;
  });
}
