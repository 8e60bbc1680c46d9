import type { Document, Node } from '@xac/xanoscript-dsl/ast';
import { transform, visitorKeys } from '@xac/xanoscript-dsl/ast';
import { parse, type Diagnostic } from '@xac/xanoscript-dsl/parser';
import { print } from '@xac/xanoscript-dsl/printer';
import type { Finding, Fix } from '../define-rule.js';

// The autofix loop: fixes are AST edits; a pass applies the non-overlapping ones, prints the tree and
// re-parses the text. Output that parses worse than the input is rejected (then each fix is tried
// alone). Passes repeat until nothing changes, at most 10.

export const MAX_FIX_PASSES = 10;

const range = (n: Node): [number, number] => [n.loc?.start.offset ?? -1, n.loc?.end.offset ?? -1];

/** Fixes whose nodes do not overlap, in source order (the first of overlapping ones wins). */
export function nonOverlapping(fixes: readonly Fix[]): Fix[] {
  const out: Fix[] = [];
  const taken: Array<[number, number]> = [];
  for (const f of [...fixes].sort((a, b) => range(a.node)[0] - range(b.node)[0])) {
    const [s, e] = range(f.node);
    if (s < 0 || taken.some(([ts, te]) => s < te && ts < e)) continue;
    taken.push([s, e]);
    out.push(f);
  }
  return out;
}

function spliceLists(n: Node, lists: ReadonlyMap<Node, Fix>): Node {
  let copy: Record<string, unknown> | undefined;
  for (const key of visitorKeys[n.kind] as readonly string[]) {
    const v = (n as unknown as Record<string, unknown>)[key];
    if (!Array.isArray(v) || !v.some((c) => lists.has(c as Node))) continue;
    const next = (v as Node[]).flatMap((c) => {
      const f = lists.get(c);
      if (f?.kind === 'remove') return [];
      if (f?.kind === 'insertBefore') return [...f.with, c];
      return [c];
    });
    copy ??= { ...n };
    copy[key] = Object.freeze(next);
  }
  return copy ? (Object.freeze(copy) as unknown as Node) : n;
}

/**
 * Applies fixes to a document (fixes must not overlap; see nonOverlapping).
 * @example const fixed = applyFixes(doc, [{ kind: 'replace', node: oldExpr, with: newExpr }]);
 */
export function applyFixes(doc: Document, fixes: readonly Fix[]): Document {
  const replace = new Map<Node, Node>();
  const lists = new Map<Node, Fix>();
  for (const f of fixes) {
    if (f.kind === 'replace') replace.set(f.node, f.with);
    else lists.set(f.node, f);
  }
  return transform(doc, (n) => spliceLists(replace.get(n) ?? n, lists));
}

const errorCount = (text: string): number => {
  const r = parse(text);
  return r.ast ? r.diagnostics.filter((d) => d.severity === 'error').length : Number.POSITIVE_INFINITY;
};

/** One pass: the printed text with as many of the fixes as keep the file parsing, or undefined. */
function fixPass(text: string, doc: Document, fixes: readonly Fix[]): string | undefined {
  const before = errorCount(text);
  const chosen = nonOverlapping(fixes);
  const all = print(applyFixes(doc, chosen));
  if (errorCount(all) <= before) return all === text ? undefined : all;
  const kept = chosen.filter((f) => errorCount(print(applyFixes(doc, [f]))) <= before);
  if (kept.length === 0) return undefined;
  const some = print(applyFixes(doc, kept));
  return errorCount(some) <= before && some !== text ? some : undefined;
}

export interface FixOutcome {
  readonly text: string;
  readonly passes: number;
  /** How many fixes were applied over all passes. */
  readonly applied: number;
}

/**
 * Fixes one file until stable: `lint(text, doc)` returns the findings of the current text.
 * @example const { text } = fixUntilStable(source, (t, d) => lintDocument({ path, text: t }, d, ws, rules));
 */
export function fixUntilStable(text: string, lint: (text: string, doc: Document, diagnostics: readonly Diagnostic[]) => readonly Finding[]): FixOutcome {
  let cur = text;
  let applied = 0;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const parsed = parse(cur);
    const doc = parsed.ast;
    // A multidoc file is printed whole or not at all: fixing one object would drop the others.
    if (!doc || parsed.documents.length !== 1) return { text: cur, passes: pass, applied };
    const fixes = lint(cur, doc, parsed.diagnostics).flatMap((f) => (f.fix ? [f.fix] : []));
    const next = fixes.length > 0 ? fixPass(cur, doc, fixes) : undefined;
    if (next === undefined) return { text: cur, passes: pass, applied };
    applied += nonOverlapping(fixes).length;
    cur = next;
  }
  return { text: cur, passes: MAX_FIX_PASSES, applied };
}
