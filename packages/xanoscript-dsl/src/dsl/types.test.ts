import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheck } from './__tests__/type-check.js';

// Type tests: each snippet is compiled with the TypeScript compiler API and must fail with exactly
// the expected diagnostic code on the expected line (a bare @ts-expect-error would pass on any error,
// typos included). The positive snippets must compile cleanly.

const HEADER = `import { fn, op, t, table, unsafe, val } from '../index.js';
const user = table('user', { schema: [t.int('id'), t.text('email'), t.text('name').optional()] });
const callee = fn('Workers/Callee', { input: [t.int('user_id'), t.text('mode').optional()] }, () => null);
`;
const HEADER_LINES = HEADER.split('\n').length - 1;

interface Case {
  readonly name: string;
  /** The body of a stack callback `(s) => { … }` with the text input `user_id`. */
  readonly body: string;
  /** Every [TS diagnostic code, 1-based line within `body`] expected; [] when the snippet must compile. */
  readonly expect: ReadonlyArray<readonly [number, number]>;
  /** The input list, when not `[t.text('user_id')]`. */
  readonly input?: string;
}

const cases: Case[] = [
  { name: 'dot access on a function.run result', expect: [[2339, 2]],
    body: `const r = s.run(callee, { user_id: 1 }, 'r');\nconst n = r.data.transactions_updated;` },
  { name: 'safe access on a function.run result', expect: [],
    body: `const r = s.run(callee, { user_id: 1 }, 'r');\nconst n = s.var('n', r.get('data', {}).get('transactions_updated', 0));\nn.add(1);` },
  { name: 'text input as an int lookup value', expect: [[2322, 1]],
    body: `const u = s.db.get(user, { field_name: 'id', field_value: s.input.user_id, as: 'u' });` },
  { name: 'to_int without a default as an int lookup value', expect: [[2322, 1]],
    body: `const u = s.db.get(user, { field_name: 'id', field_value: s.input.user_id.toInt(), as: 'u' });` },
  { name: 'to_int with first_notempty as an int lookup value', expect: [],
    body: `const u = s.db.get(user, { field_name: 'id', field_value: s.input.user_id.toInt().firstNotEmpty(0), as: 'u' });` },
  { name: 'text lookup on a text column', expect: [],
    body: `s.db.get(user, { field_name: 'email', field_value: s.input.user_id.trim(), as: 'u' });` },
  { name: 'int lookup on a text column', expect: [[2322, 1]],
    body: `s.db.get(user, { field_name: 'email', field_value: 5, as: 'u' });` },
  { name: 'unknown lookup column', expect: [[2322, 1], [2322, 1]],
    body: `s.db.get(user, { field_name: 'nope', field_value: 1, as: 'u' });` },
  { name: 'column read on a row that may be null', expect: [[2339, 2]],
    body: `const u = s.db.get(user, { field_name: 'id', field_value: 1, as: 'u' });\nconst e = u.email;` },
  { name: 'column read after a null check', expect: [],
    body: `const u = s.db.get(user, { field_name: 'id', field_value: 1, as: 'u' });\nconst found = s.requireFound(u);\nconst e = found.email.trim();` },
  { name: 'undeclared column after a null check', expect: [[2339, 3]],
    body: `const u = s.db.get(user, { field_name: 'id', field_value: 1, as: 'u' });\nconst found = s.requireFound(u);\nconst e = found.phone;` },
  { name: 'column through .get with a default on a maybe-row', expect: [],
    body: `const u = s.db.get(user, { field_name: 'id', field_value: 1, as: 'u' });\nconst e = u.get('email', '').trim();` },
  { name: 'nullable column must not be an int lookup without a default', expect: [[2322, 2]],
    body: `const u = s.requireFound(s.db.get(user, { field_name: 'id', field_value: 1, as: 'u' }));\ns.db.get(user, { field_name: 'email', field_value: u.name, as: 'v' });` },
  { name: 'unknown input key on function.run (user_id vs ad_user_id)', expect: [[2561, 1]],
    body: `s.run(callee, { ad_user_id: 1 }, 'r');` },
  { name: 'required input missing on function.run', expect: [[2345, 1]],
    body: `s.run(callee, { mode: 'x' }, 'r');` },
  { name: 'text filter on a number', expect: [[2339, 1]],
    body: `s.var('x', s.var('n', 1).toLower());` },
  // Catalogue statements through s.stmt (types derived from ast/schema/generic-statements.ts).
  { name: 'catalogue statement with its attributes', expect: [],
    body: `const ok = s.stmt('security.check_password', { text_password: s.input.user_id, hash_password: 'x' }, { as: 'ok' });\ns.precondition(ok.and(true));` },
  { name: 'unknown attribute on a catalogue statement', expect: [[2353, 1]],
    body: `s.stmt('security.check_password', { text_password: 'a', hash_password: 'b', salt: 1 });` },
  { name: 'required attribute missing on a catalogue statement', expect: [[2769, 1]],
    body: `s.stmt('security.create_auth_token', { table: 'user' }, { as: 'token' });` },
  { name: 'unknown catalogue keyword', expect: [[2345, 1]],
    body: `s.stmt('security.make_coffee', {});` },
  { name: 'a catalogue statement result is untyped JSON: no dot path', expect: [[2339, 2]],
    body: `const r = s.stmt('util.get_raw_input', {}, { as: 'raw_in' });\nconst v = r.body;` },
  { name: 'a catalogue statement result read with a default', expect: [],
    body: `const r = s.stmt('util.get_raw_input', {}, { as: 'raw_in' });\nconst v = s.var('v', r.get('body', ''));\nv.trim();` },
  { name: 'a typed catalogue result has its type only', expect: [[2339, 2]],
    body: `const id = s.stmt('security.create_uuid', {}, { as: 'id' });\nid.get('x', 0);` },
  // dblink inputs: the linked table's columns, typed by the table; hidden ones are not inputs.
  { name: 'dblink columns are typed inputs', expect: [], input: `[t.dblink(user)]`,
    body: `s.db.get(user, { field_name: 'id', field_value: s.input.id, as: 'u' });\ns.var('e', s.input.email.trim());` },
  { name: 'a hidden dblink column is no input', expect: [[2339, 1]], input: `[t.dblink(user, { override: { email: { hidden: true } } })]`,
    body: `s.var('e', s.input.email);` },
  { name: 'a dblink text column as an int lookup value', expect: [[2322, 1]], input: `[t.dblink(user)]`,
    body: `s.db.get(user, { field_name: 'id', field_value: s.input.email, as: 'u' });` },
  // Filter forms kept as written: a disabled filter is skipped, so its value is the operand's.
  { name: 'a disabled strlen leaves text: not an int lookup value', expect: [[2322, 1]],
    body: `s.db.get(user, { field_name: 'id', field_value: op.disabled(s.input.user_id, (v) => v.strlen()), as: 'u' });` },
  { name: 'an enabled strlen is an int lookup value', expect: [],
    body: `s.db.get(user, { field_name: 'id', field_value: s.input.user_id.strlen(), as: 'u' });` },
  { name: 'a disabled filter has its operand\'s methods', expect: [],
    body: `s.var('x', op.disabled(s.input.user_id, (v) => v.toLower()).trim());\ns.var('o', op.disabled(val({}), (v) => v.set('a', 1)).set('b', 2));` },
  { name: 'a bare filter keeps its type', expect: [[2339, 1]],
    body: `s.var('n', op.bare(s.input.user_id.strlen()).toLower());` },
  // db.transaction: its body is a stack like any other, so the same rules hold inside it.
  { name: 'a text input as an int lookup value inside db.transaction', expect: [[2322, 2]],
    body: `s.db.transaction((s) => {\n  s.db.get(user, { field_name: 'id', field_value: s.input.user_id, as: 'u' });\n});` },
  { name: 'a maybe-null row read inside db.transaction', expect: [[2339, 3]],
    body: `s.db.transaction((s) => {\n  const u = s.db.get(user, { field_name: 'id', field_value: 1, as: 'u' });\n  s.var('e', u.email);\n});` },
  { name: 'db.transaction with typed statements', expect: [],
    body: `s.db.transaction((s) => {\n  const u = s.requireFound(s.db.get(user, { field_name: 'id', field_value: 1, as: 'u' }));\n  s.db.patch(user, { field_name: 'id', field_value: u.id, data: { name: 'x' } });\n});` },
  // A page without metadata is the list of rows; with it, untyped JSON.
  { name: 'paging with metadata: false gives rows', expect: [],
    body: `const rows = s.db.query(user, { return: { type: 'list', paging: { page: 1, per_page: 5, metadata: false } }, as: 'rows' });\ns.foreach(rows, 'r', (r, s) => { s.var('e', r.email.trim()); });` },
  { name: 'a paged result is untyped: no dot path', expect: [[2339, 2]],
    body: `const page = s.db.query(user, { return: { type: 'list', paging: { page: 1, per_page: 5 } }, as: 'page' });\ns.var('n', page.items);` },
  // $auth paths and unset variables are untyped: compared freely, never an int lookup without a cast.
  { name: '$auth extras are untyped JSON: no text methods', expect: [[2339, 1]],
    body: `s.var('x', op.auth('extras', 'role').toLower());` },
  { name: 'an unset variable read compiles as a marker', expect: [],
    body: `s.var('t', unsafe.varRef('total', 'never set'));\ns.var('m', unsafe(val([1]).first(), 'end', 'computed'));` },
  { name: 'escape hatch compiles anywhere', expect: [],
    body: `s.db.get(user, { field_name: 'id', field_value: s.input.user_id.toInt().firstNotEmpty(0), as: 'u' });` },
];

function snippet(c: Case): string {
  return `${HEADER}export default fn('Test', { input: ${c.input ?? "[t.text('user_id')]"} }, (s) => {\n${c.body}\n});\n`;
}

describe('the DSL types reject the seed bugs (TypeScript compiler API)', () => {
  const dir = join(import.meta.dirname, '__typetests__');
  const files = new Map(cases.map((c, i) => [join(dir, `case-${i}.ts`), snippet(c)] as const));
  const byFile = typeCheck(files);

  cases.forEach((c, i) => {
    it(c.name, () => {
      const found = (byFile.get(join(dir, `case-${i}.ts`)) ?? []).map((d) => ({ ...d, line: d.line - HEADER_LINES - 1 }));
      if (c.expect.length === 0) expect(found).toEqual([]);
      else expect(found.map(({ code, line }) => [code, line])).toEqual(c.expect);
    });
  });
});
