// The declared workspace the suites check: the tables and endpoints of the repo's compiled .xs.
import type { DeclaredWorkspace } from '@xac/validators/suites';
import type { QueryDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import type { DesiredSet } from '../deploy/desired.js';

/**
 * Tables and endpoints of a desired set (files that do not parse are left to `xac build`/`lint`).
 * @example declaredWorkspace(loadDesired(root)).tables.map((t) => t.decl.name)
 */
export function declaredWorkspace(desired: Pick<DesiredSet, 'files'>): DeclaredWorkspace {
  const tables: DeclaredWorkspace['tables'][number][] = [];
  const endpoints: QueryDecl[] = [];
  for (const f of desired.files) {
    for (const doc of parse(f.text, { path: f.file }).documents) {
      if (doc.object.kind === 'TableDecl') tables.push({ file: f.file, decl: doc.object });
      else if (doc.object.kind === 'QueryDecl') endpoints.push(doc.object);
    }
  }
  return { tables, endpoints };
}
