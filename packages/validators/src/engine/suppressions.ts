import type { Document, Node, SourceLocation } from '@xac/xanoscript-dsl/ast';
import { visitorKeys } from '@xac/xanoscript-dsl/ast';

// `// xac-disable-next-line rule-a, rule-b` (no ids: every rule) on a comment line suppresses findings
// inside the statement, field or object that follows it in the same list. A comment above the object
// covers the whole file.

export interface Suppression {
  /** The directive comment itself (for reporting it when it suppresses nothing). */
  readonly comment: SourceLocation | undefined;
  readonly start: number;
  readonly end: number;
  /** undefined = every rule. */
  readonly rules: ReadonlySet<string> | undefined;
}

const DIRECTIVE = /^\s*xac-disable-next-line\b(.*)$/;

function directive(n: Node | undefined): ReadonlySet<string> | undefined | false {
  const m = n?.kind === 'Comment' ? DIRECTIVE.exec(n.text) : null;
  if (!m) return false;
  const ids = (m[1] ?? '').split(/[\s,]+/).filter((s) => s.length > 0 && s !== '--');
  const cut = ids.indexOf('--');
  return ids.length === 0 ? undefined : new Set(cut === -1 ? ids : ids.slice(0, cut));
}

function scanList(list: readonly Node[], out: Suppression[]): void {
  list.forEach((n, i) => {
    const rules = directive(n);
    const next = list.slice(i + 1).find((x) => x.kind !== 'Comment');
    if (rules !== false && next?.loc) out.push({ comment: n.loc, start: next.loc.start.offset, end: next.loc.end.offset, rules });
  });
}

/**
 * Every suppression of a document.
 * @example isSuppressed(suppressionsOf(doc), 'no-redeclare', 120)
 */
export function suppressionsOf(doc: Document): Suppression[] {
  const out: Suppression[] = [];
  const visit = (n: Node): void => {
    for (const key of visitorKeys[n.kind] as readonly string[]) {
      const v = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        if (v.some((x: Node) => x.kind === 'Comment')) scanList(v as Node[], out);
        for (const c of v as Node[]) visit(c);
      } else if (v && typeof v === 'object' && 'kind' in v) visit(v as Node);
    }
  };
  scanList([...doc.comments, doc.object], out);
  visit(doc.object);
  return out;
}

export function isSuppressed(list: readonly Suppression[], rule: string, offset: number | undefined): boolean {
  return suppressorOf(list, rule, offset) !== undefined;
}

/** The first suppression covering a finding of `rule` at `offset`, if any. */
export function suppressorOf(list: readonly Suppression[], rule: string, offset: number | undefined): Suppression | undefined {
  if (offset === undefined) return undefined;
  return list.find((s) => offset >= s.start && offset < s.end && (s.rules === undefined || s.rules.has(rule)));
}

/**
 * Suppressions that suppressed nothing, with the rule ids of each that did not fire (undefined: a
 * bare directive). Only rules that ran are judged: a directive naming a rule that is off is left alone.
 * @example unusedSuppressions(list, used, new Set(['no-redeclare']))
 */
export function unusedSuppressions(list: readonly Suppression[], used: ReadonlyMap<Suppression, ReadonlySet<string>>, ran: ReadonlySet<string>): Array<{ s: Suppression; ids: string[] | undefined }> {
  const out: Array<{ s: Suppression; ids: string[] | undefined }> = [];
  for (const s of list) {
    const hit = used.get(s);
    if (s.rules === undefined) {
      if (!hit) out.push({ s, ids: undefined });
      continue;
    }
    const ids = [...s.rules].filter((id) => ran.has(id) && !hit?.has(id));
    if (ids.length > 0) out.push({ s, ids });
  }
  return out;
}
