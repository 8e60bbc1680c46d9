import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../ast/schema/catalogue.js';
import { ANY_PREFIXES } from '../ast/schema/generic-statements.js';
import { OBJECT_KINDS, SLOTS } from '../ast/schema/object-kinds.js';
import { stmtSpecOfKeyword } from '../ast/schema/statements.js';
import { typeCheck } from './__tests__/type-check.js';
import { RESULT_TYPES } from './generic.js';
import { KIND_BUILDERS } from './kinds.js';
import * as dsl from './index.js';
import { asDefinition } from './objects.js';
import { parse } from '../parser/parse.js';
import { print } from '../printer/print.js';

// Type tests for every statement family and object kind, generated from the catalogue
// (ast/schema/catalogue.ts, object-kinds.ts): for each, the unsafe use of what the DSL types must be
// rejected with the expected TypeScript diagnostic code on the expected line, and the safe form must
// compile. Statements of the generic table get their cases from their attribute specs and their
// result type (RESULT_TYPES, else untyped JSON); the statements and kinds with builders of their own
// have theirs below, and the coverage test fails for any keyword of the catalogue without one. All
// cases are checked in one TypeScript program.

const HEADER = `import { apiGroup, fn, query, t, table, task, ${[...new Set(Object.values(KIND_BUILDERS))].join(', ')} } from '../index.js';
const user = table('user', { schema: [t.int('id'), t.text('email'), t.bool('active'), t.decimal('score'), t.text('name').optional()] });
const callee = fn('Workers/Callee', { input: [t.int('user_id')] }, () => null);
const group = apiGroup('g', {});
void user; void callee; void group;
`;
const HEADER_LINES = HEADER.split('\n').length - 1;

type Expected = ReadonlyArray<readonly [code: number, line: number]>;

interface Case {
  readonly family: string;
  readonly name: string;
  /** Top-level code after the header. */
  readonly code: string;
  /** Every [TS diagnostic code, 1-based line within `code`]; [] when the code must compile. */
  readonly expect: Expected;
}

const IN_FUNCTION = `export default fn('Test', { input: [t.text('user_id')] }, (s) => {`;
/** What the parser allows only in a workflow_test (or a test block): api.call, expect.* (checkContext). */
const IN_WORKFLOW_TEST = `export default workflowTest('Test', {}, (s) => {`;
const testOnly = (keyword: string) => keyword === 'api.call' || keyword.startsWith('expect.');

/** A stack body inside a function with the text input `user_id` (or a workflow_test); its lines count from 1. */
function inStack(lines: readonly string[], expected: Expected, host = IN_FUNCTION): Pick<Case, 'code' | 'expect'> {
  const code = [host, ...lines.map((l) => `  ${l}`), '});'].join('\n');
  return { code, expect: expected.map(([c, l]) => [c, l + 1] as const) };
}

// What each result type rejects. A lookup value must have its column's type (the seed's text id);
// untyped JSON has no dot path, only `.get(key, default)`.
const LOOKUP_COLUMN: Readonly<Record<string, string>> = { int: 'id', text: 'email', bool: 'active', decimal: 'score' };

/** The unsafe and the safe use of `r`, bound by `bind`, whose DSL type is `type`. */
function resultCases(family: string, what: string, bind: readonly string[], type: string, host = IN_FUNCTION): Case[] {
  const n = bind.length;
  if (type === 'json') {
    return [
      { family, name: `${what}: a dot path on its untyped result`, ...inStack([...bind, 'const v = r.not_declared;'], [[2339, n + 1]], host) },
      { family, name: `${what}: its result read with .get(key, default)`, ...inStack([...bind, `const v = s.var('v', r.get('not_declared', 0));`, 'v.add(1);'], [], host) },
    ];
  }
  const column = LOOKUP_COLUMN[type];
  if (column === undefined) throw new Error(`no unsafe form for a ${type} result (${what}): add one to statement-types.test.ts`);
  const other = type === 'int' ? 'email' : 'id';
  const lookup = (c: string) => `s.db.get(user, { field_name: '${c}', field_value: r, as: 'u' });`;
  return [
    { family, name: `${what}: its ${type} result as a ${other} lookup value`, ...inStack([...bind, lookup(other)], [[2322, n + 1]], host) },
    { family, name: `${what}: its ${type} result as a ${column} lookup value`, ...inStack([...bind, lookup(column)], [], host) },
  ];
}

const familyOf = (keyword: string) => keyword.split('.').slice(0, -1).join('.') || keyword;

/**
 * `s.stmt(keyword, { required…, one of each group }, { as: 'r' })`, its result used unsafely and
 * safely; for a statement with a one-of group (`data|items!`), the group left out.
 */
function genericCases(keyword: string): Case[] {
  const spec = CATALOGUE[keyword];
  const required = (spec?.attrs ?? []).filter((a) => a.required).map((a) => `${a.name}: 1`);
  const groups = (spec?.oneOf ?? []).map((g) => `${g[0]}: 1`);
  const call = (attrs: readonly string[]) => `s.stmt('${keyword}', { ${attrs.join(', ')} }, { as: 'r' })`;
  const type: string = (RESULT_TYPES as Readonly<Record<string, string>>)[keyword] ?? 'json';
  const host = testOnly(keyword) ? IN_WORKFLOW_TEST : IN_FUNCTION;
  const family = familyOf(keyword);
  // s.stmt is overloaded (with and without `as`): a missing attribute is TS2769.
  const missing: Case[] = groups.length === 0 ? [] : [{ family, name: `${keyword}: without any of ${spec!.oneOf.map((g) => g.join('|')).join(', ')}`, ...inStack([`${call(required)};`], [[2769, 1]], host) }];
  return [...resultCases(family, keyword, [`const r = ${call([...required, ...groups])};`], type, host), ...missing];
}

const row = (c: string) => `s.db.get(user, { field_name: 'id', field_value: 1, as: '${c}' })`;
const writeCases = (keyword: string, call: string): Case[] => [
  { family: 'db', name: `${keyword}: an undeclared column of the row it returns`, ...inStack([`const r = ${call};`, 'const v = r.phone;'], [[2339, 2]]) },
  { family: 'db', name: `${keyword}: a declared column of the row it returns`, ...inStack([`const r = ${call};`, 'const v = r.email.trim();'], []) },
  // The write builders are overloaded (with and without `as`): a rejected argument is TS2769.
  { family: 'db', name: `${keyword}: a text input as its int lookup value`, ...inStack([call.replace("field_value: 1", 'field_value: s.input.user_id')], [[2769, 1]]) },
];

/** The statements with builders of their own (statements.ts), by keyword. */
const CORE_CASES: Readonly<Record<string, readonly Case[]>> = {
  var: [
    { family: 'var', name: 'var: a text value as an int lookup', ...inStack([`const r = s.var('r', s.input.user_id);`, `s.db.get(user, { field_name: 'id', field_value: r, as: 'u' });`], [[2322, 2]]) },
    { family: 'var', name: 'var: a converted value as an int lookup', ...inStack([`const r = s.var('r', s.input.user_id.toInt().firstNotEmpty(0));`, `s.db.get(user, { field_name: 'id', field_value: r, as: 'u' });`], []) },
  ],
  'function.run': [
    ...resultCases('function', 'function.run', [`const r = s.run(callee, { user_id: 1 }, 'r');`], 'json'),
    { family: 'function', name: 'function.run: an input the callee does not declare', ...inStack([`s.run(callee, { ad_user_id: 1 }, 'r');`], [[2561, 1]]) },
  ],
  'api.request': resultCases('api', 'api.request', [`const r = s.request({ url: 'https://example.com', method: 'GET', as: 'r' });`], 'json'),
  'db.get': [
    { family: 'db', name: 'db.get: a column of a row that may be null', ...inStack([`const r = ${row('r')};`, 'const v = r.email;'], [[2339, 2]]) },
    { family: 'db', name: 'db.get: a column after s.requireFound', ...inStack([`const r = s.requireFound(${row('r')});`, 'const v = r.email.trim();'], []) },
    { family: 'db', name: 'db.get: a text input as an int lookup value', ...inStack([`s.db.get(user, { field_name: 'id', field_value: s.input.user_id, as: 'u' });`], [[2322, 1]]) },
  ],
  'db.has': resultCases('db', 'db.has', [`const r = s.db.has(user, { field_name: 'email', field_value: 'a', as: 'r' });`], 'bool'),
  'db.query': [
    { family: 'db', name: 'db.query: a column read on the list of rows', ...inStack([`const r = s.db.query(user, { as: 'r' });`, 'const v = r.email;'], [[2339, 2]]) },
    { family: 'db', name: 'db.query: a column read on each row', ...inStack([`const r = s.db.query(user, { as: 'r' });`, `s.foreach(r, 'row', (item) => void item.email.trim());`], []) },
    { family: 'db', name: 'db.query: an undeclared column in where', ...inStack([`s.db.query(user, { where: (c) => c.phone.eq(1), as: 'r' });`], [[2339, 1]]) },
    { family: 'db', name: 'db.query single: a column of a row that may be null', ...inStack([`const r = s.db.query(user, { return: { type: 'single' }, as: 'r' });`, 'const v = r.email;'], [[2339, 2]]) },
    ...resultCases('db', 'db.query count', [`const r = s.db.query(user, { return: { type: 'count' }, as: 'r' });`], 'int'),
  ],
  'db.add': [
    ...writeCases('db.add', `s.db.add(user, { data: { email: 'a' }, as: 'r' })`).slice(0, 2),
    { family: 'db', name: 'db.add: data of the wrong type for its column', ...inStack([`s.db.add(user, { data: { id: s.input.user_id } });`], [[2769, 1]]) },
  ],
  'db.edit': writeCases('db.edit', `s.db.edit(user, { field_name: 'id', field_value: 1, data: { email: 'a' }, as: 'r' })`),
  'db.patch': writeCases('db.patch', `s.db.patch(user, { field_name: 'id', field_value: 1, data: { email: 'a' }, as: 'r' })`),
  'db.add_or_edit': writeCases('db.add_or_edit', `s.db.addOrEdit(user, { field_name: 'id', field_value: 1, data: { email: 'a' }, as: 'r' })`),
  'db.del': [
    { family: 'db', name: 'db.del: a text input as an int lookup value', ...inStack([`s.db.del(user, { field_name: 'id', field_value: s.input.user_id });`], [[2322, 1]]) },
    { family: 'db', name: 'db.del: a converted input as an int lookup value', ...inStack([`s.db.del(user, { field_name: 'id', field_value: s.input.user_id.toInt().firstNotEmpty(0) });`], []) },
  ],
};

/** Statements with a node of their own that bind no result and type no lookup: nothing unsafe to reject. */
const NO_RESULT = new Set(['var.update', 'precondition', 'throw', 'return', 'debug.log', 'util.sleep']);

/** `builder('x', { required…, …more }, body)` for an object kind with a builder of kinds.ts. */
function kindCases(keyword: string, builder: string): Case[] {
  const spec = OBJECT_KINDS.find((k) => k.keyword === keyword)!;
  const slots: readonly string[] = SLOTS;
  const required = spec.required.filter((r) => !slots.includes(r)).map((r) => `${r}: 1`);
  const family = `object ${keyword}`;
  if (!(spec.order as readonly string[]).includes('stack')) {
    const call = (more: readonly string[]) => `export default ${builder}('x', { ${[...required, ...more].join(', ')} });`;
    return [
      { family, name: `${keyword}: an attribute the kind does not have`, code: call(['not_an_attribute: 1']), expect: [[2353, 1]] },
      { family, name: `${keyword}: its attributes`, code: call([]), expect: [] },
    ];
  }
  const response = (spec.order as readonly string[]).includes('response') ? ['  return { ok: true };'] : [];
  const call = (value: string) => [
    `export default ${builder}('x', { ${[...required, `input: [t.text('user_id')]`].join(', ')} }, (s) => {`,
    `  s.db.get(user, { field_name: 'id', field_value: ${value}, as: 'u' });`,
    ...response,
    '});',
  ].join('\n');
  return [
    { family, name: `${keyword}: a text input as an int lookup value`, code: call('s.input.user_id'), expect: [[2322, 2]] },
    { family, name: `${keyword}: a converted input as an int lookup value`, code: call('s.input.user_id.toInt().firstNotEmpty(0)'), expect: [] },
    { family, name: `${keyword}: an attribute the kind does not have`, code: `export default ${builder}('x', { ${[...required, 'not_an_attribute: 1'].join(', ')} }, () => null);`, expect: [[2353, 1]] },
  ];
}

/** The kinds with builders of their own (objects.ts, table.ts), by keyword. */
const TOP_CASES: Readonly<Record<string, readonly Case[]>> = {
  function: CORE_CASES['db.get']!.slice(2).map((c) => ({ ...c, family: 'object function', name: 'function: a text input as an int lookup value' })),
  query: [
    { family: 'object query', name: 'query: a text input as an int lookup value', expect: [[2322, 2]],
      code: `export default query('users/{user_id}', { verb: 'GET', api_group: group, input: [t.text('user_id')] }, (s) => {\n  s.db.get(user, { field_name: 'id', field_value: s.input.user_id, as: 'u' });\n});` },
    { family: 'object query', name: 'query: an unknown verb', expect: [[2322, 1]],
      code: `export default query('users', { verb: 'FETCH', api_group: group }, () => null);` },
    { family: 'object query', name: 'query: a converted input as an int lookup value', expect: [],
      code: `export default query('users/{user_id}', { verb: 'GET', api_group: group, input: [t.text('user_id')] }, (s) => {\n  s.db.get(user, { field_name: 'id', field_value: s.input.user_id.toInt().firstNotEmpty(0), as: 'u' });\n});` },
  ],
  task: [
    { family: 'object task', name: 'task: an $env text value as an int lookup value', expect: [[2322, 2]],
      code: `export default task('nightly', { schedule: [] }, (s) => {\n  s.db.get(user, { field_name: 'id', field_value: s.env('USER_ID'), as: 'u' });\n});` },
    { family: 'object task', name: 'task: a converted $env value as an int lookup value', expect: [],
      code: `export default task('nightly', { schedule: [] }, (s) => {\n  s.db.get(user, { field_name: 'id', field_value: s.env('USER_ID').toInt().firstNotEmpty(0), as: 'u' });\n});` },
  ],
  api_group: [
    { family: 'object api_group', name: 'api_group: a text value for active', code: `export default apiGroup('x', { active: 'yes' });`, expect: [[2322, 1]] },
    { family: 'object api_group', name: 'api_group: its attributes', code: `export default apiGroup('x', { canonical: 'abc', active: true });`, expect: [] },
  ],
  table: [
    { family: 'object table', name: 'table: an index type the docs do not define', code: `export default table('x', { schema: [t.int('id')], index: [{ type: 'hash', field: ['id'] }] });`, expect: [[2322, 1]] },
    { family: 'object table', name: 'table: a btree index', code: `export default table('x', { schema: [t.int('id')], index: [{ type: 'btree', field: ['id'] }] });`, expect: [] },
  ],
};

/** A test block of a function with the inputs `user_id` (text) and `n` (int); its body lines count from 1. */
const IN_TEST = (input = `{ user_id: 'a' }`) => `export default fn('Test', { input: [t.text('user_id'), t.int('n')] }, () => null).test('t', { input: ${input} }, (s, response) => {`;
const camel = (k: string) => k.slice('expect.'.length).replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * Inline tests (`.test(name, { input }, (s, response) => …)`, dsl/tests.ts): for every `expect.*` of
 * the catalogue its `s.expect` method called with its arguments and without the one it needs; the
 * test input typed by the construct's inputs; `$response` read only through `response.path()`.
 */
function testBlockCases(): Case[] {
  const family = 'test blocks';
  const out: Case[] = [];
  for (const keyword of Object.keys(CATALOGUE).filter((k) => k.startsWith('expect.'))) {
    const spec = CATALOGUE[keyword]!;
    const m = `s.expect.${camel(keyword)}`;
    const required = spec.attrs.filter((a) => a.required).map((a) => a.name);
    if (spec.stack) {
      out.push({ family, name: `${keyword} (test block): a stack that reads an input, which a test cannot see`, ...inStack([`${m}({}, (s) => void s.input);`], [[2339, 1]], IN_TEST()) });
      out.push({ family, name: `${keyword} (test block): with an exception`, ...inStack([`${m}({ exception: 'boom' });`], [], IN_TEST()) });
    } else if (required.length === 1 && required[0] === 'value') {
      out.push({ family, name: `${keyword} (test block): without its value`, ...inStack([`${m}(response.path('total'));`], [[2554, 1]], IN_TEST()) });
      out.push({ family, name: `${keyword} (test block): on a response path`, ...inStack([`${m}(response.path('total'), 1);`], [], IN_TEST()) });
    } else if (required.length > 0) {
      const some = required.slice(0, -1).map((r) => `${r}: 1`).join(', ');
      out.push({ family, name: `${keyword} (test block): without ${required.at(-1)}`, ...inStack([`${m}(response.path('total'), { ${some} });`], [[2345, 1]], IN_TEST()) });
      out.push({ family, name: `${keyword} (test block): on a response path`, ...inStack([`${m}(response.path('total'), { ${required.map((r) => `${r}: 1`).join(', ')} });`], [], IN_TEST()) });
    } else {
      out.push({ family, name: `${keyword} (test block): without the value it asserts on`, ...inStack([`${m}();`], [[2554, 1]], IN_TEST()) });
      out.push({ family, name: `${keyword} (test block): on a response path`, ...inStack([`${m}(response.path(['items', { index: 0 }, 'id']));`], [], IN_TEST()) });
    }
  }
  return [
    ...out,
    { family, name: 'test: an input the construct does not declare', ...inStack([`s.expect.toBeTrue(response.path('ok'));`], [[2561, 0]], IN_TEST(`{ ad_user_id: 'a' }`)) },
    { family, name: 'test: a text value for an int input', ...inStack([`s.expect.toBeTrue(response.path('ok'));`], [[2322, 0]], IN_TEST(`{ n: 'five' }`)) },
    { family, name: 'test: some of the declared inputs, typed as declared', ...inStack([`s.expect.toBeTrue(response.path('ok').eq(true));`], [], IN_TEST(`{ n: 5 }`)) },
    { family, name: 'test: a dot path on the untyped response', ...inStack([`s.expect.toBeTrue(response.ok);`], [[2339, 1]], IN_TEST()) },
    { family, name: 'test: an unknown assertion', ...inStack([`s.expect.toBeAwesome(response);`], [[2339, 1]], IN_TEST()) },
    { family, name: 'test: the response read with .get(key, default)', ...inStack([`s.expect.toEqual(response.get('ok', false), true);`], [], IN_TEST()) },
  ];
}

/** Every case, generated from the catalogue; a keyword without cases throws here. */
function allCases(): Case[] {
  const out: Case[] = [];
  for (const [keyword, spec] of Object.entries(CATALOGUE)) {
    if (spec.kind === 'GenericStmt') out.push(...genericCases(keyword));
    else if (CORE_CASES[keyword] !== undefined) out.push(...CORE_CASES[keyword]);
    else if (!NO_RESULT.has(keyword)) throw new Error(`statement ${keyword} has no type test: add its unsafe and safe forms to CORE_CASES`);
  }
  // Families that take any statement of a prefix (`cloud.*`): one member stands for each.
  for (const prefix of ANY_PREFIXES) out.push(...genericCases(`${prefix}any_statement`));
  out.push(...testBlockCases());
  for (const { keyword } of OBJECT_KINDS) {
    const builder = KIND_BUILDERS[keyword];
    if (builder !== undefined) out.push(...kindCases(keyword, builder));
    else if (TOP_CASES[keyword] !== undefined) out.push(...TOP_CASES[keyword]);
    else throw new Error(`object kind ${keyword} has no type test: add its unsafe and safe forms to TOP_CASES`);
  }
  return out;
}

describe('every statement family and object kind of the catalogue has a type test', () => {
  it('each statement and object kind has an unsafe case and a safe case', () => {
    const cases = allCases();
    const bind = Object.keys(CATALOGUE).filter((k) => !NO_RESULT.has(k));
    for (const k of bind) {
      const mine = cases.filter((c) => c.name.startsWith(`${k}:`));
      expect(mine.some((c) => c.expect.length > 0), `${k} has an unsafe case`).toBe(true);
      expect(mine.some((c) => c.expect.length === 0), `${k} has a safe case`).toBe(true);
    }
    for (const { keyword } of OBJECT_KINDS) expect(cases.some((c) => c.name.startsWith(`${keyword}:`) && c.expect.length > 0), keyword).toBe(true);
  });

  it('statements without a type test of their own bind nothing', () => {
    for (const k of NO_RESULT) {
      expect(CATALOGUE[k], k).toBeDefined();
      expect(stmtSpecOfKeyword(k)?.binds, k).not.toBe(true);
    }
  });

  it('RESULT_TYPES names statements of the catalogue', () => {
    for (const k of Object.keys(RESULT_TYPES)) expect(CATALOGUE[k]?.kind, k).toBe('GenericStmt');
  });
});

describe('the unsafe form of each statement family is rejected (TypeScript compiler API)', () => {
  const cases = allCases();
  const dir = join(import.meta.dirname, '__typetests__');
  const file = (i: number) => join(dir, `statement-${i}.ts`);
  const header = join(dir, 'statement-header.ts');
  const found = typeCheck(new Map([[header, HEADER], ...cases.map((c, i) => [file(i), HEADER + c.code + '\n'] as const)]));
  const families = [...new Set(cases.map((c) => c.family))];
  for (const family of families) {
    describe(family, () => {
      cases.forEach((c, i) => {
        if (c.family !== family) return;
        it(c.name, () => {
          const diags = (found.get(file(i)) ?? []).map((d) => ({ ...d, line: d.line - HEADER_LINES }));
          if (c.expect.length === 0) expect(diags).toEqual([]);
          else expect(diags.map(({ code, line }) => [code, line]), JSON.stringify(diags)).toEqual(c.expect);
        });
      });
    });
  }
  // What compiles must also build: each safe form runs (its TypeScript is plain JavaScript) and its
  // XanoScript parses back without a diagnostic.
  it('every safe form builds to XanoScript that parses back cleanly', () => {
    const problems: string[] = [];
    for (const c of cases.filter((k) => k.expect.length === 0)) {
      const js = (HEADER.replace(/^import \{([^}]*)\} from '..\/index.js';/, 'const {$1} = dsl;') + c.code).replace('export default ', 'return ');
      try {
        const def = asDefinition(new Function('dsl', js)(dsl));
        if (def === undefined) throw new Error('no definition');
        const text = print(def.toDecl());
        const diagnostics = parse(text).diagnostics;
        if (diagnostics.length > 0) problems.push(`${c.name}: ${diagnostics.map((d) => d.message).join('; ')}`);
      } catch (e) {
        problems.push(`${c.name}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('the header compiles on its own', () => {
    expect(found.get(header) ?? []).toEqual([]);
  });
});
