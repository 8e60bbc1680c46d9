import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule } from '../define-rule.js';
import { lintProject } from '../run-rules.js';
import { RULES } from '../registry.js';

// Every registered rule has its test table, its doc and a description; every rule file is registered.

const dir = import.meta.dirname;

describe('the rule registry', () => {
  for (const rule of RULES) {
    it(`${rule.name}: test file, .md doc, description, messages`, () => {
      expect(existsSync(join(dir, `${rule.name}.ts`)), 'the id equals the file name').toBe(true);
      expect(existsSync(join(dir, `${rule.name}.test.ts`))).toBe(true);
      const doc = join(dir, `${rule.name}.md`);
      expect(existsSync(doc)).toBe(true);
      expect(readFileSync(doc, 'utf8')).toMatch(new RegExp(`^# \`${rule.name}\``));
      expect(rule.meta.description.length).toBeGreaterThan(20);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    });
  }
  it('a rule with a fix promises that its fixes keep behaviour; behaviour-changing rules only suggest', () => {
    const fixers = RULES.filter((r) => r.meta.fixable === 'code').map((r) => r.name);
    expect(RULES.filter((r) => r.meta.fixable === 'code' && r.meta.fixKeepsBehaviour !== true).map((r) => r.name)).toEqual([]);
    // The rules whose edits change what a script does (a crash becomes a default, + becomes ~, a guessed rename).
    for (const name of ['no-unsafe-result-access', 'lookup-value-type', 'no-plus-string-concat', 'filter-operator-precedence']) {
      expect(fixers, name).not.toContain(name);
      expect(RULES.find((r) => r.name === name)?.meta.hasSuggestions, name).toBe(true);
    }
    expect([...fixers].sort()).toEqual(['no-redeclare', 'unknown-filter']);
  });
  it('a fix from a rule without the promise is never applied by --fix: it becomes a suggestion', () => {
    const rogue = defineRule({
      name: 'rogue', meta: { type: 'problem', description: 'gives a fix without fixKeepsBehaviour', defaultSeverity: 'error', messages: { m: 'x' } }, defaultOptions: {},
      create(ctx) { if (ctx.object) ctx.report({ messageId: 'm', node: ctx.object, fix: { kind: 'remove', node: ctx.object } }); },
    });
    const [f] = lintProject({ files: [{ path: 'a.xs', text: 'function "a" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n' }], rules: [rogue] }).findings;
    expect(f?.fix).toBeUndefined();
    expect(f?.suggestions?.map((s) => s.messageId)).toEqual(['m']);
  });
  it('registers every rule file, in id order', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
    expect(RULES.map((r) => r.name)).toEqual([...files].sort());
  });
});
