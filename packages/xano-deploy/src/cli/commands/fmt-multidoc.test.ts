import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFiles } from './fmt.js';

// `xac fmt` on a multidoc file formats every object of it, never just the first.
const dir = mkdtempSync(join(tmpdir(), 'xac-fmt-multidoc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('xac fmt on a multidoc file', () => {
  it('rewrites every object, with `---` between them', () => {
    const file = join(dir, 'app.xs');
    const loose = (n: string) => `function '${n}' {\n  input {\n  }\n  stack {\n  }\n  response   =   1\n}\n`;
    writeFileSync(file, `${loose('a')}---\n${loose('b')}`);
    const report = formatFiles([file], { check: false });
    expect(report.failed).toEqual([]);
    const tidy = (n: string) => `function "${n}" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n`;
    expect(readFileSync(file, 'utf8')).toBe(`${tidy('a')}---\n${tidy('b')}`);
  });
});
