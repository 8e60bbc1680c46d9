import { commentSource } from '../dsl/comment-text.js';
import type { Document, ObjectDecl } from '../ast/nodes/decls.js';
import type { Expr } from '../ast/nodes/exprs.js';
import type { Attribute } from '../ast/nodes/misc.js';
import { objectKindSpec, SLOTS } from '../ast/schema/object-kinds.js';
import { KIND_BUILDERS } from '../dsl/kinds.js';
import { print } from '../printer/print.js';
import { declaredNames, fieldTypes, inputNames } from './var-types.js';
import { emitFields, plain } from './emit-fields.js';
import { StmtEmitter, type StmtContext } from './emit-stmts.js';
import { ExprEmitter } from './emit-expr.js';

// One document → the TypeScript of one DSL module (without imports; the caller adds them).

export interface ModuleCode {
  /** `export const x = …;` */
  readonly body: string;
  readonly binding: string;
  /** DSL builders used (for the import line). */
  readonly builders: ReadonlySet<string>;
  /** True when the whole object had to be carried as raw XanoScript. */
  readonly raw: boolean;
}

export interface ObjectContext extends StmtContext {
  /** Api group name → JS binding of the imported group. */
  readonly groups: ReadonlyMap<string, string>;
}

/** `{ a, b }` over lines, or `{}`. */
const objLit = (props: readonly string[]) => (props.length === 0 ? '{}' : `{\n${props.join(',\n')},\n}`);
const get = (attrs: readonly Attribute[], name: string) => attrs.find((a) => a.name === name)?.value;
const only = (attrs: readonly Attribute[], allowed: readonly string[]) => attrs.every((a) => allowed.includes(a.name));
const str = (e: Expr | undefined) => (e?.kind === 'StringLit' ? e.value : undefined);

function commentsOf(doc: Document): string[] | undefined {
  const out: string[] = [];
  for (const c of doc.comments) out.push(commentSource(c.text));
  return out;
}

function metaProps(attrs: readonly Attribute[], comments: string[]): string[] | undefined {
  const props: string[] = [];
  if (comments.length > 0) props.push(`comments: ${JSON.stringify(comments)}`);
  const desc = get(attrs, 'description');
  if (desc) {
    if (desc.kind !== 'StringLit') return undefined;
    props.push(`description: ${JSON.stringify(desc.value)}`);
  }
  const tags = get(attrs, 'tags');
  if (tags) {
    if (tags.kind !== 'ArrayExpr' || !tags.elements.every((e) => e.kind === 'StringLit')) return undefined;
    props.push(`tags: ${JSON.stringify(tags.elements.map((e) => (e.kind === 'StringLit' ? e.value : '')))}`);
  }
  return props;
}

function stackBody(d: ObjectDecl, ctx: ObjectContext): string {
  const vars = new Map<string, string>();
  const names = d.input === undefined ? undefined : inputNames(d.input, ctx.tables);
  const st = new StmtEmitter({ ...ctx, inputs: fieldTypes(d.input), ...(names ? { inputNames: names } : {}) }, vars);
  const body = st.block(d.stack ?? []);
  const x = st.x();
  const response = d.response === undefined ? '' : `\nreturn ${x.value(d.response)};`;
  const hoisted = st.hoisted.length > 0 ? `let ${st.hoisted.map((h) => `${h}: any`).join(', ')};\n` : '';
  return `(s) => {\n${hoisted}${body}${response}\n}`;
}

/**
 * The `.test(name, { input, datasource }, (s, response) => { … })` calls of a definition's inline tests,
 * or undefined when one of them has an attribute the builder does not take.
 */
function testsCode(d: ObjectDecl, ctx: ObjectContext): string | undefined {
  let out = '';
  for (const t of d.tests) {
    const input = get(t.attrs, 'input');
    const ds = get(t.attrs, 'datasource');
    if (!only(t.attrs, ['input', 'datasource']) || (input && input.kind !== 'ObjectExpr') || (ds && ds.kind !== 'StringLit')) return undefined;
    // Only `$response` is visible inside a test block (reference §1).
    const st = new StmtEmitter({ ...ctx, inputs: new Map(), inputNames: new Set(), test: true }, new Map([['response', 'response']]));
    st.info.set('response', { kind: 'response' });
    const body = st.block(t.body);
    const x = st.x();
    const props: string[] = [];
    if (input) props.push(`input: ${x.value(input)}`);
    if (ds?.kind === 'StringLit') props.push(`datasource: ${JSON.stringify(ds.value)}`);
    const hoisted = st.hoisted.length > 0 ? `let ${st.hoisted.map((h) => `${h}: any`).join(', ')};\n` : '';
    out += `\n.test(${JSON.stringify(t.name)}, ${props.length === 0 ? '{}' : `{ ${props.join(', ')} }`}, (s, response) => {\n${hoisted}${body}\n})`;
  }
  return out;
}

function tableCode(d: ObjectDecl, props: string[], escapes: string[]): string | undefined {
  if (!only(d.attrs, ['auth', 'description', 'tags', 'index', 'view', 'items']) || d.schema === undefined) return undefined;
  const auth = get(d.attrs, 'auth');
  if (auth) {
    if (auth.kind !== 'BoolLit') return undefined;
    props.unshift(`auth: ${auth.value}`);
  }
  const fields = emitFields(d.schema);
  if (!fields) return undefined;
  props.push(`schema: [\n${fields.join(',\n')},\n]`);
  const index = get(d.attrs, 'index');
  if (index) {
    const specs = indexSpecs(index);
    if (!specs) return undefined;
    props.push(`index: ${specs}`);
  }
  for (const name of ['view', 'items']) {
    const v = get(d.attrs, name);
    if (v === undefined) continue;
    // A saved view's `search` is an expression over the table's columns (`$db.exported == "false"`).
    const x = new ExprEmitter({ vars: new Map() });
    (x as { escapes: string[] }).escapes = escapes;
    const p = name === 'view' && v.kind === 'ObjectExpr' ? x.value(v) : plain(v);
    if (p === undefined) return undefined;
    props.push(`${name}: ${p}`);
  }
  return `table(${JSON.stringify(d.name)}, ${objLit(props)})`;
}

const INDEX_KEYS: ReadonlySet<string> = new Set(['name', 'lang', 'type', 'field']);

function indexSpecs(e: Expr): string | undefined {
  if (e.kind !== 'ArrayExpr') return undefined;
  const out: string[] = [];
  for (const el of e.elements) {
    const keys = new Set(el.kind === 'ObjectExpr' ? el.entries.map((x) => x.key) : []);
    // table() prints an index entry's keys in the order they are written (lang: a search index's language).
    if (el.kind !== 'ObjectExpr' || keys.size !== el.entries.length || ![...keys].every((k) => INDEX_KEYS.has(k)) || !keys.has('type') || !keys.has('field')) return undefined;
    const lang = el.entries.find((x) => x.key === 'lang')?.value;
    if (lang && lang.kind !== 'StringLit') return undefined;
    const type = str(el.entries.find((x) => x.key === 'type')?.value);
    const field = el.entries.find((x) => x.key === 'field')?.value;
    const name = el.entries.find((x) => x.key === 'name')?.value;
    if (!type || field?.kind !== 'ArrayExpr' || (name && name.kind !== 'StringLit')) return undefined;
    const fields = field.elements.map((f) => {
      if (f.kind !== 'ObjectExpr' || !f.entries.every((x) => (x.key === 'name' || x.key === 'op') && x.value.kind === 'StringLit')) return undefined;
      const n = str(f.entries.find((x) => x.key === 'name')?.value);
      const op = str(f.entries.find((x) => x.key === 'op')?.value);
      return n === undefined ? undefined : op === undefined ? JSON.stringify(n) : JSON.stringify({ name: n, op });
    });
    if (fields.some((f) => f === undefined)) return undefined;
    const part: Record<string, string> = { name: JSON.stringify(str(name)), lang: JSON.stringify(str(lang)), type: JSON.stringify(type), field: `[${fields.join(', ')}]` };
    out.push(`{ ${el.entries.map((x) => `${x.key}: ${part[x.key]}`).join(', ')} }`);
  }
  return `[${out.join(', ')}]`;
}

function scheduleSpec(e: Expr | undefined): string | undefined {
  if (e?.kind !== 'ArrayExpr') return undefined;
  const items = e.elements.map((el) => {
    if (el.kind !== 'ObjectExpr') return undefined;
    const keys = el.entries.map((x) => x.key).join(',');
    if (keys !== 'starts_on,freq' && keys !== 'starts_on,freq,ends_on') return undefined;
    const [starts, freq, ends] = el.entries.map((x) => x.value);
    if (starts?.kind !== 'TimestampLit' || freq?.kind !== 'NumberLit' || !/^\d+$/.test(freq.value)) return undefined;
    if (ends && ends.kind !== 'TimestampLit') return undefined;
    return `{ starts_on: ${JSON.stringify(starts.value)}, freq: ${freq.value}${ends?.kind === 'TimestampLit' ? `, ends_on: ${JSON.stringify(ends.value)}` : ''} }`;
  });
  return items.some((i) => i === undefined) ? undefined : `[${items.join(', ')}]`;
}

/** Adds `history: …` when the object has one; false when it is not a plain value. */
function historyProp(d: ObjectDecl, props: string[]): boolean {
  const h = get(d.attrs, 'history');
  if (h === undefined) return true;
  const p = plain(h);
  if (p !== undefined) props.push(`history: ${p}`);
  return p !== undefined;
}

function stackObject(d: ObjectDecl, props: string[], ctx: ObjectContext): [string, string] | undefined {
  if (d.schema !== undefined) return undefined;
  const input = d.input === undefined ? [] : emitFields(d.input, ctx.tables);
  if (!input) return undefined;
  if (input.length > 0) props.push(`input: [\n${input.join(',\n')},\n]`);
  switch (d.kind) {
    case 'FunctionDecl':
      if (!only(d.attrs, ['description', 'tags', 'history']) || d.input === undefined || d.stack === undefined || d.response === undefined || !historyProp(d, props)) return undefined;
      return ['fn', `fn(${JSON.stringify(d.name)}, ${objLit(props)}, ${stackBody(d, ctx)})`];
    case 'QueryDecl': {
      const group = ctx.groups.get(str(get(d.attrs, 'api_group')) ?? '');
      const auth = get(d.attrs, 'auth');
      if (!group || !only(d.attrs, ['api_group', 'description', 'tags', 'auth', 'history']) || (auth && auth.kind !== 'StringLit') || !historyProp(d, props)) return undefined;
      if (d.input === undefined || d.stack === undefined || d.response === undefined) return undefined;
      props.unshift(`verb: ${JSON.stringify(d.verb)}`, `api_group: ${group}`);
      if (auth?.kind === 'StringLit') props.push(`auth: ${JSON.stringify(auth.value)}`);
      return ['query', `query(${JSON.stringify(d.name)}, ${objLit(props)}, ${stackBody(d, ctx)})`];
    }
    case 'TaskDecl': {
      const schedule = scheduleSpec(get(d.attrs, 'schedule'));
      const active = get(d.attrs, 'active');
      if (!schedule || !only(d.attrs, ['description', 'tags', 'active', 'schedule', 'history']) || d.input !== undefined || d.response !== undefined || !historyProp(d, props)) return undefined;
      if (active && active.kind !== 'BoolLit') return undefined;
      if (active?.kind === 'BoolLit') props.push(`active: ${active.value}`);
      props.push(`schedule: ${schedule}`);
      return ['task', `task(${JSON.stringify(d.name)}, ${objLit(props)}, ${stackBody(d, ctx)})`];
    }
    default:
      return undefined;
  }
}

const SLOT_NAMES: ReadonlySet<string> = new Set(SLOTS);

/** Every other kind through its builder (dsl/kinds.ts): plain attributes, input, stack, response. */
function kindCode(d: ObjectDecl, props: string[], ctx: ObjectContext): [string, string] | undefined {
  const spec = objectKindSpec(d.kind);
  const builder = KIND_BUILDERS[spec.keyword];
  if (builder === undefined || d.schema !== undefined) return undefined;
  const allowed = new Set(spec.order.filter((m) => !SLOT_NAMES.has(m)));
  for (const a of d.attrs) {
    if (a.name === 'description' || a.name === 'tags') continue;
    // A trigger's `where` is an expression (`$db.NEW.active == true`), the other attributes literals.
    const v = plain(a.value) ?? (a.name === 'where' ? exprValue(a.value) : undefined);
    if (!allowed.has(a.name) || v === undefined) return undefined;
    props.push(`${PLAIN_NAME.test(a.name) ? a.name : JSON.stringify(a.name)}: ${v}`);
  }
  if (d.input !== undefined) {
    const input = emitFields(d.input, ctx.tables);
    if (!input) return undefined;
    props.push(input.length === 0 ? 'input: []' : `input: [\n${input.join(',\n')},\n]`);
  }
  if (d.stack === undefined) {
    return d.response === undefined && d.input === undefined ? [builder, `${builder}(${JSON.stringify(d.name)}, ${objLit(props)})`] : undefined;
  }
  return [builder, `${builder}(${JSON.stringify(d.name)}, ${objLit(props)}, ${stackBody(d, ctx)})`];
}
const PLAIN_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An attribute's expression (no variables in scope), or undefined when it needs an escape hatch. */
function exprValue(e: Expr): string | undefined {
  const x = new ExprEmitter({ vars: new Map() });
  const code = x.value(e);
  return x.escapes.length > 0 ? undefined : code;
}

function apiGroupCode(d: ObjectDecl, props: string[]): string | undefined {
  const canonical = get(d.attrs, 'canonical');
  const active = get(d.attrs, 'active');
  const docs = get(d.attrs, 'docs');
  if (!only(d.attrs, ['canonical', 'description', 'tags', 'active', 'docs', 'swagger', 'cors', 'history'])) return undefined;
  if ((canonical && canonical.kind !== 'StringLit') || (active && active.kind !== 'BoolLit') || (docs && docs.kind !== 'StringLit')) return undefined;
  if (d.input || d.stack || d.schema || d.response || d.tests.length > 0) return undefined;
  if (canonical?.kind === 'StringLit') props.unshift(`canonical: ${JSON.stringify(canonical.value)}`);
  if (active?.kind === 'BoolLit') props.push(`active: ${active.value}`);
  if (docs?.kind === 'StringLit') props.push(`docs: ${JSON.stringify(docs.value)}`);
  for (const name of ['swagger', 'cors', 'history']) {
    const v = get(d.attrs, name);
    if (v === undefined) continue;
    const p = plain(v);
    if (p === undefined) return undefined;
    props.push(`${name}: ${p}`);
  }
  return `apiGroup(${JSON.stringify(d.name)}, ${objLit(props)})`;
}

/**
 * The DSL for one document, or a `raw.object` carrying its canonical text when the DSL cannot yet
 * express it exactly.
 * @example emitObject(parse(text).ast, 'user', context).body
 */
export function emitObject(doc: Document, binding: string, ctx: ObjectContext): ModuleCode {
  const d = doc.object;
  // What the object sets anywhere: a read of any other variable is an unsafe.varRef marker.
  if (d.kind !== 'RawDecl') ctx = { ...ctx, declared: { names: declaredNames(print(doc)), what: objectKindSpec(d.kind).keyword } };
  // A function that runs itself names itself by text: its binding in its own initializer would make
  // TypeScript infer the function's type from itself (TS7022), so the call's input is not checked.
  if (d.kind === 'FunctionDecl' && ctx.functions.get(d.name) === binding) {
    const functions = new Map(ctx.functions);
    functions.delete(d.name);
    ctx = { ...ctx, functions };
  }
  const comments = commentsOf(doc);
  const rawModule = (): ModuleCode => {
    ctx.escapes.push(`raw.object(${d.kind === 'RawDecl' ? 'raw' : d.name})`);
    return { body: `export const ${binding} = raw.object(${JSON.stringify(print(doc))});`, binding, builders: new Set(['raw']), raw: true };
  };
  if (d.kind === 'RawDecl' || comments === undefined) return rawModule();
  const props = metaProps(d.attrs, comments);
  if (!props) return rawModule();
  const before = ctx.escapes.length;
  let code: [string, string] | undefined;
  if (d.kind === 'TableDecl') code = ((c) => (c ? ['table', c] : undefined))(tableCode(d, props, ctx.escapes)) as [string, string] | undefined;
  else if (d.kind === 'ApiGroupDecl') code = ((c) => (c ? ['apiGroup', c] : undefined))(apiGroupCode(d, props)) as [string, string] | undefined;
  else if (KIND_BUILDERS[objectKindSpec(d.kind).keyword] !== undefined) code = kindCode(d, props, ctx);
  else code = stackObject(d, props, ctx);
  // Tables and api groups have no tests (their builders take none).
  const tests = code === undefined || d.tests.length === 0 ? '' : code[0] === 'table' || code[0] === 'apiGroup' ? undefined : testsCode(d, ctx);
  if (!code || tests === undefined) {
    ctx.escapes.length = before;
    return rawModule();
  }
  code = [code[0], code[1] + tests];
  return { body: `export const ${binding} = ${code[1]};`, binding, builders: new Set([code[0]]), raw: false };
}
