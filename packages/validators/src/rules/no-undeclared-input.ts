import { walk } from '@xac/xanoscript-dsl/ast';
import { defineRule } from '../define-rule.js';
import { fieldsByName } from '../engine/ast-util.js';

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
    const declared = [...inputs.keys()].join(', ') || 'none';
    walk(o, {
      enter(n) {
        if (n.kind !== 'VarExpr' || n.name !== 'input' || n.path[0]?.kind !== 'PropAccess') return;
        const name = n.path[0].name;
        const field = inputs.get(name);
        const key = n.path[1]?.kind === 'PropAccess' ? n.path[1].name : undefined;
        if (!field) ctx.report({ messageId: 'undeclared', node: n, data: { name, declared } });
        else if (field.optional && key !== undefined && field.default === undefined) {
          ctx.report({ messageId: 'optionalPath', node: n, data: { name, key, path: `${name}.${key}` } });
        }
      },
    });
  },
});
