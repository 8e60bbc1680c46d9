// The declared workspace the suites check: the tables and endpoints of the repo's compiled .xs, and
// the endpoint test cases the build compiled beside them (xs/endpoint-tests.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { endpointManifestSchema, type DeclaredStep, type DeclaredWorker, type DeclaredWorkspace, type EndpointCases } from '@xac/validators/suites';
import type { QueryDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { ENDPOINT_TESTS_FILE } from '../build/endpoint-tests.js';
import { BuildError } from '../build/errors.js';
import type { DesiredSet } from '../deploy/desired.js';

/**
 * Tables, endpoints and api-group canonicals of a desired set (files that do not parse are left to `xac build`/`lint`).
 * @example declaredWorkspace(loadDesired(root)).tables.map((t) => t.decl.name)
 */
export function declaredWorkspace(desired: Pick<DesiredSet, 'files'>): DeclaredWorkspace & { canonicals: ReadonlyMap<string, string> } {
  const tables: DeclaredWorkspace['tables'][number][] = [];
  const endpoints: QueryDecl[] = [];
  const canonicals = new Map<string, string>();
  for (const f of desired.files) {
    for (const doc of parse(f.text, { path: f.file }).documents) {
      const o = doc.object;
      if (o.kind === 'TableDecl') tables.push({ file: f.file, decl: o });
      else if (o.kind === 'QueryDecl') endpoints.push(o);
      else if (o.kind === 'ApiGroupDecl') {
        const c = o.attrs.find((a) => a.name === 'canonical')?.value;
        if (c?.kind === 'StringLit') canonicals.set(o.name, c.value);
      }
    }
  }
  return { tables, endpoints, canonicals };
}

/**
 * The declared test cases of every app (`apps/<app>/xs/endpoint-tests.json`), by `VERB name`.
 * @example endpointCasesOf(findApps(root), ws.canonicals).get('POST reset-stuck-fub-jobs')?.cases
 */
export function endpointCasesOf(appDirs: readonly string[], canonicals: ReadonlyMap<string, string>): Map<string, EndpointCases> {
  const out = new Map<string, EndpointCases>();
  for (const dir of appDirs) {
    const file = join(dir, 'xs', ENDPOINT_TESTS_FILE);
    if (!existsSync(file)) continue;
    const parsed = endpointManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new BuildError([`${file}: not an endpoint test manifest (rebuild with xac build)`]);
    for (const [key, e] of Object.entries(parsed.data.endpoints)) out.set(key, { canonical: canonicals.get(e.apiGroup), cases: e.cases });
  }
  return out;
}

/** The declared workers and daily sync of the apps' manifests (the build's `workers` and `dailySync`). */
export interface DeclaredPipeline {
  readonly workers: DeclaredWorker[];
  /** Undefined when no app declares a daily sync. */
  readonly dailySync: DeclaredStep[] | undefined;
}

/**
 * The workers and daily-sync steps the apps declare (`apps/<app>/xs/endpoint-tests.json`), with their groups' canonicals.
 * @example pipelineOf(findApps(root), ws.canonicals).dailySync?.map((s) => s.step)
 */
export function pipelineOf(appDirs: readonly string[], canonicals: ReadonlyMap<string, string>): DeclaredPipeline {
  const workers: DeclaredWorker[] = [];
  let dailySync: DeclaredStep[] | undefined;
  for (const dir of appDirs) {
    const file = join(dir, 'xs', ENDPOINT_TESTS_FILE);
    if (!existsSync(file)) continue;
    const parsed = endpointManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new BuildError([`${file}: not an endpoint test manifest (rebuild with xac build)`]);
    for (const w of parsed.data.workers ?? []) workers.push({ ...w, canonical: canonicals.get(w.apiGroup) });
    if (parsed.data.dailySync) dailySync = [...(dailySync ?? []), ...parsed.data.dailySync.map((st) => ({ ...st, canonical: canonicals.get(st.apiGroup) }))].sort((a, b) => a.step - b.step);
  }
  return { workers: workers.sort((a, b) => a.id - b.id), dailySync };
}
