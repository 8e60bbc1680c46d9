// The build type-checks the apps before it writes anything (DESIGN "Commands": typecheck, then
// compile): `owner.id.trim()` must stop `xac build` and `xac deploy`, not deploy with exit 0. Each app
// is checked with its own tsconfig.json (or strict defaults) through the TypeScript compiler API,
// incrementally: the build info lives in .xac/cache/typecheck/ (gitignored), so an unchanged app is
// re-checked in a fraction of the first run. TypeScript is the project's own (the `tsc` its editor
// and `pnpm build` use), found from the project root.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, sep } from 'node:path';
import type ts from 'typescript';
import { ConfigError } from '../config/errors.js';
import { findSources } from './discover.js';
import { TypeCheckError } from './errors.js';

type Ts = typeof ts;

/** Where the incremental build info of each app is kept. */
export const TYPECHECK_CACHE = join('.xac', 'cache', 'typecheck');

const DEFAULTS: ts.CompilerOptions = {
  strict: true,
  target: 9 /* ES2022 */,
  module: 199 /* NodeNext */,
  moduleResolution: 99 /* NodeNext */,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
};

function loadTypeScript(root: string): Ts {
  try {
    return createRequire(join(root, 'package.json'))('typescript') as Ts;
  } catch {
    throw new ConfigError(`typescript is not installed in ${root}: the build type-checks the apps with it (pnpm add -D typescript)`);
  }
}

/** The app's compiler setup: its tsconfig.json when it has one, else strict defaults over its sources. */
function configOf(tsc: Ts, appDir: string, buildInfo: string): { rootNames: string[]; options: ts.CompilerOptions; errors: readonly ts.Diagnostic[] } {
  const overrides: ts.CompilerOptions = { noEmit: true, incremental: true, composite: false, declaration: false, declarationMap: false, sourceMap: false, tsBuildInfoFile: buildInfo };
  const file = join(appDir, 'tsconfig.json');
  if (!existsSync(file)) return { rootNames: findSources(appDir), options: { ...DEFAULTS, ...overrides }, errors: [] };
  const errors: ts.Diagnostic[] = [];
  const host: ts.ParseConfigFileHost = {
    ...tsc.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => void errors.push(d),
  };
  const parsed = tsc.getParsedCommandLineOfConfigFile(file, overrides, host);
  if (!parsed) return { rootNames: [], options: overrides, errors };
  return { rootNames: parsed.fileNames, options: parsed.options, errors: [...errors, ...parsed.errors] };
}

/** `apps/a/x.ts:4:20 TS2339 Property 'trim' does not exist on type 'IntExpr'.` — one line. */
function formatDiagnostic(tsc: Ts, root: string, d: ts.Diagnostic): string {
  const text = tsc.flattenDiagnosticMessageText(d.messageText, '\n').split('\n').map((l) => l.trim()).join(' ');
  if (!d.file || d.start === undefined) return `TS${d.code} ${text}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  const file = relative(root, d.file.fileName).split(sep).join('/');
  return `${file}:${line + 1}:${character + 1} TS${d.code} ${text}`;
}

/** Type-checks one app; returns its error diagnostics, formatted. */
function checkApp(tsc: Ts, root: string, appDir: string, cacheDir: string): string[] {
  const { rootNames, options, errors } = configOf(tsc, appDir, join(cacheDir, `${basename(appDir)}.tsbuildinfo`));
  if (rootNames.length === 0 && errors.length === 0) return [];
  const program = tsc.createIncrementalProgram({ rootNames, options, configFileParsingDiagnostics: errors });
  const all = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
  ];
  program.emit(); // with noEmit, writes only the build info (the cache)
  return all.filter((d) => d.category === tsc.DiagnosticCategory.Error).map((d) => formatDiagnostic(tsc, root, d));
}

/**
 * Type-checks every app; throws TypeCheckError listing each error once (an app that imports another
 * app's tables sees that app's errors too: they are printed once).
 * @example typecheckApps('/repo', findApps('/repo'));
 */
export function typecheckApps(root: string, appDirs: readonly string[]): void {
  if (appDirs.length === 0) return;
  const tsc = loadTypeScript(root);
  const cacheDir = join(root, TYPECHECK_CACHE);
  mkdirSync(cacheDir, { recursive: true });
  const seen = new Set<string>();
  for (const dir of appDirs) for (const line of checkApp(tsc, root, dir, cacheDir)) seen.add(line);
  if (seen.size > 0) throw new TypeCheckError([...seen]);
}
