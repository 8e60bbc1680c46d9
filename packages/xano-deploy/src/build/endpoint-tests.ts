// Endpoint test cases declared beside the endpoints (`endpointTests(query, cases)` exported from an
// app's module) compiled into one manifest per app, `apps/<app>/xs/endpoint-tests.json`, the
// response shapes as JSON Schema, with the workers (workerTest()) and the daily sync (dailySync())
// declared in the app (docs/validation.md).
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { INTEGRATIONS, isDailySync, isEndpointTests, isWorkerTest, toManifestCase, type EndpointManifest, type SyncStepInput, type SyncStepManifest, type WorkerDeclInput, type WorkerManifest } from '@xac/validators/suites';
import { asDefinition } from '@xac/xanoscript-dsl/dsl';
import { importTs } from '../config/ts-loader.js';
import { findSources } from './discover.js';
import { BuildError } from './errors.js';

export const ENDPOINT_TESTS_FILE = 'endpoint-tests.json';

type Entry = EndpointManifest['endpoints'][string];

/** `file:line:col` of `export const <name>` in a source file (the file alone when not found). */
function whereExport(file: string, where: string, name: string): string {
  const text = readFileSync(file, 'utf8');
  const m = new RegExp(`export\\s+(?:const|let|var)\\s+${name}\\b`).exec(text);
  if (!m) return where;
  const before = text.slice(0, m.index).split('\n');
  return `${where}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

function tableName(t: unknown): string | undefined {
  const decl = asDefinition(t)?.toDecl();
  return decl?.kind === 'TableDecl' ? decl.name : undefined;
}

/** The manifest entry of a worker or sync step, or the problems with its declaration. */
function callOf(d: WorkerDeclInput | SyncStepInput, at: string, what: string): { problems: string[]; entry?: Omit<WorkerManifest, 'id'> } {
  const problems: string[] = [];
  const decl = asDefinition(d.endpoint)?.toDecl();
  if (decl?.kind !== 'QueryDecl') problems.push(`${at}: ${what}: endpoint must be a query(…) definition (its test endpoint), got ${typeof d.endpoint}`);
  if (typeof d.name !== 'string' || d.name.trim() === '') problems.push(`${at}: ${what}: name must be a non-empty string`);
  if (d.input !== undefined && (typeof d.input !== 'object' || d.input === null || Array.isArray(d.input))) problems.push(`${at}: ${what}: input must be an object of input names to values`);
  const writes = Array.isArray(d.writes) ? d.writes.map(tableName) : [];
  if (!Array.isArray(d.writes) || writes.length === 0) problems.push(`${at}: ${what}: writes must list at least one table (the data a pass must change)`);
  writes.forEach((w, i) => {
    if (w === undefined) problems.push(`${at}: ${what}: writes[${i}] must be a table(…) definition`);
  });
  if (problems.length > 0 || decl?.kind !== 'QueryDecl') return { problems };
  const group = decl.attrs.find((a) => a.name === 'api_group')?.value;
  return { problems, entry: { name: d.name, verb: decl.verb.toUpperCase(), path: decl.name, apiGroup: group?.kind === 'StringLit' ? group.value : '', input: { ...(d.input ?? {}) }, writes: writes as string[] } };
}

function entryOf(endpoint: unknown, file: string): Entry {
  const decl = asDefinition(endpoint)?.toDecl();
  if (decl?.kind !== 'QueryDecl') throw new BuildError([`${file}: endpointTests() takes an endpoint (a query(…) definition) as its first argument`]);
  const group = decl.attrs.find((a) => a.name === 'api_group')?.value;
  return { verb: decl.verb.toUpperCase(), name: decl.name, apiGroup: group?.kind === 'StringLit' ? group.value : '', cases: [] };
}

/**
 * The manifest of each app that declares endpoint tests (by app folder relative to the root).
 * @example (await endpointManifests(root, findApps(root))).get('apps/endpoints')?.endpoints['POST reset-stuck-fub-jobs']
 */
export async function endpointManifests(root: string, appDirs: readonly string[]): Promise<Map<string, EndpointManifest>> {
  const out = new Map<string, EndpointManifest>();
  for (const appDir of appDirs) {
    const endpoints: Record<string, Entry> = {};
    const workers = new Map<number, { at: string; entry: WorkerManifest }>();
    let sync: { at: string; steps: SyncStepManifest[] } | undefined;
    const problems: string[] = [];
    // A declaration re-exported from another module (an index.ts) is the same value: counted once.
    const seen = new Set<unknown>();
    for (const file of findSources(appDir)) {
      const mod = await importTs(file);
      const where = relative(root, file).split(sep).join('/');
      for (const [exportName, value] of Object.entries(mod)) {
        if (seen.has(value)) continue;
        if (isEndpointTests(value)) {
          seen.add(value);
          const e = entryOf(value.endpoint, where);
          const key = `${e.verb} ${e.name}`;
          endpoints[key] = { ...e, cases: [...(endpoints[key]?.cases ?? []), ...value.cases.map(toManifestCase)] };
        } else if (isWorkerTest(value)) {
          seen.add(value);
          const at = whereExport(file, where, exportName);
          const what = `workerTest ${String(value.id)}`;
          if (!Number.isInteger(value.id)) problems.push(`${at}: ${what}: id must be an integer (the seed's function id)`);
          const { problems: p, entry } = callOf(value, at, what);
          problems.push(...p);
          const before = workers.get(value.id);
          if (before) problems.push(`${at}: ${what}: worker ${value.id} is already declared at ${before.at}`);
          else if (entry && Number.isInteger(value.id)) workers.set(value.id, { at, entry: { id: value.id, ...entry } });
        } else if (isDailySync(value)) {
          seen.add(value);
          const at = whereExport(file, where, exportName);
          if (sync) {
            problems.push(`${at}: dailySync() is already declared at ${sync.at}; declare one daily sync per app`);
            continue;
          }
          const steps: SyncStepManifest[] = [];
          const stepAt = new Map<number, number>();
          value.steps.forEach((st, i) => {
            const what = `dailySync step ${String(st.step)} (entry ${i + 1})`;
            if (!Number.isInteger(st.step) || st.step < 1) problems.push(`${at}: ${what}: step must be a positive integer (its place in the sync)`);
            if (!(INTEGRATIONS as readonly string[]).includes(st.integration)) problems.push(`${at}: ${what}: integration must be one of ${INTEGRATIONS.join(', ')}, got ${JSON.stringify(st.integration)}`);
            if (stepAt.has(st.step)) problems.push(`${at}: ${what}: step ${st.step} is already entry ${stepAt.get(st.step)! + 1}`);
            stepAt.set(st.step, i);
            const { problems: p, entry } = callOf(st, at, what);
            problems.push(...p);
            if (entry) steps.push({ step: st.step, integration: st.integration, ...entry });
          });
          sync = { at, steps: steps.sort((a, b) => a.step - b.step) };
        }
      }
    }
    if (problems.length > 0) throw new BuildError(problems);
    const sorted = Object.fromEntries(Object.entries(endpoints).sort(([a], [b]) => (a < b ? -1 : 1)));
    const workerList = [...workers.values()].map((w) => w.entry).sort((a, b) => a.id - b.id);
    if (Object.keys(sorted).length > 0 || workerList.length > 0 || sync) {
      out.set(relative(root, appDir).split(sep).join('/'), { version: 1, endpoints: sorted, ...(workerList.length > 0 ? { workers: workerList } : {}), ...(sync ? { dailySync: sync.steps } : {}) });
    }
  }
  return out;
}
