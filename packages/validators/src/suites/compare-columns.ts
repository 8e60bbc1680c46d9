// Declared vs remote columns of one table: missing, extra and differing columns (type, nullability,
// list-ness). Defaults, enum values and indexes are not compared.
import type { FieldDecl } from '@xac/xanoscript-dsl/ast';

const describe = (f: FieldDecl) => `${f.type}${f.array ? '[]' : ''}${f.nullable ? '?' : ''}`;

/**
 * The differences, one line each; empty when the schemas agree.
 * @example compareColumns(declared, remote) // ['missing column "started" (timestamp?)', 'extra column "note" (text)']
 */
export function compareColumns(declared: ReadonlyMap<string, FieldDecl>, remote: ReadonlyMap<string, FieldDecl>): string[] {
  const out: string[] = [];
  for (const [name, d] of declared) {
    const r = remote.get(name);
    if (r === undefined) out.push(`missing column "${name}" (${describe(d)})`);
    else if (describe(r) !== describe(d)) out.push(`column "${name}" is ${describe(r)} on the target, declared ${describe(d)}`);
  }
  for (const [name, r] of remote) if (!declared.has(name)) out.push(`extra column "${name}" (${describe(r)})`);
  return out;
}
