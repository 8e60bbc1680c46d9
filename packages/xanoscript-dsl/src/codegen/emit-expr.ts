import type { Accessor, BinaryOp, Expr, FilterExpr, ObjectEntry, VarExpr } from '../ast/nodes/exprs.js';
import { pathReason, type VarInfo } from './var-types.js';
import { CALLBACK_FILTERS, CALLBACK_VARIABLES } from '../ast/schema/filters.js';
import { printExpr } from '../printer/print-exprs.js';
import { METHOD_OF_FILTER, OBJECT_METHOD_NAMES } from '../dsl/filter-table.js';

// AST expressions → DSL TypeScript. Anything without a typed DSL form becomes an escape hatch
// (`raw.expr`, `raw.filter`, `unsafe`) so nothing is dropped; each use is counted.

const METHOD_OF_OP: Partial<Record<BinaryOp, string>> = {
  '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte', '+': 'add', '-': 'sub', '*': 'mul',
  '/': 'div', '&&': 'and', '||': 'or', '??': 'orElse', '~': 'concat',
};

const ARITHMETIC: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '~', '&&', '||', '??']);

/** Names an expression may refer to, as JS bindings. */
export interface ExprScope {
  /** `$name` → JS binding. */
  readonly vars: ReadonlyMap<string, string>;
  /** Inside a `where` callback: the table whose `$db.<table>.<col>` reads are `c.<col>`. */
  readonly whereTable?: string;
  readonly whereColumns?: ReadonlySet<string>;
  /** What import knows of each variable (typed rows, untyped results). */
  readonly info?: ReadonlyMap<string, VarInfo>;
  /** The names `$input.<name>` may read (a read of any other is kept through `unsafe`). */
  readonly inputNames?: ReadonlySet<string>;
  /**
   * Every variable the object sets somewhere (`var`, `as`, loop items), and what it is (`function`,
   * `query` …): a read of any other name is kept through `unsafe.varRef` with that reason.
   */
  readonly declared?: { readonly names: ReadonlySet<string>; readonly what: string };
  /** Inside a callback filter's argument (CALLBACK_VARIABLES are set there). */
  readonly inCallback?: boolean;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Variables XanoScript sets itself in some context (a callback, a catch, a request): never "unset". */
const CONTEXT_VARIABLES: ReadonlySet<string> = new Set(['input', 'auth', 'env', 'db', 'error', '$', 'this', 'output', 'request', 'var']);
const CALLBACKS: ReadonlySet<string> = new Set(CALLBACK_FILTERS);
/** Keys a JS object orders before all others (array indexes). */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;
const OBJECT_METHODS: ReadonlySet<string> = new Set(OBJECT_METHOD_NAMES);

/** Emits DSL TypeScript for expressions and counts the escape hatches it had to use. */
export class ExprEmitter {
  readonly escapes: string[] = [];

  constructor(private readonly scope: ExprScope) {}

  /** With a different scope (nested callbacks). */
  with(scope: ExprScope): ExprEmitter {
    const e = new ExprEmitter({ ...(this.scope.inputNames ? { inputNames: this.scope.inputNames } : {}), ...(this.scope.declared ? { declared: this.scope.declared } : {}), ...scope });
    (e as { escapes: string[] }).escapes = this.escapes;
    return e;
  }

  raw(node: Expr): string {
    const text = printExpr(node);
    this.escapes.push(`raw.expr(${text})`);
    const compound = ['BinaryExpr', 'TernaryExpr', 'BetweenExpr', 'FilterExpr', 'UnaryExpr'].includes(node.kind);
    const wouldGroup = /[\s|]/.test(text.trim());
    return compound === wouldGroup ? `raw.expr(${JSON.stringify(text)})` : `raw.expr(${JSON.stringify(text)}, { atomic: ${!compound} })`;
  }

  /** A value usable as a DSL argument (plain literals stay plain). */
  value(node: Expr): string {
    switch (node.kind) {
      case 'StringLit':
        return JSON.stringify(node.value);
      case 'NumberLit':
        return String(Number(node.value)) === node.value ? node.value : `op.number(${JSON.stringify(node.value)})`;
      case 'BoolLit':
        return String(node.value);
      case 'NullLit':
        return 'null';
      case 'ObjectExpr': {
        // `!key: value` is an entry switched off: op.off(value).
        const v = (e: ObjectEntry) => (e.disabled === true ? `op.off(${this.value(e.value)})` : this.value(e.value));
        // A JS object literal would put integer-like keys first: op.object keeps the written order.
        if (node.entries.some((e) => INDEX_KEY.test(e.key))) return `op.object([${node.entries.map((e) => `[${JSON.stringify(e.key)}, ${v(e)}]`).join(', ')}])`;
        return `{ ${node.entries.map((e) => `${PLAIN_KEY.test(e.key) ? e.key : JSON.stringify(e.key)}: ${v(e)}`).join(', ')} }`;
      }
      case 'ArrayExpr':
        return node.elements.length === 0 ? '[] as never[]' : `[${node.elements.map((e) => this.value(e)).join(', ')}]`;
      default:
        return this.expr(node);
    }
  }

  /** An expression on which methods can be called. */
  expr(node: Expr): string {
    switch (node.kind) {
      case 'StringLit':
      case 'NumberLit':
      case 'BoolLit':
      case 'NullLit':
      case 'ObjectExpr':
      case 'ArrayExpr': {
        const v = this.value(node);
        return v.startsWith('raw.') ? v : `val(${v})`;
      }
      case 'NowLit':
        return 'now';
      case 'VarExpr':
        return this.variable(node);
      case 'FilterExpr':
        return this.filter(node);
      case 'BinaryExpr': {
        const method = METHOD_OF_OP[node.op];
        if (method) return `${this.expr(node.left)}.${method}(${this.value(node.right)})`;
        if (node.op === '%') return `op.mod(${this.value(node.left)}, ${this.value(node.right)})`;
        if (ARITHMETIC.has(node.op)) return this.raw(node);
        return `op.cmp(${this.value(node.left)}, ${JSON.stringify(node.op)}, ${this.value(node.right)})`;
      }
      case 'UnaryExpr':
        return `op.${node.op === '!' ? 'not' : 'neg'}(${this.value(node.operand)})`;
      case 'BacktickExpr':
        return `op.backtick(${this.value(node.expr)})`;
      case 'RangeExpr':
        return `op.range(${this.value(node.from)}, ${this.value(node.to)})`;
      case 'MemberExpr':
        return this.unsafe(this.expr(node.object), node.path, `.${pathText(node.path)} read without a default on a computed value with no typed keys`);
      case 'TernaryExpr':
        return `${this.expr(node.test)}.then(${this.value(node.consequent)}, ${this.value(node.alternate)})`;
      default:
        return this.raw(node);
    }
  }

  private filter(node: FilterExpr): string {
    if (node.operand === null) return this.raw(node);
    const mapped = METHOD_OF_FILTER.get(node.name);
    const operand = this.expr(node.operand);
    const inner = CALLBACKS.has(node.name) ? this.with({ ...this.scope, inCallback: true }) : this;
    const args = node.args.map((a) => inner.value(a));
    const typed = mapped !== undefined && mapped[1].includes(node.args.length);
    if (!typed) this.escapes.push(`raw.filter(${node.name})`);
    const on = (x: string) => (typed ? `${x}.${mapped[0]}(${args.join(', ')})` : `raw.filter(${[x, JSON.stringify(node.name), ...args].join(', ')})`);
    // `|!name` is skipped at run time (the value is the operand's); `bare` keeps `$a|count == 0` as written.
    const code = node.disabled === true ? `op.disabled(${operand}, (v) => ${on('v')})` : on(operand);
    return node.bare === true ? `op.bare(${code})` : code;
  }

  private variable(node: VarExpr): string {
    const [first, ...rest] = node.path;
    const plainFirst = first?.kind === 'PropAccess' && !OBJECT_METHODS.has(first.name) && PLAIN_KEY.test(first.name) ? first.name : undefined;
    if (node.name === 'input') return this.input(node);
    const props = node.path.every((p) => p.kind === 'PropAccess') ? node.path.map((p) => (p.kind === 'PropAccess' ? p.name : '')) : undefined;
    if (node.name === 'env' && props?.length === 1 && props[0] !== undefined) return `s.env(${JSON.stringify(props[0])})`;
    if (node.name === 'auth' && props?.length === 1 && props[0] === 'id') return 's.auth.id';
    if (node.name === 'db' && props && props[0] === this.scope.whereTable && props.length === 2) {
      const col = props[1] ?? '';
      // A table known only by name has no typed columns (`c.x` would be `X | undefined`): `$db.t.x` as written.
      if (this.scope.whereColumns?.has(col) && !OBJECT_METHODS.has(col) && PLAIN_KEY.test(col)) return `c.${col}`;
    }
    if (node.name === 'db' && props?.length === 2) return `op.dbColumn(${JSON.stringify(props[0])}, ${JSON.stringify(props[1])})`;
    if ((node.name === 'db' && props !== undefined && props.length > 0) || (node.name === 'auth' && props !== undefined)) {
      return `op.${node.name === 'db' ? 'dbPath' : 'auth'}(${props.map((p) => JSON.stringify(p)).join(', ')})`;
    }
    const binding = this.scope.vars.get(node.name);
    if (binding === undefined) return this.context(node) ?? this.unset(node) ?? this.raw(node);
    if (first === undefined) return binding;
    const info = this.scope.info?.get(node.name);
    if (info?.kind === 'response') return `${binding}.path(${this.steps(node.path)})`;
    if (info?.kind === 'row' && !info.maybeNull && first.kind === 'PropAccess' && info.columns.has(first.name)) {
      const col = plainFirst === undefined ? `${binding}.col(${JSON.stringify(first.name)})` : `${binding}.${plainFirst}`;
      return rest.length === 0 ? col : this.raw(node);
    }
    return this.unsafe(binding, node.path, pathReason(info, pathText(node.path)));
  }

  /**
   * The values XanoScript gives a context without a declaration: `$$` and `$this` in callbacks,
   * `$output` in an addon's input, paths into `$env` below its first key. Undefined when not one.
   */
  private context(node: VarExpr): string | undefined {
    const op = node.name === '$' ? 'element' : node.name === 'this' ? 'thisValue' : node.name === 'output' ? 'output' : node.name === 'env' ? 'envPath' : undefined;
    if (op === undefined || (op === 'envPath' && node.path.length < 2)) return undefined;
    const steps = node.path.map((p) => (p.kind === 'PropAccess' ? JSON.stringify(p.name) : op === 'envPath' ? `{ index: ${this.value(p.index)} }` : undefined));
    if (steps.includes(undefined)) return undefined;
    return `op.${op}(${steps.join(', ')})`;
  }

  /** `s.input`, `s.input.x` (`s.input.col("get")` for a name a method has), or an `unsafe` read. */
  private input(node: VarExpr): string {
    const [first, ...rest] = node.path;
    if (first === undefined) return 's.input';
    if (first.kind !== 'PropAccess' || !PLAIN_KEY.test(first.name)) return this.raw(node);
    const name = first.name;
    if (this.scope.inputNames !== undefined && !this.scope.inputNames.has(name)) return this.unsafe('s.input', node.path, `input ${name} is not declared (a column the linked table no longer has, or a hidden one)`);
    const read = OBJECT_METHODS.has(name) ? `s.input.col(${JSON.stringify(name)})` : `s.input.${name}`;
    return rest.length === 0 ? read : this.unsafe(read, rest, `a path into input ${name} without a default`);
  }

  /** A read of a variable the object never sets, as `unsafe.varRef` (undefined when it is set somewhere). */
  private unset(node: VarExpr): string | undefined {
    const d = this.scope.declared;
    if (d === undefined || d.names.has(node.name) || CONTEXT_VARIABLES.has(node.name)) return undefined;
    if (this.scope.inCallback === true && CALLBACK_VARIABLES.has(node.name)) return undefined;
    const reason = `$${node.name} is not set anywhere in this ${d.what}`;
    this.escapes.push(`unsafe($${node.name})`);
    const ref = `unsafe.varRef(${JSON.stringify(node.name)}, ${JSON.stringify(reason)})`;
    return node.path.length === 0 ? ref : this.unsafe(ref, node.path, reason);
  }

  private unsafe(base: string, steps: readonly Accessor[], reason: string): string {
    this.escapes.push(`unsafe(${pathText(steps)})`);
    return `unsafe(${base}, ${this.steps(steps)}, ${JSON.stringify(reason)})`;
  }

  /** A path as `unsafe()` and `response.path()` take it: `"a.b"`, or `["a", { index: 0 }]`. */
  private steps(steps: readonly Accessor[]): string {
    return steps.every((p) => p.kind === 'PropAccess' && !p.name.includes('.'))
      ? JSON.stringify(pathText(steps))
      : `[${steps.map((p) => (p.kind === 'PropAccess' ? JSON.stringify(p.name) : `{ index: ${this.value(p.index)} }`)).join(', ')}]`;
  }
}

/** `a.b[…]` for messages. */
function pathText(steps: readonly Accessor[]): string {
  return steps.map((p) => (p.kind === 'PropAccess' ? p.name : '[…]')).join('.').replace(/\.\[/g, '[');
}
