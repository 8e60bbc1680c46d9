import type { FieldDecl, FunctionRunStmt } from '@xac/xanoscript-dsl/ast';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, stringOf, walkLive } from '../engine/ast-util.js';

// Seed bug 13 (8118 answered 200 "No ad_user_id provided – skipping" because the caller passed
// `user_id`): function.run input keys must be the callee's declared inputs, and its required
// inputs must be passed.

type Messages = 'unknownInput' | 'unknownInputSuggest' | 'missingInput';
type Ctx = RuleContext<Messages, object>;

/** A declared input that is probably what `key` meant: one contains the other, or one edit apart. */
function closest(key: string, inputs: ReadonlyMap<string, FieldDecl>): string | undefined {
  const names = [...inputs.keys()];
  return names.find((n) => n.endsWith(`_${key}`) || key.endsWith(`_${n}`) || n.startsWith(`${key}_`)) ?? names.find((n) => near(n, key));
}

function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

const required = (f: FieldDecl): boolean => !f.optional && !f.nullable && f.default === undefined;

function check(s: FunctionRunStmt, ctx: Ctx): void {
  const name = stringOf(s.target);
  const callee = name === undefined ? undefined : ctx.workspace.functions.get(name);
  if (!callee || name === undefined) return;
  const input = attrOf(s, 'input');
  if (input !== undefined && input.kind !== 'ObjectExpr') return;
  const given = new Set((input?.entries ?? []).map((e) => e.key));
  for (const e of input?.entries ?? []) {
    if (callee.inputs.has(e.key)) continue;
    const suggestion = closest(e.key, callee.inputs);
    const declared = [...callee.inputs.keys()].join(', ') || 'none';
    ctx.report({ messageId: suggestion ? 'unknownInputSuggest' : 'unknownInput', node: e, data: { key: e.key, fn: name, declared, suggestion: suggestion ?? '' } });
  }
  const missing = [...callee.inputs.values()].filter((f) => required(f) && !given.has(f.name)).map((f) => f.name);
  if (missing.length > 0) ctx.report({ messageId: 'missingInput', node: s, data: { fn: name, missing: missing.join(', ') } });
}

export default defineRule<Messages, object>({
  name: 'call-inputs-match',
  meta: {
    type: 'problem',
    description: 'function.run inputs must be the callee\'s declared inputs (`user_id` vs `ad_user_id`), with every required one passed',
    defaultSeverity: 'error',
    messages: {
      unknownInput: '`{{fn}}` has no input `{{key}}` (declared: {{declared}}); the value is dropped',
      unknownInputSuggest: '`{{fn}}` has no input `{{key}}`; did you mean `{{suggestion}}`? (declared: {{declared}})',
      missingInput: '`{{fn}}` requires {{missing}}, which this call does not pass',
    },
  },
  defaultOptions: {},
  create(ctx) {
    if (!ctx.object) return;
    walkLive(ctx.object, (n) => void (n.kind === 'FunctionRunStmt' && check(n, ctx)));
  },
});
