// Which layout wrote a file, from its path and the object it holds. The layouts, in our words, with
// the sources read for each, are in docs/layout.md.
import { layoutPathOf, type ObjectRef } from '../ast/schema/identity.js';

/**
 * `cli`: the official CLI's pull (`function/…`, `api/<group>/<group>.xs`, `api/<group>/<path>_<VERB>.xs`).
 * `git-sync`: Xano's Git Sync (the CLI's singular folders, but a query's path flattened into one file
 * name, digits not split, `workspace/branch.xs`). `vscode`: the VS Code extension (plural folders
 * named by `.xano/config.json`, `apis/<group>/api_group.xs`). `apis-id`: the extension's older
 * layout, `<id>_` before every file name (`apis/<group>/<id>_<name>_<VERB>.xs`).
 */
export const TREE_LAYOUTS = ['cli', 'git-sync', 'vscode', 'apis-id'] as const;
export type TreeLayout = (typeof TREE_LAYOUTS)[number];

/** The VS Code extension's folder per kind (`.xano/config.json` `paths`, with its defaults). */
export interface VscodePaths {
  readonly [key: string]: string | undefined;
}

export const VSCODE_DEFAULT_PATHS: Readonly<Record<string, string>> = {
  functions: 'functions', tables: 'tables', apis: 'apis', tasks: 'tasks', tools: 'tools',
  workflowTests: 'workflow_tests', agents: 'agents', agentTriggers: 'agents/triggers', mcpServers: 'mcp_servers',
  mcpServerTriggers: 'mcp_servers/triggers', tableTriggers: 'tables/triggers', addOns: 'addons',
  middlewares: 'middlewares', realtimeChannels: 'realtime', realtimeTriggers: 'realtime/triggers',
};

/** The official CLI's top folders (ast/schema/object-kinds.ts `folder`, plus `query` for groupless endpoints). */
const CLI_TOP = new Set(['function', 'api', 'table', 'task', 'middleware', 'addon', 'workspace', 'ai', 'realtime', 'workflow_test', 'branch', 'query']);

const ID_PREFIX = /^\d+_/;
/** `api_group.xs` or a lower-case verb suffix under the CLI's folders: written by hand, not by a tool. */
const HAND_NAMED = /^api_group\.xs$|_(get|post|put|patch|delete)\.xs$/;

/** The folders a VS Code config names (first segments), defaults included. */
export function vscodeTops(paths: VscodePaths): Set<string> {
  const all = { ...VSCODE_DEFAULT_PATHS, ...paths };
  return new Set(Object.values(all).flatMap((p) => (p === undefined ? [] : [p.split('/')[0] ?? p])));
}

/** Splits a path at its first layout folder: `backend/api/x/y.xs` → ['backend', 'api/x/y.xs']. */
export function splitRoot(path: string, tops: ReadonlySet<string>): { prefix: string; rest: string } | undefined {
  const parts = path.split('/');
  const at = parts.findIndex((p, i) => i < parts.length - 1 && (tops.has(p) || CLI_TOP.has(p)));
  if (at < 0) return undefined;
  return { prefix: parts.slice(0, at).join('/'), rest: parts.slice(at).join('/') };
}

/** The CLI numbers clashing file names (`_2.xs`) and api-group folders (`api/<group>_2/`). */
const uncounted = (p: string) => p.replace(/_\d+(?=\.xs$)/, '').replace(/^api\/([^/]+?)_\d+\//, 'api/$1/');
const sameUpToCounters = (a: string, b: string) => a === b || uncounted(a) === uncounted(b);

/**
 * The layout one file belongs to, or undefined when its place says nothing (a file at the root).
 * @example classifyFile('function/utils/send_email.xs', {kind: 'function', name: 'utils/send_email'}, new Set()) // 'cli'
 */
export function classifyFile(rest: string, ref: ObjectRef | undefined, tops: ReadonlySet<string>): TreeLayout | undefined {
  const top = rest.split('/')[0] ?? '';
  const base = rest.split('/').pop() ?? '';
  if (tops.has(top) && !CLI_TOP.has(top)) return ID_PREFIX.test(base) ? 'apis-id' : 'vscode';
  if (!CLI_TOP.has(top)) return undefined;
  // Hand-organised trees (Xano's community templates) use the CLI's folders with names no tool writes.
  if (HAND_NAMED.test(base)) return undefined;
  if (ref === undefined) return 'cli';
  if (sameUpToCounters(rest, layoutPathOf(ref))) return 'cli';
  if (ref.kind === 'query' && ref.apiGroup === undefined) return 'cli';
  return 'git-sync';
}
