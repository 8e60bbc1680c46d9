import { join } from 'node:path';
import { Node, Project, type SourceFile } from 'ts-morph';

// After import has written the DSL of a workspace, the TypeScript compiler tells where real code does
// what the types reject (a text value as an int lookup, a method its type does not have, a key a
// table does not declare). Each such value is wrapped in `unsafe.cast(value, reason)`: the workspace
// builds and compiles to the same XanoScript, and lint lists every marker with its reason.

const MAX_ROUNDS = 4;

/** The expression to wrap for a diagnostic at `pos`, or undefined. */
function target(sf: SourceFile, pos: number, code: number): Node | undefined {
  let n: Node | undefined = sf.getDescendantAtPos(pos);
  if (n === undefined) return undefined;
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
  const project = new Project({
    compilerOptions: { strict: true, target: 9, module: 199, moduleResolution: 99, skipLibCheck: true, noEmit: true, allowImportingTsExtensions: true },
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
    let changed = 0;
    const seen = new Set<Node>();
    for (const d of [...diags].sort((a, b) => (b.getStart() ?? 0) - (a.getStart() ?? 0))) {
      const sf = d.getSourceFile();
      const rel = sf ? byPath.get(sf.getFilePath()) : undefined;
      if (sf === undefined || rel === undefined || d.getStart() === undefined) continue;
      const node = target(sf, d.getStart() ?? 0, d.getCode());
      if (node === undefined || node.wasForgotten() || seen.has(node) || /^unsafe\.cast\(/.test(node.getText())) continue;
      seen.add(node);
      const msg = d.getMessageText();
      const reason = reasonOf(d.getCode(), typeof msg === 'string' ? msg : msg.getMessageText());
      node.replaceWithText(`unsafe.cast(${node.getText()}, ${JSON.stringify(reason)})`);
      (escapes.get(rel) ?? escapes.set(rel, []).get(rel)!).push(`unsafe(cast TS${d.getCode()})`);
      changed++;
    }
    if (changed === 0) break;
  }
  const out = new Map<string, string>();
  for (const [abs, rel] of byPath) {
    let text = project.getSourceFileOrThrow(abs).getFullText();
    if (text.includes('unsafe.cast(') && !/import \{[^}]*\bunsafe\b[^}]*\} from '@xac\/xanoscript-dsl\/dsl'/.test(text)) {
      text = text.replace(/import \{ ([^}]*) \} from '@xac\/xanoscript-dsl\/dsl';/, "import { $1, unsafe } from '@xac/xanoscript-dsl/dsl';");
    }
    out.set(rel, text);
  }
  return out;
}
