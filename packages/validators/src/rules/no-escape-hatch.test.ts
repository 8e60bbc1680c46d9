import { node } from '@xac/xanoscript-dsl/ast';
import { describe, expect, it } from 'vitest';
import { createEscapeResolver } from '../engine/sourcemap.js';
import { lintDocument, lintProject } from '../run-rules.js';
import { EMPTY_WORKSPACE } from '../engine/workspace.js';
import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-escape-hatch.js';

// Raw nodes of parsed text are what the parser kept as written, not a hatch the author used (the
// corpus's unreadable backtick expressions, docs/lint.md), so invalid cases are hand-made ASTs:
// raw nodes come from the DSL's raw.stmt()/raw.expr()/raw.object().

ruleTester(rule, {
  valid: [
    { code: fn('    var $a {\n      value = 1\n    }') },
    { name: 'an empty backtick expression the parser keeps as written', code: fn('    var $a {\n      value = ``\n    }') },
    { name: 'a backtick expression ending in an operator, kept as written', code: fn('    var $a {\n      value = $q|filter:(`$$.index == ` ~ $front)\n    }') },
  ],
  invalid: [],
});

describe('no-escape-hatch on hand-made ASTs', () => {
  const lint = (doc: Parameters<typeof lintDocument>[1]) =>
    lintDocument({ path: 'a.xs', text: '' }, doc, EMPTY_WORKSPACE, [{ rule, severity: 'warning', options: {} }]).map((f) => f.messageId + ':' + f.message);
  const loc = { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 9, offset: 24 } };
  // Built by the DSL (raw.stmt(), raw.expr()): no source position.
  it('reports raw statements, expressions and objects', () => {
    const stmt = node({ kind: 'RawStmt', source: 'foo.bar {}' });
    const expr = node({ kind: 'RawExpr', source: '$x|weird' });
    const decl = node({ kind: 'FunctionDecl', name: 'f', attrs: [], stack: [stmt], response: expr, tests: [] } as const);
    expect(lint(node({ kind: 'Document', comments: [], object: decl }))).toEqual([
      'raw:raw statement (an escape hatch): its text is not checked by lint; express it with the DSL when it can',
      'raw:raw expression (an escape hatch): its text is not checked by lint; express it with the DSL when it can',
    ]);
    expect(lint(node({ kind: 'Document', comments: [], object: node({ kind: 'RawDecl', source: 'x' }) }))).toHaveLength(1);
  });
});

describe('no-escape-hatch on compiled output: escape hatches named by the source map', () => {
  // A compiled function whose DSL source used unsafe() on its line 7 (the .xs line 6 maps to it).
  const xs = fn('    var $a {\n      value = $input.webhook.data.id\n    }', '    json webhook');
  const map = JSON.stringify({
    version: 1,
    files: { 'function/t.xs': { sources: ['apps/a/t.ts'], lines: [[0, 3, 1], [0, 3, 1], [0, 4, 5], [0, 3, 1], [0, 3, 1], [0, 6, 3], [0, 7, 20], [0, 6, 3]], escapes: [{ what: 'unsafe', at: 'apps/a/t.ts:7:20' }] } },
  });
  const escapes = createEscapeResolver((p) => (p === 'apps/a/xs/sourcemap.json' ? map : undefined));
  const lint = (path: string) => lintProject({ files: [{ path, text: xs }], rules: [rule], escapes }).findings.map((f) => `${f.loc?.start.line}:${f.loc?.start.column} ${f.message}`);
  it('reports an unsafe() use at the .xs line its DSL line produced', () => {
    expect(lint('apps/a/xs/function/t.xs')).toEqual(['7:7 `unsafe()` at apps/a/t.ts:7:20 (an escape hatch): the DSL did not check what it produced here; express it with the DSL when it can']);
  });
  it('says nothing about a hand-written file with no source map', () => {
    expect(lint('function/t.xs')).toEqual([]);
  });
});

describe('no-escape-hatch on parsed files', () => {
  // What the parser itself keeps as written is no escape hatch of the DSL.
  const lint = (text: string) => lintProject({ files: [{ path: 'table/t.xs', text }], rules: [rule] }).findings.map((f) => f.message);
  it('does not report a bare enum default or an object of a kind xac does not know', () => {
    expect(lint('table "t" {\n  schema {\n    int id\n    enum status?=Inactive {\n      values = ["Active", "Inactive"]\n    }\n  }\n}\n')).toEqual([]);
    expect(lint('market_item "x" {\n  type = "extension"\n}\n')).toEqual([]);
  });
});
