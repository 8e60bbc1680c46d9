import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asDefinition } from '../dsl/index.js';
import { print } from './index.js';

// Golden files: each __fixtures__/<case>/input.ts default-exports a DSL definition; its print must
// equal output.xs byte for byte. UPDATE_GOLDEN=1 rewrites the expected files (review the diff).

const dir = join(import.meta.dirname, '__fixtures__');
const cases = existsSync(dir) ? readdirSync(dir).filter((c) => existsSync(join(dir, c, 'input.ts'))).sort() : [];

describe('printer golden files (input.ts → output.xs)', () => {
  it('has a fixture per construct', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
  for (const name of cases) {
    it(name, async () => {
      const mod = (await import(join(dir, name, 'input.ts'))) as { default: unknown };
      const def = asDefinition(mod.default);
      expect(def, `${name}/input.ts must default-export a DSL definition`).toBeDefined();
      const text = print(def!.toDecl());
      const expectedFile = join(dir, name, 'output.xs');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, text);
      expect(text).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
