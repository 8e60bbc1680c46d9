import type { AttrStmt, Expr, Node } from '@xac/xanoscript-dsl/ast';
import { targetsTable } from '@xac/xanoscript-dsl/ast';
import { z } from 'zod';
import { defineRule, type RuleContext } from '../define-rule.js';
import { attrOf, isAttrStmt, stringOf, walkLive } from '../engine/ast-util.js';

// Seed bug 11 ("Invalid name: mvpw5:365"): function.run targets, tables and api groups that do not
// exist in the workspace; an empty name (`function.run ""`, how an export writes a reference to a
// deleted object) in any workspace. Disabled statements never run and are not checked. A kind is checked only when the workspace holds other objects of it, so a
// lone file is not flagged for everything it references.

type Messages = 'function' | 'table' | 'apiGroup' | 'emptyName';
interface Options {
  /** Also check `table = "…"` of foreign-key fields (off: repos often manage only some tables). */
  readonly foreignKeys: boolean;
}
type Ctx = RuleContext<Messages, Options>;

function checkStmt(s: AttrStmt, ctx: Ctx): void {
  const name = stringOf(s.target);
  if (name === undefined || !s.target) return;
  const ws = ctx.workspace;
  if (name === '' && (s.kind === 'FunctionRunStmt' || targetsTable(s))) {
    return ctx.report({ messageId: 'emptyName', node: s.target, data: { what: s.kind === 'FunctionRunStmt' ? 'function' : 'table' } });
  }
  const others = ws.functions.size - (ctx.object?.kind === 'FunctionDecl' ? 1 : 0);
  if (s.kind === 'FunctionRunStmt' && others > 0 && !ws.functions.has(name)) ctx.report({ messageId: 'function', node: s.target, data: { name } });
  if (targetsTable(s) && ws.tables.size > 0 && !ws.tables.has(name)) ctx.report({ messageId: 'table', node: s.target, data: { name } });
}

function checkTableAttr(n: Node, ctx: Ctx): void {
  const value: Expr | undefined = n.kind === 'FieldDecl' && ctx.options.foreignKeys ? attrOf(n, 'table') : undefined;
  const name = stringOf(value);
  const others = ctx.workspace.tables.size - (ctx.object?.kind === 'TableDecl' ? 1 : 0);
  if (value && name !== undefined && others > 0 && !ctx.workspace.tables.has(name)) ctx.report({ messageId: 'table', node: value, data: { name } });
}

export default defineRule<Messages, Options>({
  name: 'unresolved-reference',
  meta: {
    type: 'problem',
    description: 'function.run targets, table names (db.*, and foreign-key `table =` with the `foreignKeys` option) and api groups must exist in the workspace',
    defaultSeverity: 'error',
    messages: {
      function: 'function `{{name}}` does not exist in this workspace',
      table: 'table `{{name}}` does not exist in this workspace',
      apiGroup: 'api group `{{name}}` does not exist in this workspace',
      emptyName: 'the {{what}} name is empty (what it named was deleted, or its name was lost on export): this statement fails at run time',
    },
  },
  defaultOptions: { foreignKeys: false },
  schema: z.object({ foreignKeys: z.boolean() }),
  create(ctx) {
    const o = ctx.object;
    if (!o) return;
    const group = o.kind === 'QueryDecl' ? attrOf(o, 'api_group') : undefined;
    const groupName = stringOf(group);
    if (group && groupName !== undefined && ctx.workspace.apiGroups.size > 0 && !ctx.workspace.apiGroups.has(groupName)) {
      ctx.report({ messageId: 'apiGroup', node: group, data: { name: groupName } });
    }
    walkLive(o, (n) => (isAttrStmt(n) ? checkStmt(n, ctx) : checkTableAttr(n, ctx)));
  },
});
