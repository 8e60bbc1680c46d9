import type { Document, ObjectDecl, RawDecl, TestBlock, WorkflowTestDecl } from '@xac/xanoscript-dsl/ast';

// The tests a set of documents holds (unit-testing.md, workflow-tests.md): every `test` block of a
// function, endpoint, middleware or other object, and every `workflow_test` object.

/** One test: a `test` block of an object, or a whole `workflow_test`. */
export type TestCase =
  | { readonly kind: 'test'; readonly name: string; readonly owner: ObjectDecl; readonly block: TestBlock; readonly path?: string }
  | { readonly kind: 'workflow_test'; readonly name: string; readonly owner: WorkflowTestDecl; readonly path?: string };

const isDecl = (o: ObjectDecl | RawDecl): o is ObjectDecl => o.kind !== 'RawDecl';

/**
 * The tests of some documents, in file order.
 * @example testsOf([{ document, path: 'function/add.xs' }]).map((t) => t.name) // ['adds two numbers']
 */
export function testsOf(files: ReadonlyArray<{ readonly document: Document; readonly path?: string }>): TestCase[] {
  const out: TestCase[] = [];
  for (const { document, path } of files) {
    const o = document.object;
    if (!isDecl(o)) continue;
    const at = path === undefined ? {} : { path };
    if (o.kind === 'WorkflowTestDecl') out.push({ kind: 'workflow_test', name: o.name, owner: o, ...at });
    for (const block of o.tests) out.push({ kind: 'test', name: block.name, owner: o, block, ...at });
  }
  return out;
}
