// The build's type-check step on throw-away projects inside this package (so `@xac/xanoscript-dsl`
// resolves through its node_modules): a type error is reported once as file:line:col TS<code>, and
// the incremental cache lands in .xac/cache/typecheck.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config/errors.js';
import { findApps } from './discover.js';
import { TypeCheckError } from './errors.js';
import { TYPECHECK_CACHE, typecheckApps } from './typecheck.js';

const pkg = join(import.meta.dirname, '..', '..');
// Each test file has its own folder (gitignored `.test-tmp-*`): another file's cleanup of .test-tmp
// never deletes a project under a running xac (whose loader would then hang).
const tmp = join(pkg, `.test-tmp-typecheck-${process.pid}`);
let n = 0;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  const root = join(tmp, `typecheck-${process.pid}-${n++}`);
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  return root;
}

const DSL = `import { fn, t, table } from '@xac/xanoscript-dsl/dsl';`;
const users = `${DSL}\nexport const users = table('user', { schema: [t.int('id'), t.text('email')] });\n`;
const broken = `${DSL}\nimport { users } from './users.ts';\nexport const f = fn('F', { input: [t.text('user_id')] }, (s) => {\n  const u = s.requireFound(s.db.get(users, { field_name: 'id', field_value: s.input.user_id.toInt().firstNotEmpty(0), as: 'u' }));\n  return u.id.trim();\n});\n`;
const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, allowImportingTsExtensions: true, skipLibCheck: true }, include: ['**/*.ts'], exclude: ['xs/**'] });

function errorsOf(root: string): readonly string[] {
  try {
    typecheckApps(root, findApps(root));
    return [];
  } catch (err) {
    if (err instanceof TypeCheckError) return err.diagnostics;
    throw err;
  }
}

describe('build type-check', () => {
  it('reports a type error once, as file:line:col TS<code> message, with or without the app tsconfig.json', () => {
    for (const withConfig of [false, true]) {
      const root = project({ 'apps/a/users.ts': users, 'apps/a/find.ts': broken, ...(withConfig ? { 'apps/a/tsconfig.json': TSCONFIG } : {}) });
      const errors = errorsOf(root);
      expect(errors, errors.join("\n")).toHaveLength(1);
      expect(errors[0]).toMatch(/^apps\/a\/find\.ts:5:\d+ TS2339 Property 'trim' does not exist on type /);
      expect(existsSync(join(root, TYPECHECK_CACHE, 'a.tsbuildinfo'))).toBe(true);
    }
  });

  it('an error in a table that two apps import is printed once', () => {
    const root = project({
      'apps/a/users.ts': `${users}export const bad: number = 'x';\n`,
      'apps/b/uses.ts': `${DSL}\nimport { users } from '../a/users.ts';\nexport const g = fn('G', {}, () => users.name);\n`,
    });
    const errors = errorsOf(root);
    expect(errors.filter((e) => e.startsWith('apps/a/users.ts:3:'))).toHaveLength(1);
  });

  it('passes a clean app, and the second run reuses the cache', () => {
    const root = project({ 'apps/a/users.ts': users });
    expect(errorsOf(root)).toEqual([]);
    const t0 = performance.now();
    expect(errorsOf(root)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });
});

describe('the project\'s TypeScript', () => {
  it('a project without typescript installed is a ConfigError saying so (exit 2), not a crash', () => {
    const root = mkdtempSync(join(tmpdir(), 'xac-no-ts-'));
    try {
      mkdirSync(join(root, 'apps', 'a'), { recursive: true });
      writeFileSync(join(root, 'apps', 'a', 'x.ts'), 'export const x = 1;\n');
      expect(() => typecheckApps(root, findApps(root))).toThrow(ConfigError);
      expect(() => typecheckApps(root, findApps(root))).toThrow(/typescript is not installed in .*pnpm add -D typescript/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('pnpm build ordering (turbo.json)', () => {
  it('the compile task (//#xs) runs after every app\'s type-check, never beside it', () => {
    const repo = join(pkg, '..', '..');
    const turbo = JSON.parse(readFileSync(join(repo, 'turbo.json'), 'utf8')) as { tasks: Record<string, { dependsOn?: string[] }> };
    const deps = turbo.tasks['//#xs']?.dependsOn ?? [];
    const apps = readdirSync(join(repo, 'apps')).filter((a) => existsSync(join(repo, 'apps', a, 'package.json')));
    expect(apps.length).toBeGreaterThan(0);
    for (const app of apps) {
      const name = (JSON.parse(readFileSync(join(repo, 'apps', app, 'package.json'), 'utf8')) as { name: string }).name;
      expect(deps).toContain(`${name}#build`);
    }
    expect(deps).toContain('@xac/xano-deploy#build');
  });
});
