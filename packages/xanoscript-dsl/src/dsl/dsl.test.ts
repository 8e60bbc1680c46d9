import { describe, expect, it } from 'vitest';
import { parse } from '../parser/index.js';
import { print } from '../printer/index.js';
import { DslError, apiGroup, fn, op, query, raw, t, table, task, unsafe, val } from './index.js';

const jobs = table('job', {
  schema: [t.int('id'), t.int('count').default(0), t.text('status'), t.timestamp('started').optional().nullable()],
});

describe('DSL run-time behaviour', () => {
  it('reads a column whose name is also a filter method (count) as a column', () => {
    const f = fn('F', {}, (s) => {
      const rows = s.db.query(jobs, { as: 'rows' });
      s.foreach(rows, 'job', (job, b) => b.debugLog(job.count.add(1)));
      return rows.count();
    });
    const text = print(f.toDecl());
    expect(text).toContain('value = $job.count + 1');
    expect(text).toContain('response = $rows|count');
  });

  it('op.disabled and op.bare mark the filter they are given, and refuse anything else', () => {
    const f = fn('F', { input: [t.text('name')] }, (s) => {
      s.var('a', op.disabled(val({}), (v) => v.set('x', s.input.name)).set('y', 1));
      s.var('b', op.bare(s.input.name.strlen()).lt(3));
      return null;
    });
    const text = print(f.toDecl());
    expect(text).toContain('value = {}|!set:"x":$input.name|set:"y":1');
    expect(text).toContain('value = $input.name|strlen < 3');
    expect(() => fn('G', { input: [t.text('name')] }, (s) => s.var('c', op.bare(s.input.name))).toDecl()).toThrow(DslError);
    expect(() => fn('H', { input: [t.text('name')] }, (s) => s.var('c', op.disabled(s.input.name, (v) => v.trim().toUpper()))).toDecl()).toThrow(/apply must put one filter on x/);
  });

  it('records inline tests: input, datasource, every assertion form, response paths', () => {
    const f = fn('Validate', { input: [t.text('status'), t.int('page').optional()] }, (s) => ({ valid: s.input.status.eq('active') }))
      .test('accepts active', { input: { status: 'active', page: 1 } }, (s, response) => {
        s.expect.toBeTrue(response.path('valid'));
        s.expect.toEqual(response, { valid: true });
        s.expect.toBeWithin(response.path(['items', { index: 0 }, 'n']), { min: 1, max: 3 });
      })
      .test('rejects', { datasource: 'test', input: { status: 'lapsed' } }, (s) => {
        s.expect.toThrow({ exception: 'bad status' });
      });
    const text = print(f.toDecl());
    expect(text).toContain([
      '  test "accepts active" {',
      '    input = {status: "active", page: 1}',
      '    expect.to_be_true ($response.valid)',
      '    expect.to_equal ($response) {',
      '      value = {valid: true}',
      '    }',
      '    expect.to_be_within ($response.items[0].n) {',
      '      min = 1',
      '      max = 3',
      '    }',
      '  }',
    ].join('\n'));
    expect(text).toContain('  test "rejects" {\n    datasource = "test"\n    input = {status: "lapsed"}\n    expect.to_throw {\n      exception = "bad status"\n    }\n  }');
    const back = parse(text);
    expect(back.diagnostics).toEqual([]);
    expect(print(back.ast!)).toBe(text);
    const dup = fn('D', {}, () => null).test('a', {}, () => {});
    expect(() => dup.test('a', {}, () => {})).toThrow(/duplicate test "a"/);
  });

  it('records where each statement was written', () => {
    const f = fn('F', {}, (s) => {
      s.debugLog('here');
    });
    const decl = f.toDecl();
    const stmt = decl.stack![0]!;
    const origin = f.context.origins.get(stmt)?.();
    expect(origin?.file).toMatch(/dsl\.test\.ts$/);
    // Exact lines are checked end to end in xano-deploy's build test: under vitest the call sites
    // point into vite's transformed code, whose source maps node cannot see.
    expect(origin?.line).toBeGreaterThan(0);
  });

  it('builds conditional chains and switches in order', () => {
    const f = fn('F', { input: [t.int('n')] }, (s) => {
      s.if(s.input.n.gt(1), (b) => b.debugLog('big'))
        .elseIf(s.input.n.eq(1), (b) => b.debugLog('one'))
        .else((b) => b.debugLog('small'));
      s.switch(s.input.n)
        .case(1, (b) => b.debugLog('a'))
        .default((b) => b.debugLog('z'));
      return null;
    });
    const text = print(f.toDecl());
    expect(text).toMatch(/if \(\$input\.n > 1\) \{[\s\S]*elseif \(\$input\.n == 1\) \{[\s\S]*else \{/);
    expect(text).toMatch(/case \(1\) \{\n\s+debug\.log \{\n\s+value = "a"\n\s+\}\n\s+\} break\n\s+default \{/);
  });

  it('notes escape-hatch uses in the context, with their position', () => {
    const f = fn('F', {}, (s) => {
      const r = s.run('Other', {}, 'r');
      s.add(raw.stmt('redis.incr {\n  key = "hits"\n  by = 1\n}'));
      return unsafe(r, 'data.count').add(raw.expr('$x'));
    });
    const text = print(f.toDecl());
    expect(text).toContain('response = $r.data.count + $x');
    expect(text).toContain('    redis.incr {\n      key = "hits"\n      by = 1\n    }');
    expect(f.context.escapes.map((e) => e.what)).toEqual(['raw.stmt', 'unsafe', 'raw.expr']);
  });

  it('reads nested object inputs, and elements of object lists, as typed members', () => {
    const f = fn('F', {
      input: [
        t.object('address', [t.text('city'), t.object('geo', [t.decimal('lat')])]),
        t.object('items', [t.text('sku'), t.int('qty')]).list(),
      ],
    }, (s) => {
      s.var('city', s.input.address.city.trim());
      s.var('lat', s.input.address.geo.lat);
      s.foreach(s.input.items, 'item', (item, b) => b.debugLog(item.sku.concat(':', item.qty.toText())));
      return null;
    });
    const text = print(f.toDecl());
    expect(text).toContain('value = $input.address.city|trim');
    expect(text).toContain('value = $input.address.geo.lat');
    expect(text).toContain('value = $item.sku ~ ":" ~ ($item.qty|to_text)');
  });

  it('prints an object input without fields with its braces, which parses again', () => {
    const text = print(fn('F', { input: [t.object('meta')] }, () => null).toDecl());
    expect(text).toContain('object meta {\n    }');
    expect(parse(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('returns the written row only when it is bound with as', () => {
    const f = fn('F', {}, (s) => {
      const none = s.db.add(jobs, { data: { status: 'New' } });
      const row = s.db.add(jobs, { data: { status: 'New' }, as: 'job' });
      return { none: none === undefined, id: row.id };
    });
    expect(print(f.toDecl())).toContain('response = {none: true, id: $job.id}');
  });

  it('rejects bad names at the call site', () => {
    expect(() => fn(' ', {}, () => null)).toThrow(DslError);
    expect(() => t.int('9lives')).toThrow(/invalid field name "9lives"/);
    const g = apiGroup('G', { canonical: 'g' });
    expect(() => query('', { verb: 'GET', api_group: g }, () => null)).toThrow(/query name must not be empty/);
    expect(() => task('T', { schedule: [{ starts_on: 'tomorrow', freq: 60 }] }, () => {})).toThrow(/must look like 2026-01-01 08:00:00\+0000/);
    const f = fn('F', {}, (s) => {
      s.var('my var', 1);
    });
    expect(() => f.toDecl()).toThrow(/invalid variable name "my var"/);
  });

  it('a catalogue statement with a one-of group needs one of its members (db.bulk.add: data or items)', () => {
    const missing = fn('F', {}, (s) => {
      s.stmt('db.bulk.add', {} as never);
    });
    expect(() => missing.toDecl()).toThrow(/db\.bulk\.add needs one of data, items/);
    const given = fn('F', {}, (s) => {
      s.stmt('db.bulk.add', { items: [] }, { target: 'user' });
    });
    expect(print(given.toDecl())).toContain('db.bulk.add "user" {');
  });
});
