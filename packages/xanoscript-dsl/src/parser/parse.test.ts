import { describe, expect, it } from 'vitest';
import type { Expr } from '../ast/nodes/exprs.js';
import type { Stmt } from '../ast/nodes/stmts.js';
import { stripLocations } from '../ast/walk.js';
import { print } from '../printer/print.js';
import { printExpr } from '../printer/print-exprs.js';
import { parse } from './index.js';
import { lex } from './lexer.js';

const fn = (stack: string, extra = '') => `function "f" {\n  input {\n  }\n  stack {\n${stack}\n  }\n  response = 1\n${extra}}\n`;
const stmts = (stack: string): readonly Stmt[] => {
  const r = parse(fn(stack));
  const o = r.ast!.object;
  return o.kind === 'RawDecl' ? [] : (o.stack ?? []);
};
const value = (src: string): Expr => {
  const s = stmts(`    var $v {\n      value = ${src}\n    }`)[0]!;
  if (s.kind !== 'VarStmt') throw new Error('not a var');
  return s.attrs[0]!.value;
};
const show = (src: string) => printExpr(value(src));
const messages = (text: string) => parse(text).diagnostics.map((d) => `${d.loc.start.line}:${d.loc.start.column} ${d.code} ${d.message}`);

describe('lexer', () => {
  const names = (t: string) => lex(t).tokens.map((x) => x.tokenType.name);
  it('reads `/` as division outside filter declarations (§7 item 10)', () => {
    expect(names('$x / 2 / 3')).toEqual(['Variable', 'Slash', 'NumberLiteral', 'Slash', 'NumberLiteral']);
    expect(names('text p filters=pattern:/^a+$/')).toContain('Regex');
  });
  it('keeps soft keywords whole and two-word operators as one token', () => {
    expect(names('index_map elseif not in')).toEqual(['Identifier', 'Kw_elseif', 'Op_not_in']);
  });
  it('glues the minus to numbers and reads timestamps, $$ and $env.$x', () => {
    expect(names('-1 2026-01-01 08:00:00+0000 $$ $env.$remote_ip')).toEqual(
      ['NegNumber', 'Timestamp', 'Variable', 'Variable', 'Dot', 'Variable']);
  });
  it('puts comments in their own group', () => {
    const r = lex('a // hi\n');
    expect(r.comments.map((c) => c.image)).toEqual(['// hi']);
  });
});

describe('expressions (§2.8)', () => {
  it('applies conventional precedence', () => {
    expect(show('1 + 2 * 3')).toBe('1 + (2 * 3)');
    expect(show('$a && $b || $c')).toBe('($a && $b) || $c');
    expect(show('$a == 1 && $b > 2')).toBe('($a == 1) && ($b > 2)');
    expect(show('$a ? 1 : $b ? 2 : 3')).toBe('$a ? 1 : ($b ? 2 : 3)');
  });
  it('ends filter arguments at a top-level `|` or `:`', () => {
    expect(show('$r|get:"data":({})|get:"x":0')).toBe('$r|get:"data":({})|get:"x":0');
    const v = value('$a|get:0 > 3');
    expect(v.kind === 'FilterExpr' && v.args[0]!.kind).toBe('BinaryExpr');
  });
  it('reads a bare filter before an operator as filter first, marks it and prints it as written', () => {
    expect(show('$a|count > 3')).toBe('$a|count > 3');
    expect(show('($a|count) > 3')).toBe('($a|count) > 3');
    const v = value('$a|count > 3');
    expect(v.kind === 'BinaryExpr' && v.left.kind === 'FilterExpr' && v.left.bare).toBe(true);
    expect(show('$s|to_text ~ ": " ~ $d|json_encode')).toBe('$s|to_text ~ ": " ~ ($d|json_encode)');
    expect(show('$x == $a|f && $c')).toBe('$x == $a|f && $c');
    expect(show('$c && $a|f == 1')).toBe('$c && ($a|f == 1)');
  });
  it('reads `$x -1` as a subtraction and `-1` as a literal', () => {
    expect(show('$x -1')).toBe('$x - 1');
    expect(show('-1')).toBe('-1');
    expect(show('- $x')).toBe('-$x');
  });
  it('normalises layout: parentheses, $var.x, single quotes', () => {
    expect(stripLocations(value('(($var.x))'))).toEqual({ kind: 'VarExpr', name: 'x', path: [] });
    expect(show("'it\\'s'")).toBe('"it\'s"');
  });
  it('reads ranges, between, casts, backticks and empty-primary filters', () => {
    expect(show('(1..5)')).toBe('(1..5)');
    expect(show('$db.t.n between 1:10')).toBe('$db.t.n between 1:10');
    expect(show('!int "42"')).toBe('!int "42"');
    expect(show('`$i < $n - 1`')).toBe('`$i < ($n - 1)`');
    expect(show('|range:1:5')).toBe('|range:1:5');
  });
  it('puts a location on every node', () => {
    const v = value('$a + ($b|count)');
    expect(v.loc).toMatchObject({ start: { line: 6, column: 15 }, end: { line: 6, column: 29 } });
  });
});

describe('statements and objects', () => {
  it('maps known keywords to node kinds and others to GenericStmt', () => {
    const s = stmts('    db.get user {\n      field_name = "id"\n      field_value = 1\n    } as $u\n    math.add $x {\n      value = 1\n    }');
    expect(s.map((x) => x.kind)).toEqual(['DbGetStmt', 'GenericStmt']);
  });
  it('keeps an empty attribute block as no attributes', () => {
    const s = stmts('    group {\n      stack {\n      }\n    }');
    expect(s[0]).toMatchObject({ kind: 'GroupStmt', attrs: [], body: [] });
  });
  it('accepts a query without api_group and prints it as written (the layout reader supplies the group)', () => {
    const text = 'query "x" verb=GET {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n';
    const r = parse(text, { path: 'apis/pipeline/12_x_GET.xs' });
    expect(r.diagnostics).toEqual([]);
    expect(print(r.documents)).toBe(text);
  });
  it('reads the v11 schedule block as the schedule attribute', () => {
    const r = parse('task "t" {\n  stack {\n  }\n  schedule {\n    events = [{freq: 60}]\n  }\n}\n');
    expect(print(r.ast!)).toContain('schedule = [{freq: 60}]');
  });
});

describe('diagnostics', () => {
  it('says which block a missing `}` closes', () => {
    expect(messages('function "f" {\n  stack {\n    var $x {\n      value = 1\n    }\n')).toContain(
      '6:1 syntax expected `}` to close the `stack` block opened at 2:9, found end of file');
  });
  it('reports every error of a file, never raw token names', () => {
    const m = messages(fn('    var $x {\n      value = (1 +\n    }\n    db.get "u" {\n      field_name = "id"\n    }'));
    expect(m.some((x) => x.includes('`db.get` is missing `field_value`'))).toBe(true);
    expect(m.filter((x) => x.includes('syntax')).length).toBeGreaterThan(0);
    expect(m.join('\n')).not.toMatch(/Kw_|RCurly|LParen|NumberLiteral/);
  });
  it('never throws', () => {
    for (const t of ['', '}', '{{{{', 'function', 'query "x" verb=', '"""', '`', '$', 'function "f" { stack { if']) {
      expect(() => parse(t)).not.toThrow();
    }
  });
});

// docs/parser.md "Strictness": what the catalogue does not know is a warning, kept and printed back.
describe('strictness', () => {
  const severities = (text: string) => parse(text).diagnostics.map((d) => `${d.severity} ${d.code}`);
  it('keeps an attribute the catalogue does not know, as a warning, and prints it back', () => {
    const text = fn('    db.get "user" {\n      field_name = "id"\n      field_value = 1\n      shard = "eu"\n    } as $u');
    expect(severities(text)).toEqual(['warning unknown-attribute']);
    expect(print(parse(text).documents)).toContain('shard = "eu"');
  });
  it('keeps a statement the catalogue does not know, as a warning', () => {
    const text = fn('    cloud2.upload {\n      bucket = "b"\n    } as $x');
    expect(severities(text)).toEqual(['warning unknown-statement']);
    expect(print(parse(text).documents)).toContain('cloud2.upload {\n      bucket = "b"\n    } as $x');
  });
  it('keeps an object of an unknown kind verbatim, whatever its body holds', () => {
    const raw = 'market_item "x" {\n  tablemap user {\n    mode = "merge"\n  }\n}';
    const text = `${raw}\n---\n${fn('')}`;
    const r = parse(text);
    expect(severities(text)).toEqual(['warning unknown-object-kind']);
    expect(r.documents.map((d) => d.object.kind)).toEqual(['RawDecl', 'FunctionDecl']);
    expect(print(r.documents).startsWith(raw + '\n---\n')).toBe(true);
  });
  it('warns on an unknown filter and on a nullable object, never errs', () => {
    expect(severities(fn('    var $v {\n      value = 1|is_uuid\n    }'))).toEqual(['warning unknown-filter']);
    const table = 'table "t" {\n  schema {\n    int id\n    object? meta? {\n      schema {\n        text a\n      }\n    }\n  }\n}\n';
    expect(severities(table)).toEqual(['warning nullable-object']);
  });
  it('rejects bare words where a value belongs, instead of reading them as statements', () => {
    const r = parse(fn('    var $m {\n      value = [Bill of Materials, $x]|join:" "\n    }'));
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.loc.start.line}:${d.loc.start.column}`)).toEqual(['6:21']);
  });
});

describe('multidoc', () => {
  it('reads `---`-separated objects and objects written one after another, each with its comments', () => {
    const a = 'function "a" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}';
    const b = '// second\nfunction "b" {\n  input {\n  }\n  stack {\n  }\n  response = 2\n}';
    for (const text of [`${a}\n---\n${b}\n`, `${a}\n\n${b}\n`]) {
      const r = parse(text);
      expect(r.diagnostics).toEqual([]);
      expect(r.documents.map((d) => (d.object.kind === 'RawDecl' ? '' : d.object.name))).toEqual(['a', 'b']);
      expect(r.documents[1]!.comments.map((c) => c.text)).toEqual([' second']);
      expect(print(r.documents)).toBe(`${a}\n---\n${b}\n`);
    }
  });
  it('finds the mistakes of every object, not only the first', () => {
    const broken = (n: string) => `function "${n}" {\n  input {\n  }\n  stack {\n    var $x {\n      value 1\n    }\n  }\n  response = 1\n}`;
    const r = parse(`${broken('a')}\n---\n${broken('b')}\n`);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.loc.start.line)).toEqual([6, 17]);
  });
});

describe('recovery', () => {
  it('reports every broken statement once, even where Chevrotain skipped them', () => {
    const stmt = (i: number) => (i % 2 ? `    var $x${i} {\n      value 1\n    }` : `    var $x${i} {\n      value = ${i}\n    }`);
    const text = fn(Array.from({ length: 100 }, (_, i) => stmt(i)).join('\n'));
    const lines = parse(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.loc.start.line);
    // Statement i spans lines 5 + 3i … 7 + 3i; its attribute is on line 6 + 3i.
    expect(lines).toEqual(Array.from({ length: 50 }, (_, k) => 6 + 3 * (2 * k + 1)));
  });
});

describe('the parser leaves no trace on the process', () => {
  it('restores Error.stackTraceLimit after a file with errors, and after one without', () => {
    const before = Error.stackTraceLimit;
    parse(fn('    var $x {\n      value = (1 +\n    }'));
    expect(Error.stackTraceLimit).toBe(before);
    parse(fn('    var $x {\n      value = 1\n    }'));
    expect(Error.stackTraceLimit).toBe(before);
  });
  it('gives the same messages for a broken file parsed twice (the grammar facts kept between files)', () => {
    const text = fn('    var $x {\n      value = (1 +\n    }\n    db.get user {\n      field_value\n    }');
    const first = messages(text);
    expect(first.length).toBeGreaterThan(0);
    expect(messages(text)).toEqual(first);
  });
});

describe('backtick content that is no expression', () => {
  const text = fn('    !var $location {\n      value = ```\n        if ($a != null) {\n          $a\n        } else {\n          null\n        }\n        ```\n    }');
  it('is kept as written with a warning, never an error, and formats stably', () => {
    const r = parse(text);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.loc.start.line}:${d.loc.start.column}`)).toEqual(['warning unparsed-backtick 6:15']);
    const once = print(r.ast!);
    expect(once).toContain('      value = ```\n      if ($a != null) {\n        $a\n');
    const again = parse(once);
    expect(print(again.ast!)).toBe(once);
    expect(stripLocations(again.ast!)).toEqual(stripLocations(r.ast!));
  });
  it('still reads a backtick holding an expression as one', () => {
    expect(value('`$a + 1`').kind).toBe('BacktickExpr');
    expect(parse(fn('    var $x {\n      value = `$a +`\n    }')).diagnostics.map((d) => d.code)).toEqual(['unparsed-backtick']);
  });
});

describe('forms Xano writes that the docs do not show', () => {
  const roundTrips = (text: string) => {
    const r = parse(text);
    const again = parse(print(r.ast!));
    expect(print(again.ast!)).toBe(print(r.ast!));
    expect(stripLocations(again.ast!)).toEqual(stripLocations(r.ast!));
    return r;
  };
  it('reads a keyword as a bare statement target (`api.call test`, `db.query schedule`)', () => {
    const r = roundTrips('workflow_test "w" {\n  stack {\n    api.call test verb=GET {\n      api_group = "first"\n    } as $e\n    db.query schedule {\n      return = {type: "list"}\n    } as $s\n  }\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(stmts('    db.query schedule {\n      return = {type: "list"}\n    } as $s')[0]).toMatchObject({ kind: 'DbQueryStmt' });
  });
  it('reads a bare `schema` in an object field as an empty schema', () => {
    const text = 'table "login_history" {\n  auth = false\n  schema {\n    int id\n    object auth? {\n      schema\n    }\n  }\n}\n';
    const r = roundTrips(text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(print(r.ast!)).toContain('object auth? {\n      schema {\n      }\n    }');
  });
  // Xano's own parser (the v11 language server) reads the `{ … }` of an `object` field as any of
  // `description`, `sensitive` and `schema`, none of them required; it refuses `object x` without
  // braces. An object without a schema is printed with its braces so that it parses again.
  it('takes an `object` field with a block but no `schema`, and keeps its braces when printing', () => {
    const text = 'function "f" {\n  input {\n    object[] items {\n      description = "things"\n    }\n    object one {\n    }\n  }\n  stack {\n  }\n  response = 1\n}\n';
    const r = roundTrips(text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const printed = print(r.ast!);
    expect(printed).toContain('object[] items {\n      description = "things"\n    }');
    expect(printed).toContain('object one {\n    }');
  });
  it('still refuses a bare `object x` without braces', () => {
    const r = parse('function "f" {\n  input {\n    object one\n  }\n  stack {\n  }\n  response = 1\n}\n');
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.loc.start.line}:${d.loc.start.column}`)).toEqual(['error missing-member 3:5']);
  });
  it('keeps an empty precondition condition with a warning, and still rejects `()` as a value', () => {
    const r = roundTrips(fn('    precondition () {\n      error_type = "notfound"\n    }'));
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning empty-condition']);
    expect(print(r.ast!)).toContain('    precondition () {\n');
    expect(messages(fn('    var $x {\n      value = ()\n    }'))).toEqual(['6:15 syntax expected a value inside `( )`, found `)`']);
  });
});
