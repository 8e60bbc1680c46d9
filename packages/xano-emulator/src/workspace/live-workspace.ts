// The deployed (published) objects of one branch, parsed once per state change: what the workspace's
// endpoints, tasks and `function.run` calls run (DESIGN "The emulator is a real server").
import type { Document, FunctionDecl, QueryDecl, TableDecl, TaskDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { evaluateConstant, type FunctionEntry, type FunctionResolver } from '@xac/xanoscript-runtime';
import type { StoredBranch } from '../state.js';

/** An endpoint with the group it is served under. */
export interface EndpointEntry {
  readonly decl: QueryDecl;
  readonly canonical: string;
  /** The query name split at `/` (`users/{id}` → ['users', '{id}']). */
  readonly segments: readonly string[];
  readonly path: string;
}

export interface TaskEntry {
  readonly decl: TaskDecl;
  readonly path: string;
}

export interface LiveWorkspace {
  readonly endpoints: readonly EndpointEntry[];
  readonly tasks: readonly TaskEntry[];
  readonly functions: FunctionResolver;
  readonly tables: readonly TableDecl[];
  /** Changes when a table's text changes (the database reopens its tables then). */
  readonly tablesKey: string;
}

const parsedByText = new Map<string, Document | undefined>();

function parsed(text: string): Document | undefined {
  if (!parsedByText.has(text)) {
    const r = parse(text);
    parsedByText.set(text, r.diagnostics.some((d) => d.severity === 'error') ? undefined : r.documents[0]);
  }
  return parsedByText.get(text);
}

const textAttr = (decl: { readonly attrs: readonly { readonly name: string; readonly value: Parameters<typeof evaluateConstant>[0] }[] }, name: string): string | undefined => {
  const a = decl.attrs.find((x) => x.name === name);
  const v = a ? evaluateConstant(a.value) : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** A group's canonical (its `canonical` attribute; the name when it has none). */
function canonicals(docs: readonly Document[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const d of docs) if (d.object.kind === 'ApiGroupDecl') byName.set(d.object.name, textAttr(d.object, 'canonical') ?? d.object.name);
  return byName;
}

/**
 * The endpoints of a set of documents, each with its group's canonical (a query whose group is
 * missing is left out).
 * @example endpointsOf(docs).map((e) => `${e.decl.verb} /api:${e.canonical}/${e.decl.name}`)
 */
export function endpointsOf(docs: readonly Document[]): EndpointEntry[] {
  const groups = canonicals(docs);
  return docs.flatMap((d) => {
    if (d.object.kind !== 'QueryDecl') return [];
    const group = textAttr(d.object, 'api_group') ?? '';
    const canonical = groups.get(group);
    if (canonical === undefined) return [];
    const path = `api/${group}/${d.object.name}_${d.object.verb}.xs`;
    return [{ decl: d.object, canonical, segments: d.object.name.split('/').filter((s) => s !== ''), path }];
  });
}

function build(branch: StoredBranch): LiveWorkspace {
  const docs = branch.objects.flatMap((o) => {
    const d = parsed(o.text);
    return d ? [d] : [];
  });
  const fns = new Map<string, FunctionEntry>();
  for (const d of docs) if (d.object.kind === 'FunctionDecl') fns.set(d.object.name, { decl: d.object as FunctionDecl, path: `function/${d.object.name}.xs` });
  const tableDocs = branch.objects.filter((o) => o.type === 'table');
  return {
    endpoints: endpointsOf(docs),
    tasks: docs.flatMap((d) => (d.object.kind === 'TaskDecl' ? [{ decl: d.object, path: `task/${d.object.name}.xs` }] : [])),
    functions: (name) => fns.get(name),
    tables: docs.flatMap((d) => (d.object.kind === 'TableDecl' ? [d.object] : [])),
    tablesKey: tableDocs.map((o) => o.text).join('\n---\n'),
  };
}

const cache = new WeakMap<readonly unknown[], LiveWorkspace>();

/**
 * The branch's objects as the runtime runs them (cached until the branch's objects change).
 * @example liveWorkspace(branch).endpoints.map((e) => e.decl.name)
 */
export function liveWorkspace(branch: StoredBranch): LiveWorkspace {
  let w = cache.get(branch.objects);
  if (!w) {
    w = build(branch);
    cache.set(branch.objects, w);
  }
  return w;
}
