import { node } from '@xac/xanoscript-dsl/ast';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../run-rules.js';
import { EMPTY_WORKSPACE } from '../engine/workspace.js';
import { fn, ruleTester } from '../rule-tester.js';
import rule from './no-escape-hatch.js';

// Parsed text has no raw nodes (the parser reads everything), so invalid cases are hand-made ASTs:
// raw nodes come from the DSL's raw.stmt()/raw.expr()/raw.object().

ruleTester(rule, { valid: [{ code: fn('    var $a {\n      value = 1\n    }') }], invalid: [] });

describe('no-escape-hatch on hand-made ASTs', () => {
  const lint = (doc: Parameters<typeof lintDocument>[1]) =>
    lintDocument({ path: 'a.xs', text: '' }, doc, EMPTY_WORKSPACE, [{ rule, severity: 'warning', options: {} }]).map((f) => f.messageId + ':' + f.message);
  const loc = { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 9, offset: 24 } };
  it('reports raw statements, expressions and objects', () => {
    const stmt = node({ kind: 'RawStmt', source: 'foo.bar {}', loc });
    const expr = node({ kind: 'RawExpr', source: '$x|weird', loc });
    const decl = node({ kind: 'FunctionDecl', name: 'f', attrs: [], stack: [stmt], response: expr, tests: [] } as const);
    expect(lint(node({ kind: 'Document', comments: [], object: decl }))).toEqual([
      'raw:raw statement (an escape hatch): its text is not checked by lint; express it with the DSL when it can',
      'raw:raw expression (an escape hatch): its text is not checked by lint; express it with the DSL when it can',
    ]);
    expect(lint(node({ kind: 'Document', comments: [], object: node({ kind: 'RawDecl', source: 'x' }) }))).toHaveLength(1);
  });
});
