// Synthetic workspaces for the reliability tests and the bench: tables, functions that call each other,
// one api group with endpoints. `generation` changes every object's body (a full redeploy).
import type { DesiredFile } from './desired.js';

const pad = (i: number) => String(i).padStart(4, '0');

function fn(i: number, generation: number): string {
  const call = i % 5 === 4 ? `    function.run "lib/f_${pad(i - 1)}" {\n      input = {}\n    } as $prev\n` : '';
  return `function "lib/f_${pad(i)}" {\n  input {\n    int n?\n  }\n  stack {\n${call}    var $x {\n      value = ${generation * 1000 + i}\n    }\n  }\n  response = $x\n}\n`;
}

function table(i: number, generation: number): string {
  const extra = generation > 0 ? `    text note_${generation}?\n` : '';
  return `table "t_${pad(i)}" {\n  auth = false\n  schema {\n    int id\n    text name?\n${extra}  }\n}\n`;
}

function query(i: number, generation: number): string {
  return `query "items/e_${pad(i)}" verb=GET {\n  api_group = "Synthetic"\n  input {\n  }\n  stack {\n    var $v {\n      value = ${generation * 1000 + i}\n    }\n  }\n  response = $v\n}\n`;
}

/**
 * `count` objects: ~10% tables, ~60% functions, one api group, the rest endpoints.
 * @example const files = syntheticWorkspace(300, 0); const v2 = syntheticWorkspace(300, 1);
 */
export function syntheticWorkspace(count: number, generation = 0): DesiredFile[] {
  const tables = Math.max(1, Math.floor(count / 10));
  const fns = Math.floor(count * 0.6);
  const queries = Math.max(0, count - tables - fns - 1);
  const files: DesiredFile[] = [];
  for (let i = 0; i < tables; i++) files.push({ file: `apps/syn/xs/table/t_${pad(i)}.xs`, text: table(i, generation) });
  for (let i = 0; i < fns; i++) files.push({ file: `apps/syn/xs/function/lib/f_${pad(i)}.xs`, text: fn(i, generation) });
  files.push({ file: 'apps/syn/xs/api/synthetic/synthetic.xs', text: 'api_group "Synthetic" {\n  canonical = "synthetic"\n}\n' });
  for (let i = 0; i < queries; i++) files.push({ file: `apps/syn/xs/api/synthetic/items/e_${pad(i)}_GET.xs`, text: query(i, generation) });
  return files;
}
