import type { Expr, Node, ObjectDecl, Stmt } from '@xac/xanoscript-dsl/ast';
import { walk } from '@xac/xanoscript-dsl/ast';
import { isAttrStmt, unwrapFilters, walkLive } from './ast-util.js';

// Which variables reach an object's result: the names the response and `return` values read, and —
// to a fixed point — every name read by a statement that sets one of them (`var.update $log {value
// = $error_msg}`), or by the test of a branch or loop whose body sets one (a flag set under `if
// ($r|has:"error")`). Coarse on purpose: paths are ignored, a variable is one fact.

/** A statement's share of the flow: the variables it sets, and the ones it reads to set them. */
interface Step {
  readonly writes: ReadonlySet<string>;
  readonly reads: ReadonlySet<string>;
}

/** Every variable name an expression or statement reads (`$input`, `$env`, … included). */
export function namesIn(n: Node | undefined, out = new Set<string>()): Set<string> {
  if (n) walk(n, { enter: (x) => void (x.kind === 'VarExpr' && out.add(x.name)) });
  return out;
}

function written(e: Expr | undefined, out: Set<string>): void {
  const base = e === undefined ? undefined : unwrapFilters(e).base;
  if (base?.kind === 'VarExpr') out.add(base.name);
}

/** The variables set anywhere under some statements (targets of attribute statements and `as`). */
function writesIn(stmts: readonly Stmt[]): Set<string> {
  const out = new Set<string>();
  for (const s of stmts) {
    walkLive(s, (n) => {
      if (!isAttrStmt(n) || n.kind === 'DebugLogStmt') return;
      written(n.target, out);
      written(n.as, out);
    });
  }
  return out;
}

/** The heads of control statements: the tested or looped expression and the body it controls. */
function controlHead(n: Node): { head: Expr; body: readonly Stmt[] } | undefined {
  if (n.kind === 'IfBranch' || n.kind === 'WhileStmt') return { head: n.test, body: n.body };
  if (n.kind === 'ForeachStmt') return { head: n.list, body: n.body };
  if (n.kind === 'ForStmt') return { head: n.count, body: n.body };
  if (n.kind === 'SwitchStmt') return { head: n.subject, body: [...n.cases.flatMap((c) => c.body), ...(n.default ?? [])] };
  return undefined;
}

function steps(o: ObjectDecl): Step[] {
  const out: Step[] = [];
  for (const s of o.stack ?? []) {
    walkLive(s, (n) => {
      if (isAttrStmt(n) && n.kind !== 'DebugLogStmt') out.push({ writes: writesIn([n]), reads: namesIn(n) });
      const c = controlHead(n);
      if (c) out.push({ writes: writesIn(c.body), reads: namesIn(c.head) });
    });
  }
  return out;
}

/**
 * The variables whose values reach the object's result (response and `return` values).
 * @example resultFlow(fn).has('errors') // true when `$errors` is pushed to and the response reads a var built from it
 */
export function resultFlow(o: ObjectDecl): Set<string> {
  const names = namesIn(o.response);
  for (const s of o.stack ?? []) walkLive(s, (n) => void (n.kind === 'ReturnStmt' && namesIn(n, names)));
  // A worklist over the steps that set each name: every step is read once per name it sets.
  const bySet = new Map<string, Step[]>();
  for (const st of steps(o)) for (const w of st.writes) bySet.set(w, [...(bySet.get(w) ?? []), st]);
  const todo = [...names];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    for (const st of bySet.get(name) ?? []) for (const r of st.reads) if (!names.has(r)) (names.add(r), todo.push(r));
  }
  return names;
}
