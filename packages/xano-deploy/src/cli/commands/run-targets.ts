// What `xac run endpoint <VERB> <path>` and `xac run task <name>` run: an endpoint of the compiled
// apps/*/xs found the way the emulator routes a request (docs/emulator.md), or a task by name.
import type { Document } from '@xac/xanoscript-dsl/ast';
import { apiTarget, authTable, endpointsOf, matchEndpoint, requestInput, type EndpointEntry } from '@xac/xano-emulator';
import { UsageError } from '../errors.js';

export interface Loaded {
  readonly document: Document;
  readonly path: string;
}

const VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);

/** `/api:<canonical>/<path>`, or a bare `<path>` when one group alone has it. */
function targetOf(entries: readonly EndpointEntry[], path: string) {
  const full = apiTarget(path);
  if (full) return full;
  const rel = path.replace(/^\/+/, '');
  const groups = [...new Set(entries.filter((e) => e.segments.length === rel.split('/').length).map((e) => e.canonical))];
  const hits = groups.filter((canonical) => {
    try {
      return matchEndpoint(entries, 'GET', { canonical, segments: rel.split('/'), query: new URLSearchParams() }) !== undefined;
    } catch (err) {
      return (err as { status?: number }).status === 405;
    }
  });
  if (hits.length > 1) throw new UsageError(`${path} is in several groups (${hits.join(', ')}); give /api:<canonical>/${rel}`);
  return { canonical: hits[0] ?? '', segments: rel.split('/').filter((s) => s !== ''), query: new URLSearchParams() };
}

/** The endpoint, its input (path parameters and the path's query string under `--input`) and its auth table. */
export function findEndpoint(library: readonly Loaded[], verbArg: string, path: string, input: Record<string, unknown>) {
  const verb = verbArg.toUpperCase();
  if (!VERBS.has(verb)) throw new UsageError(`xac run endpoint <VERB> <path>: "${verbArg}" is not an HTTP verb (GET, POST, PUT, PATCH, DELETE)`);
  const entries = endpointsOf(library.map((l) => l.document));
  const t = targetOf(entries, path);
  let hit: ReturnType<typeof matchEndpoint>;
  try {
    hit = matchEndpoint(entries, verb, t);
  } catch (err) {
    const known = entries.map((e) => `${e.decl.verb} /api:${e.canonical}/${e.decl.name}`).slice(0, 8).join(', ');
    throw new UsageError(`no endpoint ${verb} ${path} in apps/*/xs (${(err as Error).message}; endpoints: ${known || 'none'})`);
  }
  const loaded = library.find((l) => l.document.object === hit.entry.decl);
  return {
    decl: hit.entry.decl, path: loaded?.path ?? hit.entry.path, authTable: authTable(hit.entry),
    input: { ...requestInput(t.query, '', '', {}), ...input, ...hit.params },
  };
}

/** The task `name` of the library. */
export function findTask(library: readonly Loaded[], name: string): Loaded {
  const found = library.find((l) => l.document.object.kind === 'TaskDecl' && l.document.object.name === name);
  if (found) return found;
  const names = library.flatMap((l) => (l.document.object.kind === 'TaskDecl' ? [`"${l.document.object.name}"`] : []));
  throw new UsageError(`no task named "${name}" in apps/*/xs (tasks: ${names.join(', ') || 'none'})`);
}
