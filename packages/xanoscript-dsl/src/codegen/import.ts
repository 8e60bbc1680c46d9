import { posix } from 'node:path';
import { Project, IndentationText, QuoteKind } from 'ts-morph';
import type { Document } from '../ast/nodes/decls.js';
import { layoutPathOf, refOf } from '../ast/schema/identity.js';
import { emitObject, type ObjectContext } from './emit-objects.js';
import { bindingName, DSL_NAMES } from './names.js';
import { fieldTypes } from './var-types.js';
import { addTypeMarkers } from './type-markers.js';

// Existing XanoScript → DSL modules, one per object (`xac import`).

export interface ImportSource {
  /** Where the document came from (for messages and the header comment). */
  readonly path: string;
  readonly doc: Document;
}

export interface ImportedModule {
  /** Path of the module relative to the app folder. */
  readonly file: string;
  readonly code: string;
  readonly source: string;
  /** True when the whole object is carried as raw XanoScript. */
  readonly raw: boolean;
  /** Escape hatches this module needed (`raw.stmt(...)`, `unsafe(a.b)`, …). */
  readonly escapes: readonly string[];
}

interface Planned {
  readonly src: ImportSource;
  readonly file: string;
  readonly binding: string;
}

/**
 * Where an object's module goes: its official-CLI path (ast/schema/identity.ts) as `.ts`, functions at
 * the app's root (`function/workers/x.xs` → `workers/x.ts`), every other kind under its CLI folder
 * (`table/user.ts`, `api/<group>/<group>.ts`, `table/trigger/x.ts`).
 */
function fileFor(doc: Document): string {
  const ref = refOf(doc);
  if (ref === undefined) return 'raw/object.ts';
  const path = layoutPathOf(ref).replace(/\.xs$/, '.ts').replace(/(^|\/)\.ts$/, '$1object.ts');
  return ref.kind === 'function' ? path.slice('function/'.length) : path;
}

function plan(sources: readonly ImportSource[]): Planned[] {
  const files = new Set<string>();
  const bindings = new Set<string>();
  return sources.map((src) => {
    let file = fileFor(src.doc);
    for (let i = 2; files.has(file); i++) file = file.replace(/(_\d+)?\.ts$/, `_${i}.ts`);
    files.add(file);
    const d = src.doc.object;
    const base = d.kind === 'RawDecl' ? 'object' : d.kind === 'FunctionDecl' ? d.name.split('/').pop() ?? d.name : d.name;
    let binding = bindingName(base, d.kind === 'QueryDecl' ? d.verb.charAt(0) + d.verb.slice(1).toLowerCase() : '');
    for (let i = 2; bindings.has(binding); i++) binding = binding.replace(/\d*$/, String(i));
    bindings.add(binding);
    return { src, file, binding };
  });
}

function contextFor(planned: readonly Planned[]): Omit<ObjectContext, 'escapes' | 'taken'> & { files: Map<string, string> } {
  const tables = new Map<string, { binding: string; columns: ReadonlySet<string>; types: ReadonlyMap<string, string> }>();
  const functions = new Map<string, string>();
  const groups = new Map<string, string>();
  const files = new Map<string, string>();
  for (const p of planned) {
    const d = p.src.doc.object;
    files.set(p.binding, p.file);
    if (d.kind === 'TableDecl') {
      const cols = new Set((d.schema ?? []).flatMap((f) => (f.kind === 'FieldDecl' ? [f.name] : [])));
      const types = new Map([...fieldTypes(d.schema)].map(([k, v]) => [k, v.base] as const));
      tables.set(d.name, { binding: p.binding, columns: cols, types });
    } else if (d.kind === 'FunctionDecl') functions.set(d.name, p.binding);
    else if (d.kind === 'ApiGroupDecl') groups.set(d.name, p.binding);
  }
  return { tables, functions, groups, files };
}

const STRINGS = /"(?:[^"\\\n]|\\.)*"/g;

function importLines(p: Planned, body: string, builders: ReadonlySet<string>, files: Map<string, string>): string[] {
  const code = body.replace(STRINGS, '""');
  const dsl = DSL_NAMES.filter(
    (name) => builders.has(name) || new RegExp(`(^|[^.\\w$])${name}\\b(?!\\s*:)`).test(code),
  );
  const lines = [`import { ${dsl.join(', ')} } from '@xac/xanoscript-dsl/dsl';`];
  for (const [binding, file] of [...files].sort((a, b) => a[1].localeCompare(b[1]))) {
    if (binding === p.binding || !new RegExp(`(^|[^.\\w$])${binding}\\b`).test(code)) continue;
    let rel = posix.relative(posix.dirname(p.file), file);
    if (!rel.startsWith('.')) rel = './' + rel;
    lines.push(`import { ${binding} } from '${rel}';`);
  }
  return lines;
}

/**
 * Turns parsed XanoScript documents into DSL modules. Constructs the DSL cannot express yet are
 * carried through escape hatches (listed per module), never dropped.
 * @example const modules = generateModules([{ path: 'function/x.xs', doc }]);
 */
export interface GenerateOptions {
  /**
   * The folder the modules will be written to (`apps/<app>`). When given, the modules are type-checked
   * there and every value the types reject is kept through an `unsafe.cast(value, reason)` marker
   * (codegen/type-markers.ts), so the imported workspace builds.
   */
  readonly typecheckDir?: string;
}

export function generateModules(sources: readonly ImportSource[], options: GenerateOptions = {}): ImportedModule[] {
  const planned = plan(sources);
  const { files, ...shared } = contextFor(planned);
  // A table that itself must stay raw has no typed columns: its db.* statements stay raw too.
  for (const p of planned) {
    const d = p.src.doc.object;
    if (d.kind !== 'TableDecl') continue;
    const probe = emitObject(p.src.doc, p.binding, { ...shared, taken: new Set(), escapes: [] });
    if (probe.raw) (shared.tables as Map<string, unknown>).delete(d.name);
  }
  const taken = new Set([...files.keys(), ...DSL_NAMES]);
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single } });
  const modules = planned.map((p) => {
    const escapes: string[] = [];
    const mod = emitObject(p.src.doc, p.binding, { ...shared, taken, escapes });
    const header = `// Imported from ${p.src.path} by \`xac import\`.`;
    const text = [header, ...importLines(p, mod.body, mod.builders, files), '', mod.body, ''].join('\n');
    const sf = project.createSourceFile(`/m/${p.file}`, text, { overwrite: true });
    sf.formatText({ indentSize: 2, convertTabsToSpaces: true });
    return { file: p.file, code: sf.getFullText(), source: p.src.path, raw: mod.raw, escapes };
  });
  if (options.typecheckDir === undefined) return modules;
  const added = new Map<string, string[]>();
  const marked = addTypeMarkers(options.typecheckDir, new Map(modules.map((m) => [m.file, m.code])), added);
  return modules.map((m) => ({ ...m, code: marked.get(m.file) ?? m.code, escapes: [...m.escapes, ...(added.get(m.file) ?? [])] }));
}
