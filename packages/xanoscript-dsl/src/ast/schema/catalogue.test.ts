import { describe, expect, it } from 'vitest';
import { parse } from '../../parser/index.js';
import type { Stmt } from '../nodes/stmts.js';
import { ATTR_STMT_KINDS, CATALOGUE, isLookup, isWrite, statementOf, targetsTable } from './catalogue.js';
import { genericStmtKeywords } from './generic-statements.js';
import { CORE_STATEMENTS } from './statements.js';

const stack = (body: string): readonly Stmt[] => {
  const o = parse(`function "f" {\n  input {\n  }\n  stack {\n${body}\n  }\n  response = 1\n}\n`).ast!.object;
  return o.kind === 'RawDecl' ? [] : (o.stack ?? []);
};

describe('the statement catalogue', () => {
  it('holds every statement of both source tables, once', () => {
    const keywords = [...CORE_STATEMENTS.map((s) => s.keyword), ...genericStmtKeywords()];
    expect(Object.keys(CATALOGUE).sort()).toEqual([...new Set(keywords)].sort());
    expect(ATTR_STMT_KINDS).toEqual(new Set([...CORE_STATEMENTS.map((s) => s.kind), 'GenericStmt']));
  });
  it('knows which statements look up, write and name a table', () => {
    const [get, add, bulk, query, call] = stack([
      '    db.get "user" {\n      field_name = "id"\n      field_value = 1\n    } as $u',
      '    db.add "user" {\n      data = {name: "a"}\n    } as $a',
      '    db.bulk.add "user" {\n      items = []\n    }',
      '    db.query "user" {\n      return = {type: "list"}\n    } as $all',
      '    function.run "f" as $r',
    ].join('\n'));
    expect([get, add, bulk, query, call].map((s) => [isLookup(s!), isWrite(s!), targetsTable(s!)])).toEqual([
      [true, false, true], [false, true, true], [false, false, true], [false, false, true], [false, false, false],
    ]);
  });
  it('gives block statements and unknown keywords no entry', () => {
    const [cond, unknown] = stack('    conditional {\n      if (true) {\n      }\n    }\n    future.thing as $x');
    expect(statementOf(cond!)).toBeUndefined();
    expect(statementOf(unknown!)).toBeUndefined();
  });
  it('marks repeatable attributes, one-of groups and stack blocks', () => {
    expect(CATALOGUE['db.direct_query']?.attrs.find((a) => a.name === 'arg')?.repeatable).toBe(true);
    expect(CATALOGUE['db.bulk.add']?.oneOf).toEqual([['data', 'items']]);
    expect(CATALOGUE['expect.to_throw']?.stack).toBe(true);
  });
});
