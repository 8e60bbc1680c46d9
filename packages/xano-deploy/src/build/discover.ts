import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Which files make up the apps: every .ts under apps/<app>/ except compiled output, tests and
// dependencies.

const SKIP_DIRS = new Set(['xs', 'node_modules', 'test', 'dist', '.turbo']);

/** The app folders (apps/<name>) of a project, optionally restricted to `only`. */
export function findApps(root: string, only?: readonly string[]): string[] {
  const appsDir = join(root, 'apps');
  if (!existsSync(appsDir)) return [];
  return readdirSync(appsDir)
    .filter((name) => statSync(join(appsDir, name)).isDirectory())
    .filter((name) => only === undefined || only.includes(name) || only.includes(`apps/${name}`))
    .sort()
    .map((name) => join(appsDir, name));
}

/** The DSL source files of one app, sorted. */
export function findSources(appDir: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) visit(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
        out.push(path);
      }
    }
  };
  visit(appDir);
  return out.sort();
}

/** Every file under a folder, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return out.sort();
}
