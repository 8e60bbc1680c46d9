import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The seed's bugs stay visible after import: our reconstruction of function 8140 before its fix
// (codegen/__fixtures__/seed-8140, with the tables and the callee it uses) imports into DSL that
// builds with the type-check, carries an unsafe() marker at each of the two statements of the seed
// report, which lint lists with their reasons; written in the plain typed form, neither compiles.

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const fixture = join(pkg, '..', 'xanoscript-dsl', 'src', 'codegen', '__fixtures__', 'seed-8140');
const root = join(pkg, '.test-tmp', `import-markers-${process.pid}`);
const app = join(root, 'apps', 'imported');
const moduleFile = join(app, 'workers', 'metrics_create_snapshot.ts');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const xac = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

/** Type errors of the imported app as `TS<code>@<line>` for the snapshot module (compiler API). */
function typeErrors(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(app, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('no tsconfig');
  const program = ts.createProgram(config.fileNames, config.options);
  return ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === moduleFile.split('\\').join('/') || d.file?.fileName === moduleFile)
    .map((d) => `TS${d.code}@${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('import of the seed 8140 before its fix', () => {
  beforeAll(() => {
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    cpSync(fixture, join(root, 'in'), { recursive: true });
    const r = xac('import', 'in');
    expect(r.stderr).toBe('');
  }, 120_000);

  it('builds with the type-check and marks exactly the two statements of the seed report', { timeout: 120_000 }, () => {
    const built = xac('build');
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const text = readFileSync(moduleFile, 'utf8');
    const markers = text.split('\n').flatMap((l, i) => (/unsafe\(/.test(l) ? [i + 1] : []));
    expect(markers).toEqual([lineOf(text, 's.db.get(user'), lineOf(text, 's.db.add(metricsSnapshots')]);
    expect(text).toContain('field_value: unsafe(s.input.user_id, [], "a text input as an int lookup value');
    expect(text).toContain('unsafe(lifecycle_open_result, "transactions_updated", ".transactions_updated on a function.run result');
    // The compiled XanoScript is the original, unchanged.
    const xs = readFileSync(join(app, 'xs', 'function', 'workers', 'metrics_create_snapshot.xs'), 'utf8');
    expect(xs).toBe(readFileSync(join(fixture, 'function', 'Workers', 'metrics_create_snapshot.xs'), 'utf8'));
  });

  it('lint lists each marker with its reason', { timeout: 60_000 }, () => {
    const r = xac('lint', 'apps/imported/xs');
    const markers = r.stdout.split('\n').filter((l) => l.includes('marker at') && l.includes('(no-escape-hatch)'));
    expect(markers).toHaveLength(2);
    expect(markers[0]).toMatch(/metrics_create_snapshot\.xs:8:\d+: warning: `unsafe\(\)` marker at .*: a text input as an int lookup value/);
    expect(markers[1]).toMatch(/metrics_create_snapshot\.xs:19:\d+: warning: `unsafe\(\)` marker at .*: \.transactions_updated on a function\.run result/);
  });

  it('the plain typed form of each marked read does not compile (TS2322, TS2339)', { timeout: 120_000 }, () => {
    const text = readFileSync(moduleFile, 'utf8');
    expect(typeErrors()).toEqual([]);
    const lookup = text.replace(/unsafe\(s\.input\.user_id, \[\], "[^"]*"\)/, 's.input.user_id');
    const dotPath = text.replace(/unsafe\(lifecycle_open_result, "transactions_updated", "[^"]*"\)/, 'lifecycle_open_result.transactions_updated');
    try {
      writeFileSync(moduleFile, lookup);
      expect(typeErrors()).toEqual([`TS2322@${lineOf(text, 's.db.get(user')}`]);
      writeFileSync(moduleFile, dotPath);
      expect(typeErrors()).toEqual([`TS2339@${lineOf(text, 's.db.add(metricsSnapshots')}`]);
    } finally {
      writeFileSync(moduleFile, text);
    }
  });
});
