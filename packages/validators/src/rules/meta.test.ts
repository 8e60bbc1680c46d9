import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  it('registers every rule file, in id order', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
    expect(RULES.map((r) => r.name)).toEqual([...files].sort());
  });
});
