// The peer test suite's corpus (docs/runtime.md "Peer tests"): the locally fetched trees of
// bench/corpus.lock, named by XAC_CORPUS (one folder holding <owner>__<name>/ trees, or several
// such trees, colon-separated). Measure only: third-party code is never committed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Document } from '@xac/xanoscript-dsl/ast';
import { listXsFiles } from '@xac/xanoscript-dsl/layout';
import { parse } from '@xac/xanoscript-dsl/parser';

export interface CorpusFile {
  /** `owner/name` of the repository. */
  readonly repo: string;
  /** The file inside its repository. */
  readonly path: string;
  /** The file on this machine. */
  readonly file: string;
  readonly documents: readonly Document[];
  /** The parse had errors. */
  readonly broken: boolean;
}

/**
 * A workspace: what one test sees. A multidoc file is a workspace of its own; the other files of a
 * repository form one workspace.
 */
export interface Workspace {
  readonly repo: string;
  readonly files: readonly CorpusFile[];
}

function trees(): string[] {
  const roots = (process.env['XAC_CORPUS'] ?? '').split(':').filter((r) => r !== '');
  if (roots.length === 0) throw new Error('set XAC_CORPUS to the corpus folder (or <owner>__<name> trees, colon-separated)');
  return roots.flatMap((r) => (basename(r).includes('__') ? [r] : readdirSync(r).filter((d) => d.includes('__')).map((d) => join(r, d))));
}

export function loadCorpus(): CorpusFile[] {
  return trees().sort().flatMap((tree) => {
    if (!existsSync(tree)) throw new Error(`${tree}: no such folder`);
    const repo = basename(tree).replace('__', '/');
    return listXsFiles(tree).map((path) => {
      const file = join(tree, path);
      const result = parse(readFileSync(file, 'utf8'), { path: file });
      return { repo, path, file, documents: result.documents, broken: result.diagnostics.some((d) => d.severity === 'error') };
    });
  });
}

export function workspaces(files: readonly CorpusFile[]): Workspace[] {
  const byRepo = new Map<string, CorpusFile[]>();
  const out: Workspace[] = [];
  for (const f of files) {
    if (f.documents.length > 1) out.push({ repo: f.repo, files: [f] });
    else byRepo.set(f.repo, [...(byRepo.get(f.repo) ?? []), f]);
  }
  for (const [repo, fs] of byRepo) out.push({ repo, files: fs });
  return out;
}
