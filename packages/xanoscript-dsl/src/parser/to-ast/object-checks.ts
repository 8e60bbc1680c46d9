import type { SourceLocation } from '../../ast/loc.js';
import type { FieldList } from '../../ast/nodes/fields.js';
import { SLOTS, type ObjectKindSpec } from '../../ast/schema/object-kinds.js';
import type { Ctx } from './context.js';
import type { DeclParts } from './decls.js';

// Object-level checks — reference §1.2 and §6 items 1, 2, 4, 7: allowed and required members,
// duplicates, unique test names, a table's `id` column.

const SLOT_NAMES: ReadonlySet<string> = new Set(SLOTS);

export function checkObject(ctx: Ctx, spec: ObjectKindSpec, parts: DeclParts, headerLoc: SourceLocation, name: string, nameLoc = headerLoc): void {
  const allowed = new Set([...spec.order, 'guid']);
  const seen = new Set<string>();
  for (const m of parts.seen) {
    if (m.name === 'tests') continue;
    if (seen.has(m.name)) ctx.error('duplicate-attribute', `\`${m.name}\` appears twice in this \`${spec.keyword}\``, m.loc);
    seen.add(m.name);
    if (!allowed.has(m.name)) {
      const list = spec.order.filter((o) => o !== 'tests').map((o) => `\`${o}\``).join(', ');
      // An attribute outside the catalogue may be a new Xano feature; a block (`stack`, `input`) never is.
      const report = SLOT_NAMES.has(m.name) ? ctx.error.bind(ctx) : ctx.warn.bind(ctx);
      report('unknown-attribute', `\`${m.name}\` is not allowed in a \`${spec.keyword}\`; it takes ${list}`, m.loc);
    }
  }
  if (parts.tests.length > 0 && !allowed.has('tests')) {
    ctx.error('unknown-attribute', `a \`${spec.keyword}\` cannot have \`test\` blocks (only function, query, middleware and task)`, parts.tests[0]!.loc!);
  }
  const testNames = new Set<string>();
  for (const t of parts.tests) {
    if (testNames.has(t.name)) ctx.error('duplicate-attribute', `the test name "${t.name}" is used twice`, t.loc!);
    testNames.add(t.name);
  }
  for (const r of spec.required) {
    const has = SLOT_NAMES.has(r) ? seen.has(r) || (r === 'output' && seen.has('schema')) : seen.has(r);
    // A missing block or slot (`stack`, `response`) is a missing member; a missing `key = value` an attribute.
    const code = SLOT_NAMES.has(r) ? 'missing-member' : 'missing-attribute';
    if (!has) ctx.error(code, `\`${spec.keyword}\` is missing \`${r}\``, headerLoc);
  }
  if (name === '' && spec.keyword !== 'run.job') ctx.error('syntax', `the \`${spec.keyword}\` needs a non-empty name`, nameLoc);
  const schemaLoc = parts.seen.find((m) => m.name === 'schema')?.loc ?? headerLoc;
  if (spec.kind === 'TableDecl' && parts.schema !== undefined) checkTableId(ctx, parts.schema, schemaLoc);
}

/** A table schema needs an `id` column of type `int` or `uuid` (§6 item 4). */
function checkTableId(ctx: Ctx, schema: FieldList, loc: SourceLocation): void {
  const id = schema.find((f) => f.kind === 'FieldDecl' && f.name === 'id');
  if (id === undefined) ctx.error('table-id', 'a table schema needs an `id` column (`int id` or `uuid id`)', loc);
  else if (id.kind === 'FieldDecl' && id.type !== 'int' && id.type !== 'uuid') {
    ctx.error('table-id', `the \`id\` column must be \`int\` or \`uuid\`, not \`${id.type}\``, id.loc ?? loc);
  }
}
