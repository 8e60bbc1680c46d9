// The peer test list (docs/runtime.md "Peer tests"): every `test` block and `workflow_test` of the
// training corpus, with its class — needs an outside service, or runs offline — written to
// bench/peer-tests.json (paths, names and classes only; never the corpus' code). Run from the root:
//   XAC_CORPUS=/path/to/corpus pnpm --filter @xac/xanoscript-runtime exec tsx scripts/peer-tests.ts [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '@xac/xanoscript-dsl/ast';
import { testsOf, type TestCase } from '../src/testing/discover.ts';
import { loadCorpus, workspaces, type CorpusFile } from './peer/corpus.ts';
import { classify } from './peer/classify.ts';

export interface PeerTest {
  readonly repo: string;
  readonly path: string;
  readonly line: number;
  readonly kind: TestCase['kind'];
  /** The object the test belongs to (its own name for a workflow_test). */
  readonly object: string;
  readonly test: string;
  readonly expects: number;
  readonly class: 'offline' | 'outside';
  readonly notes: readonly string[];
}

function expectsOf(t: TestCase): number {
  let n = 0;
  walk(t.kind === 'test' ? t.block : t.owner, { enter: (x) => void (x.kind === 'GenericStmt' && x.name.startsWith('expect.') && n++) });
  return n;
}

/** Files with a parse error that hold tests (docs/parser.md lists why they do not parse): named, not run. */
export interface UnparsedFile {
  readonly repo: string;
  readonly path: string;
  readonly tests: number;
  readonly expects: number;
}

export function unparsed(files: readonly CorpusFile[]): UnparsedFile[] {
  return files.filter((f) => f.broken).flatMap((f) => {
    const text = readFileSync(f.file, 'utf8');
    const tests = (text.match(/^\s*(test\s+"|workflow_test\s)/gm) ?? []).length;
    return tests === 0 ? [] : [{ repo: f.repo, path: f.path, tests, expects: (text.match(/^\s*expect\./gm) ?? []).length }];
  });
}

export function peerTests(corpus: readonly CorpusFile[]): PeerTest[] {
  const out: PeerTest[] = [];
  for (const ws of workspaces(corpus.filter((f) => !f.broken))) {
    for (const f of ws.files) {
      for (const t of testsOf(f.documents.map((document) => ({ document, path: f.path })))) {
        const c = classify(t, ws);
        const loc = t.kind === 'test' ? t.block.loc : t.owner.loc;
        out.push({ repo: f.repo, path: f.path, line: loc?.start.line ?? 0, kind: t.kind, object: t.owner.name, test: t.name, expects: expectsOf(t), class: c.class, notes: c.notes });
      }
    }
  }
  return out.sort((a, b) => `${a.repo}/${a.path}`.localeCompare(`${b.repo}/${b.path}`) || a.line - b.line);
}

if (process.argv[1]?.endsWith('peer-tests.ts')) {
  const corpus = loadCorpus();
  const tests = peerTests(corpus);
  const broken = unparsed(corpus);
  const files = new Set(tests.map((t) => `${t.repo}/${t.path}`));
  const offline = tests.filter((t) => t.class === 'offline');
  const summary = {
    files: files.size, tests: tests.length, expects: tests.reduce((n, t) => n + t.expects, 0),
    offline: offline.length, outside: tests.length - offline.length,
    workflowTests: tests.filter((t) => t.kind === 'workflow_test').length,
    unparsedFiles: broken.length, unparsedTests: broken.reduce((n, b) => n + b.tests, 0), unparsedExpects: broken.reduce((n, b) => n + b.expects, 0),
  };
  console.log(JSON.stringify(summary));
  if (process.argv.includes('--write')) {
    const about = 'The peer test suite of issue 11: every `test` block and `workflow_test` of the training corpus (bench/corpus.lock), each with its class: "outside" needs a service outside the workspace and its database (notes say which), "offline" runs on the local runtime. Paths, names and classes only; the corpus is never committed. Written by packages/xanoscript-runtime/scripts/peer-tests.ts --write.';
    writeFileSync(join(import.meta.dirname, '../../../bench/peer-tests.json'), `${JSON.stringify({ about, summary, unparsed: broken, tests }, null, 1)}\n`);
  }
}
