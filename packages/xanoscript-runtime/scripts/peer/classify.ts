// Which peer tests need an outside service: a test needs one when a statement it can reach (its own
// stack, the object under test, and everything they call by name in the same workspace) talks to
// something outside the workspace and its database — an api.request without a mock for this test
// (unit-testing.md "Mock Matching"), redis, cloud storage, external databases, AI, e-mail.
import { walk, type Document, type Node, type ObjectDecl, type Stmt } from '@xac/xanoscript-dsl/ast';
import type { TestCase } from '../../src/testing/discover.ts';
import type { Workspace } from './corpus.ts';

/** Statement keywords (prefixes) that talk to a service outside the workspace and its database. */
export const OUTSIDE_PREFIXES = ['redis.', 'storage.', 'cloud.', 'db.external.', 'ai.', 'action.call', 'util.send_email', 'util.ip_lookup', 'stream.from_request', 'api.realtime_event'];

const str = (n: Node | undefined): string | undefined => (n?.kind === 'StringLit' ? n.value : undefined);

function attr(s: { attrs: readonly { name: string; value: Node }[] }, name: string): Node | undefined {
  return s.attrs.find((a) => a.name === name)?.value;
}

/** The test names an api.request's `mock` answers. */
function mockKeys(s: { attrs: readonly { name: string; value: Node }[] }): string[] {
  const m = attr(s, 'mock');
  return m?.kind === 'ObjectExpr' ? m.entries.map((e) => e.key) : [];
}

type Index = Map<string, ObjectDecl>;

function indexOf(ws: Workspace): Index {
  const idx: Index = new Map();
  for (const f of ws.files) {
    for (const d of f.documents) {
      const o = d.object;
      if (o.kind === 'RawDecl') continue;
      const group = str(attr(o, 'api_group'));
      idx.set(o.kind === 'QueryDecl' ? `QueryDecl:${o.name}:${o.verb}:${group ?? ''}` : `${o.kind}:${o.name}`, o);
    }
  }
  return idx;
}

const CALLS: Readonly<Record<string, string>> = {
  'function.call': 'FunctionDecl', 'task.call': 'TaskDecl', 'middleware.call': 'MiddlewareDecl', 'trigger.call': 'TableTriggerDecl',
  'tool.call': 'ToolDecl', 'addon.call': 'AddonDecl',
};

/** The object a call statement names, when the workspace has it. */
function callee(s: Stmt, idx: Index): ObjectDecl | undefined | null {
  if (s.kind === 'FunctionRunStmt') return idx.get(`FunctionDecl:${str(s.target)}`);
  if (s.kind !== 'GenericStmt') return null;
  if (s.name === 'api.call') return idx.get(`QueryDecl:${str(s.target)}:${s.verb ?? ''}:${str(attr(s, 'api_group')) ?? ''}`);
  const kind = CALLS[s.name];
  return kind ? idx.get(`${kind}:${str(s.target)}`) : null;
}

export interface Classified {
  readonly class: 'offline' | 'outside';
  /** What makes it need a service (outside), or what it calls that the workspace lacks. */
  readonly notes: readonly string[];
}

function outsideOf(n: Stmt, test: string): string | undefined {
  if (n.kind === 'ApiRequestStmt') return mockKeys(n).includes(test) ? undefined : 'api.request without a mock for this test';
  if (n.kind === 'GenericStmt') return OUTSIDE_PREFIXES.find((p) => n.name.startsWith(p)) ? n.name : undefined;
  return undefined;
}

/**
 * The class of one test.
 * @example classify(test, workspace).class // 'offline'
 */
export function classify(test: TestCase, ws: Workspace): Classified {
  const idx = indexOf(ws);
  const needs = new Set<string>();
  const missing = new Set<string>();
  const seen = new Set<ObjectDecl>();
  const visit = (root: Node): void => walk(root, {
    enter(n) {
      if (n.kind === 'TestBlock' && root !== n) return false;
      if (n.kind === 'Document' || !('kind' in n)) return undefined;
      const s = n as Stmt;
      const why = outsideOf(s, test.name);
      if (why) needs.add(why);
      const target = callee(s, idx);
      if (target === undefined) missing.add(`${s.kind === 'GenericStmt' ? s.name : 'function.run'} of an object the workspace lacks`);
      else if (target && !seen.has(target)) {
        seen.add(target);
        for (const st of target.stack ?? []) visit(st);
      }
      return undefined;
    },
  });
  if (test.kind === 'test') {
    seen.add(test.owner);
    visit(test.block);
    for (const st of test.owner.stack ?? []) visit(st);
  } else for (const st of test.owner.stack ?? []) visit(st);
  return needs.size > 0 ? { class: 'outside', notes: [...needs].sort() } : { class: 'offline', notes: [...missing].sort() };
}

export type { Document };
