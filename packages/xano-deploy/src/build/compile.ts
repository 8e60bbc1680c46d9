import { relative, sep } from 'node:path';
import { identityOf, layoutPathsOf, type Document, type Node } from '@xac/xanoscript-dsl/ast';
import { DslError, asDefinition, commentText, formatOrigin, type Definition, type Origin } from '@xac/xanoscript-dsl/dsl';
import { parse } from '@xac/xanoscript-dsl/parser';
import { printWithOwners } from '@xac/xanoscript-dsl/printer';
import { importTs } from '../config/ts-loader.js';
import { BuildError } from './errors.js';
import { misuseMessage, userFrame } from './misuse.js';
import { findSources } from './discover.js';

// DSL modules → definitions → canonical XanoScript text plus a line map back to the DSL source.

/** One compiled object. */
export interface CompiledObject {
  readonly app: string;
  /** Path under `apps/<app>/xs/`. */
  readonly path: string;
  readonly identity: string;
  readonly text: string;
  /** Per output line: [source index, line, column] of the DSL call behind it, or null. */
  readonly lines: ReadonlyArray<readonly [number, number, number] | null>;
  readonly sources: readonly string[];
  readonly escapes: ReadonlyArray<{ what: string; at: string; reason?: string }>;
  /** A table's declared column renames (old → new); deploy reads them from sourcemap.json. */
  readonly renames?: Readonly<Record<string, string>>;
}

interface Found {
  readonly def: Definition;
  readonly app: string;
}

const rel = (root: string, file: string) => relative(root, file).split(sep).join('/');

/** Loads every DSL module of the apps and collects exported definitions (each object once). */
export async function loadDefinitions(root: string, appDirs: readonly string[]): Promise<Found[]> {
  const seen = new Map<unknown, Found>();
  for (const appDir of appDirs) {
    for (const file of findSources(appDir)) {
      let mod: Record<string, unknown>;
      try {
        mod = await importTs(file);
      } catch (err) {
        throw toUserError(err, root, file, appDirs);
      }
      for (const value of Object.values(mod)) {
        const def = asDefinition(value);
        if (def === undefined || seen.has(value)) continue;
        const home = def.origin()?.file ?? file;
        const owner = appDirs.find((a) => home.startsWith(a + sep)) ?? appDir;
        seen.set(value, { def, app: rel(root, owner) });
      }
    }
  }
  return [...seen.values()];
}

function toUserError(err: unknown, root: string, file: string, appDirs: readonly string[]): BuildError {
  if (err instanceof DslError) return new BuildError([`${formatOrigin(err.origin, root)}: ${err.detail}`]);
  const msg = err instanceof Error ? err.message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ') : String(err);
  return new BuildError([`${userFrame(err, root, appDirs) ?? rel(root, file)}: could not be loaded: ${msg}`]);
}

/** Fails when two definitions share an identity (kind + name [+ verb + group], ast/schema/identity.ts). */
export function checkIdentities(found: readonly Found[], root: string): void {
  const problems: string[] = [];
  const byKey = new Map<string, Found>();
  for (const f of found) {
    const key = identityOf(f.def.ref());
    const prior = byKey.get(key);
    if (prior !== undefined && prior.def !== f.def) {
      problems.push(`${formatOrigin(f.def.origin(), root)}: ${f.def.kind} "${f.def.name}" has the same identity as the one at ${formatOrigin(prior.def.origin(), root)} (${key})`);
    }
    byKey.set(key, f);
  }
  if (problems.length > 0) throw new BuildError(problems);
}

/**
 * Each definition's path under `apps/<app>/xs/`: the official CLI's layout for the app's objects taken
 * together (api-group folder collisions and duplicate file names numbered as its pull does), in
 * identity order so the result does not depend on module load order.
 */
export function outputPaths(found: readonly Found[]): Map<Found, string> {
  const out = new Map<Found, string>();
  for (const app of new Set(found.map((f) => f.app))) {
    const mine = found.filter((f) => f.app === app).sort((a, b) => (identityOf(a.def.ref()) < identityOf(b.def.ref()) ? -1 : 1));
    const paths = layoutPathsOf(mine.map((f) => f.def.ref()));
    mine.forEach((f, i) => out.set(f, paths[i] ?? f.def.outputPath()));
  }
  return out;
}

/** Compiles one definition to text with its line map, at `path` under `apps/<app>/xs/`. */
export function compileDefinition(f: Found, root: string, path = f.def.outputPath()): CompiledObject {
  const decl = f.def.toDecl();
  const origins = f.def.context.origins;
  const comments = (f.def.comments ?? []).map((text) => ({ kind: 'Comment' as const, text: commentText(text) }));
  const doc: Document = { kind: 'Document', comments, object: decl };
  const { text, owners } = printWithOwners(doc, (n: Node) => origins.has(n));
  const sources: string[] = [];
  const lines = owners.map((owner) => {
    const origin: Origin | undefined = owner === undefined ? undefined : origins.get(owner)?.();
    if (origin === undefined) return null;
    const file = rel(root, origin.file);
    let index = sources.indexOf(file);
    if (index === -1) index = sources.push(file) - 1;
    return [index, origin.line, origin.column] as const;
  });
  const escapes = f.def.context.escapes.map((e) => ({ what: e.what, at: formatOrigin(e.origin(), root), ...(e.reason === undefined ? {} : { reason: e.reason }) }));
  const renames = f.def.renames && Object.keys(f.def.renames).length > 0 ? { renames: f.def.renames } : {};
  const compiled = { app: f.app, path, identity: identityOf(f.def.ref()), text, lines, sources, escapes, ...renames };
  checkParses(compiled);
  return compiled;
}

/**
 * Every compiled file must parse cleanly: the DSL only emits valid XanoScript, so an error here comes
 * from escape-hatch text (raw.*), reported at the DSL line that wrote it.
 */
function checkParses(o: CompiledObject): void {
  const errors = parse(o.text, { path: o.path }).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const messages = errors.map((d) => {
    const at = o.lines[d.loc.start.line - 1];
    const where = at ? `${o.sources[at[0]]}:${at[1]}:${at[2]}` : `${o.app}/xs/${o.path}`;
    return `${where}: the compiled ${o.app}/xs/${o.path}:${d.loc.start.line}:${d.loc.start.column} is not valid XanoScript: ${d.message}`;
  });
  throw new BuildError(messages);
}

/**
 * Loads and compiles every app; all DSL errors are collected and reported together.
 * @example const objects = await compileApps(root, findApps(root));
 */
export async function compileApps(root: string, appDirs: readonly string[]): Promise<CompiledObject[]> {
  const found = await loadDefinitions(root, appDirs);
  checkIdentities(found, root);
  const paths = outputPaths(found);
  const out: CompiledObject[] = [];
  const errors: string[] = [];
  for (const f of found) {
    try {
      out.push(compileDefinition(f, root, paths.get(f)));
    } catch (err) {
      if (err instanceof DslError) errors.push(`${formatOrigin(err.origin ?? f.def.origin(), root)}: ${err.detail}`);
      else if (err instanceof BuildError) errors.push(...err.problems);
      else errors.push(misuseMessage(err, root, appDirs, f.def.origin(), `${f.def.kind} "${f.def.name}"`));
    }
  }
  if (errors.length > 0) throw new BuildError(errors);
  return out.sort((a, b) => (a.app + a.path).localeCompare(b.app + b.path));
}
