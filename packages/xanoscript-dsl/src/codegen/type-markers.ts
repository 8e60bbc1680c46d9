import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Node, Project, type Diagnostic, type SourceFile } from 'ts-morph';

// After import has written the DSL of a workspace, the TypeScript compiler tells where real code does
// what the types reject (a text value as an int lookup, a method its type does not have, a key a
// table does not declare). Each such value is wrapped in `unsafe.cast(value, reason)`: the workspace
// builds and compiles to the same XanoScript, and lint lists every marker with its reason.

const MAX_ROUNDS = 4;
const DSL_MODULE = '@xac/xanoscript-dsl/dsl';

/**
 * This package's own DSL entry (its declarations when built, its source under a test runner): the
 * modules are checked against it, as a freshly imported app has no node_modules of its own yet.
 */
function dslEntry(): string | undefined {
  for (const rel of ['../dsl/index.d.ts', '../dsl/index.ts']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** The node is already the value of a marker (`unsafe.cast(node, …)`): never wrap it twice. */
function insideCast(n: Node): boolean {
  const p = n.getParent();
  return p !== undefined && Node.isCallExpression(p) && p.getArguments()[0] === n && p.getExpression().getText() === 'unsafe.cast';
}

/** "possibly undefined / null" codes: the value itself is wrapped, never the callback it is in. */
const MAYBE_ABSENT: ReadonlySet<number> = new Set([2532, 18047, 18048, 18049]);

/** The expression to wrap for a diagnostic at `pos` (of `length`), or undefined. */
function target(sf: SourceFile, pos: number, code: number, length = 0): Node | undefined {
  let n: Node | undefined = sf.getDescendantAtPos(pos);
  if (n === undefined) return undefined;
  if (MAYBE_ABSENT.has(code)) {
    // The node the diagnostic spans exactly (`c.user_id` of an untyped table's where callback).
    for (let m: Node | undefined = n; m !== undefined && m.getStart() === pos; m = m.getParent()) {
      if (m.getEnd() === pos + length && Node.isExpression(m)) return m;
    }
  }
  const parent = n.getParent();
  if (parent && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === n) return parent.getExpression();
  if (parent && Node.isPropertyAssignment(parent) && parent.getNameNode() === n) {
    const obj = parent.getParent();
    return code === 2322 ? parent.getInitializer() : obj;
  }
  for (; n !== undefined; n = n.getParent()) {
    const p = n.getParent();
    if (p === undefined || Node.isSourceFile(p)) return undefined;
    if (Node.isCallExpression(p) && p.getArguments().includes(n)) return n;
    if (Node.isPropertyAssignment(p) && p.getInitializer() === n) return n;
  }
  return undefined;
}

/** A diagnostic's message (the head of a message chain). */
function messageOf(d: Diagnostic): string {
  const m = d.getMessageText();
  return typeof m === 'string' ? m : m.getMessageText();
}

function reasonOf(code: number, message: string): string {
  const first = message.split('\n')[0] ?? '';
  const short = first.length > 140 ? first.slice(0, 137) + '...' : first;
  return `TS${code}: ${short.replace(/\s+/g, ' ')}`;
}

/**
 * Wraps every value the type-check rejects in `unsafe.cast(…)`. `files` maps module paths relative to
 * `appDir` to their text; the result has the same keys. `escapes` receives one `unsafe(...)` entry per
 * marker, by file.
 * @example addTypeMarkers('/repo/apps/legacy', modules, new Map())
 */
export function addTypeMarkers(appDir: string, files: ReadonlyMap<string, string>, escapes: Map<string, string[]>): Map<string, string> {
  const entry = dslEntry();
  const project = new Project({
    // The strictest settings an app may build under (noUncheckedIndexedAccess as the project's base has it):
    // a workspace marked under them builds under any.
    compilerOptions: { strict: true, noUncheckedIndexedAccess: true, target: 9, module: 199, moduleResolution: 99, skipLibCheck: true, noEmit: true, allowImportingTsExtensions: true,
      ...(entry === undefined ? {} : { paths: { [DSL_MODULE]: [entry] } }) },
    skipAddingFilesFromTsConfig: true,
  });
  const byPath = new Map<string, string>();
  for (const [rel, text] of files) {
    const abs = join(appDir, rel);
    byPath.set(abs, rel);
    project.createSourceFile(abs, text, { overwrite: true });
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const diags = project.getPreEmitDiagnostics().filter((d) => d.getCategory() === 1 && d.getSourceFile() !== undefined);
    if (diags.length === 0) break;
    // Without the DSL's types every value is `any` and the diagnostics say nothing: leave the modules as they are.
    if (diags.some((d) => d.getCode() === 2307 && messageOf(d).includes(DSL_MODULE))) break;
    let changed = 0;
    const seen = new Set<Node>();
    // The import is added after the round: an edit at the top would move the positions still to visit.
    const marked = new Set<SourceFile>();
    for (const d of [...diags].sort((a, b) => (b.getStart() ?? 0) - (a.getStart() ?? 0))) {
      const sf = d.getSourceFile();
      const rel = sf ? byPath.get(sf.getFilePath()) : undefined;
      if (sf === undefined || rel === undefined || d.getStart() === undefined) continue;
      const node = target(sf, d.getStart() ?? 0, d.getCode(), d.getLength() ?? 0);
      if (node === undefined || node.wasForgotten() || seen.has(node) || /^unsafe\.cast\(/.test(node.getText()) || insideCast(node)) continue;
      seen.add(node);
      const reason = reasonOf(d.getCode(), messageOf(d));
      node.replaceWithText(`unsafe.cast(${node.getText()}, ${JSON.stringify(reason)})`);
      marked.add(sf);
      (escapes.get(rel) ?? escapes.set(rel, []).get(rel)!).push(`unsafe(cast TS${d.getCode()})`);
      changed++;
    }
    for (const sf of marked) importUnsafe(sf);
    if (changed === 0) break;
  }
  const out = new Map<string, string>();
  for (const [abs, rel] of byPath) out.set(rel, project.getSourceFileOrThrow(abs).getFullText());
  return out;
}

/** Adds `unsafe` to the module's DSL import as soon as it has a marker (the next round checks it). */
function importUnsafe(sf: SourceFile): void {
  const decl = sf.getImportDeclaration((d) => d.getModuleSpecifierValue() === DSL_MODULE);
  if (decl === undefined) {
    sf.insertImportDeclaration(0, { moduleSpecifier: DSL_MODULE, namedImports: ['unsafe'] });
    return;
  }
  if (!decl.getNamedImports().some((n) => n.getName() === 'unsafe')) decl.addNamedImport('unsafe');
}
