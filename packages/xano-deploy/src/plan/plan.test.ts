import { describe, expect, it } from 'vitest';
import { analyzeXs } from './analyze.js';
import { makePlan } from './plan.js';
import { renderPlan } from './render.js';
import { parsePlanFile } from './plan-file.js';
import { hasChanges, type DesiredObject, type RemoteObject } from './types.js';

const target = { name: 'emulator', instance: 'emulator', workspaceId: 1, branch: 'v1' };

const fn = (name: string, calls: string[] = [], extra = '') =>
  `function "${name}" {\n  input {\n  }\n  stack {\n${calls.map((c) => `    function.run "${c}" {\n      input = {}\n    } as $r_${c.replace(/\W/g, '_')}\n`).join('')}${extra}  }\n  response = null\n}\n`;
const table = (name: string, cols: string) => `table "${name}" {\n  auth = false\n  schema {\n    int id\n${cols}  }\n}\n`;
const group = (name: string) => `api_group "${name}" {\n  canonical = "${name.toLowerCase()}"\n}\n`;
const query = (path: string, g: string) => `query "${path}" verb=GET {\n  api_group = "${g}"\n  input {\n  }\n  stack {\n  }\n  response = null\n}\n`;

let nextId = 1;
function desired(text: string, file = 'x.xs', renames?: Record<string, string>): DesiredObject {
  const { object, errors } = analyzeXs(text);
  expect(errors).toEqual([]);
  if (!object) throw new Error('no object');
  return { ...object, file, ...(renames ? { renames } : {}) };
}
function remote(text: string, guid = `g${nextId}`): RemoteObject {
  const { object } = analyzeXs(text);
  if (!object) throw new Error('no object');
  return { ...object, id: nextId++, guid };
}

describe('makePlan', () => {
  it('is all noop when remote equals desired (guids and whitespace ignored)', () => {
    const text = fn('a');
    const withGuid = text.replace(/\n}\n$/, '\n  guid = "zzz"\n}\n');
    const plan = makePlan({ desired: [desired(text)], remote: [remote(withGuid)], target });
    expect(plan.steps.map((s) => s.kind)).toEqual(['noop']);
    expect(hasChanges(plan)).toBe(false);
  });

  it('orders tables, functions by call order, groups, endpoints; deletes last in reverse', () => {
    const objs = [query('q', 'G'), group('G'), fn('caller', ['callee']), fn('callee'), table('t', '')].map((t) => desired(t));
    const gone = [remote(fn('old')), remote(table('old_t', ''))];
    const plan = makePlan({ desired: objs, remote: gone, target, prune: true });
    expect(plan.steps.map((s) => `${s.kind} ${s.resource.type}:${s.resource.name}`)).toEqual([
      'create table:t',
      'create function:callee',
      'create function:caller',
      'create api_group:G',
      'create query:q',
      'delete function:old',
      'delete table:old_t',
    ]);
    expect(plan.hazards.filter((h) => h.kind === 'delete')).toHaveLength(2);
  });

  it('lists remote-only objects without deleting them unless prune', () => {
    const plan = makePlan({ desired: [], remote: [remote(fn('stray'))], target });
    expect(plan.steps).toEqual([]);
    expect(plan.remoteOnly).toEqual([{ type: 'function', name: 'stray' }]);
  });

  it('reports column drops, type changes, removed enum values and suspected renames', () => {
    const before = table('t', '    text nm\n    int n\n    enum status {\n      values = ["a", "b"]\n    }\n    text gone\n');
    const after = table('t', '    text name\n    text n\n    enum status {\n      values = ["a"]\n    }\n');
    const plan = makePlan({ desired: [desired(after)], remote: [remote(before)], target });
    const kinds = plan.hazards.map((h) => `${h.kind}:${h.column ?? ''}`).sort();
    expect(kinds).toEqual(['column-drop:gone', 'column-drop:nm', 'column-type:n', 'enum-remove:status']);
    const drop = plan.hazards.find((h) => h.column === 'nm');
    expect(drop?.suspectedRename).toEqual({ from: 'nm', to: 'name' });
    expect(plan.steps[0]?.diff).toContain('-    text nm');
  });

  it('applies a declared rename as a rename, not a drop', () => {
    const plan = makePlan({
      desired: [desired(table('t', '    text name\n'), 't.xs', { nm: 'name' })],
      remote: [remote(table('t', '    text nm\n'))],
      target,
    });
    expect(plan.steps[0]?.renames).toEqual([{ from: 'nm', to: 'name' }]);
    expect(plan.hazards.map((h) => h.kind)).toEqual(['rename']);
  });

  it('fingerprints the remote: any remote change gives another fingerprint', () => {
    const a = makePlan({ desired: [], remote: [remote(fn('a'), 'g1')], target });
    const b = makePlan({ desired: [], remote: [remote(fn('a', [], '    var $x {\n      value = 1\n    }\n'), 'g1')], target });
    const c = makePlan({ desired: [], remote: [remote(fn('a'), 'g1')], target });
    expect(a.remoteFingerprint).not.toBe(b.remoteFingerprint);
    expect(a.remoteFingerprint).toBe(c.remoteFingerprint);
  });

  it('renders table, markdown and json; json round-trips through the plan file reader', () => {
    const plan = makePlan({ desired: [desired(fn('a'), 'apps/f/xs/function/a.xs')], remote: [remote(fn('b'))], target });
    expect(renderPlan(plan, 'table')).toContain('1 to create');
    const md = renderPlan(plan, 'markdown');
    expect(md).toContain('| + | create | function |');
    expect(md).toContain('Remote only');
    expect(parsePlanFile(renderPlan(plan, 'json'), 'plan.json')).toEqual(plan);
    expect(() => parsePlanFile('{"version":2}', 'p.json')).toThrow(/version 2/);
  });
});

describe('kinds and identity (ast/schema/identity.ts)', () => {
  it('manages every trigger kind of the identity module and keys objects by its identity', async () => {
    const { TRIGGER_KEYWORDS, identityOf: objectIdentity } = await import('@xac/xanoscript-dsl/ast');
    const { RESOURCE_KINDS } = await import('./types.js');
    const { identityOf } = await import('./analyze.js');
    expect(RESOURCE_KINDS.filter((k) => k.endsWith('_trigger')).sort()).toEqual([...TRIGGER_KEYWORDS].sort());
    const q = analyzeXs('query "users/{id}" verb=GET {\n  api_group = "Users"\n  input {\n  }\n  stack {\n  }\n  response = 1\n  guid = "g"\n}\n').object;
    expect(q?.identity).toBe('query:users/{id}:GET:Users');
    expect(q?.identity).toBe(objectIdentity({ kind: 'query', name: 'users/{id}', verb: 'GET', apiGroup: 'Users' }));
    expect(identityOf({ type: 'table_trigger', name: 't' })).toBe('table_trigger:t');
  });
});
