// The tables suite: every declared table exists on the target with the declared columns and types;
// missing and extra columns are reported. A table the target gives no schema for is untestable.
import type { TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { fieldsByName } from '../engine/ast-util.js';
import { compareColumns } from './compare-columns.js';
import type { CaseResult } from './score.js';
import type { RemoteTable, SuiteTarget } from './target.js';

/** A table of the repo, with the file it was compiled to. */
export interface DeclaredTable {
  readonly file: string;
  readonly decl: TableDecl;
}

function remoteDecl(t: RemoteTable): TableDecl | string {
  if (t.xanoscript === undefined) return 'the target gave no XanoScript for it';
  const { ast, diagnostics } = parse(t.xanoscript);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return `its XanoScript on the target does not parse: ${errors[0]?.message ?? ''}`;
  if (ast === undefined) return 'its XanoScript on the target has no object';
  return ast.object.kind === 'TableDecl' ? ast.object : `the target holds a ${ast.object.kind}, not a table`;
}

function checkTable(d: DeclaredTable, remote: RemoteTable | undefined): CaseResult {
  const name = d.decl.name;
  if (remote === undefined) return { name, outcome: 'failed', reasons: [`not on the target (declared in ${d.file})`] };
  const r = remoteDecl(remote);
  if (typeof r === 'string') return { name, outcome: 'untestable', reasons: [r] };
  const diffs = compareColumns(fieldsByName(d.decl.schema), fieldsByName(r.schema));
  return diffs.length === 0 ? { name, outcome: 'passed', reasons: [] } : { name, outcome: 'failed', reasons: diffs };
}

/**
 * One case per declared table.
 * @example const cases = await tablesSuite(declared, target); cases.filter((c) => c.outcome === 'failed')
 */
export async function tablesSuite(declared: readonly DeclaredTable[], target: SuiteTarget): Promise<CaseResult[]> {
  const remote = new Map((await target.listTables()).map((t) => [t.name, t]));
  return declared.map((d) => checkTable(d, remote.get(d.decl.name)));
}
