// Run the peer test suite under `xac test` (docs/runtime.md "Peer tests"): for each workspace of the
// corpus that holds tests (a multidoc file, or the other files of a repository), `xac test --format
// json` on its files, from the repository's folder; then the results are matched with the committed
// list bench/peer-tests.json and counted per class. Measure only (XAC_CORPUS, never committed).
// Build first (`pnpm build`), then from the repository root:
//   XAC_CORPUS=/path/to/corpus pnpm --filter @xac/xanoscript-runtime exec tsx scripts/peer-run.ts [--failures]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, workspaces } from './peer/corpus.ts';
import type { PeerTest } from './peer-tests.ts';

interface Result { readonly name: string; readonly at: string; readonly status: string; readonly failure?: { type: string; message: string; at?: string } }

const root = join(import.meta.dirname, '../../..');
const cli = join(root, 'packages/xano-deploy/dist/cli/main.js');
const list = (JSON.parse(readFileSync(join(root, 'bench/peer-tests.json'), 'utf8')) as { tests: PeerTest[] }).tests;
const key = (repo: string, path: string, line: number, name: string) => `${repo}\t${path}\t${line}\t${name}`;
const results = new Map<string, Result>();

for (const ws of workspaces(loadCorpus().filter((f) => !f.broken))) {
  const paths = ws.files.map((f) => f.path);
  if (!list.some((t) => t.repo === ws.repo && paths.includes(t.path))) continue;
  const tree = ws.files[0]!.file.slice(0, ws.files[0]!.file.length - ws.files[0]!.path.length - 1);
  const r = spawnSync(process.execPath, [cli, 'test', '--format', 'json', ...paths], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`xac test in ${tree} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  for (const x of (JSON.parse(r.stdout) as { results: Result[] }).results) {
    const m = /^(.*):(\d+):\d+$/.exec(x.at);
    if (m) results.set(key(ws.repo, m[1]!, Number(m[2]), x.name), x);
  }
}

const count = (cls: string) => {
  const ts = list.filter((t) => t.class === cls);
  const rs = ts.map((t) => results.get(key(t.repo, t.path, t.line, t.test)));
  return { tests: ts.length, ran: rs.filter((r) => r).length, passed: rs.filter((r) => r?.status === 'passed').length };
};
const offline = count('offline');
const outside = count('outside');
console.log(`peer tests: ${list.length}; offline ${offline.tests} (ran ${offline.ran}, passed ${offline.passed}, ${((100 * offline.passed) / offline.tests).toFixed(1)}%); outside ${outside.tests} (ran ${outside.ran}, passed ${outside.passed})`);
if (process.argv.includes('--failures')) {
  for (const t of list) {
    const r = results.get(key(t.repo, t.path, t.line, t.test));
    if (t.class === 'offline' && r?.status !== 'passed') console.log(`${t.repo}/${t.path}:${t.line} "${t.test}": ${r ? `${r.failure?.type}: ${r.failure?.message} at ${r.failure?.at}` : 'not run'}`);
  }
}
