import { walk, type FieldDecl } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { attrOf, fieldsByName, stringOf } from '../engine/ast-util.js';

// Seed bug 5 ("Unable to locate input: progress_state.status", "Missing param: email"): `$input.x`
// for an input the object does not declare, or a path into an optional input.

type Messages = 'undeclared' | 'optionalPath';

const WITH_INPUTS = new Set(['FunctionDecl', 'QueryDecl', 'TaskDecl', 'ToolDecl']);

export default defineRule<Messages, object>({
  name: 'no-undeclared-input',
  meta: {
    type: 'problem',
    description: '`$input.x` must name a declared input; paths into optional inputs need `|get` with a default',
    defaultSeverity: 'error',
    messages: {
      undeclared: '`$input.{{name}}` is not declared in the `input` block (declared: {{declared}})',
      optionalPath: '`$input.{{path}}` reads into the optional input `{{name}}`, which may be missing: use `$input.{{name}}|get:"{{key}}":default`',
    },
  },
  defaultOptions: {},
  create(ctx) {
    const o = ctx.object;
    if (!o || !WITH_INPUTS.has(o.kind)) return;
    const inputs = fieldsByName(o.input);
    const links = (o.input ?? []).filter((f): f is FieldDecl => f.kind === 'FieldDecl' && f.type === 'dblink');
    inputs.delete('');
    // `dblink { table = "x" }` declares every column of that table as an input; an unknown table, anything.
    const linked = links.map((f) => ctx.workspace.tables.get(stringOf(attrOf(f, 'table')) ?? ''));
    if (linked.some((t) => t === undefined)) return;
    const extra = new Set(linked.flatMap((t) => [...(t?.columns.keys() ?? [])]));
    // A path parameter (`query "projects/{intervention_id}"`) is an input without a declaration.
    if (o.kind === 'QueryDecl') for (const m of o.name.matchAll(/\{(\w+)\}/g)) extra.add(m[1] ?? '');
    const declared = [...inputs.keys(), ...(links.length > 0 ? ['(the columns of the dblink table)'] : [])].join(', ') || 'none';
    walk(o, {
      enter(n) {
        if (n.kind !== 'VarExpr' || n.name !== 'input' || n.path[0]?.kind !== 'PropAccess') return;
        const name = n.path[0].name;
        const field = inputs.get(name);
        const key = n.path[1]?.kind === 'PropAccess' ? n.path[1].name : undefined;
        if (!field && !extra.has(name)) ctx.report({ messageId: 'undeclared', node: n, data: { name, declared } });
        else if (field?.optional && key !== undefined && field.default === undefined) {
          ctx.report({ messageId: 'optionalPath', node: n, data: { name, key, path: `${name}.${key}` } });
        }
      },
    });
  },
});
