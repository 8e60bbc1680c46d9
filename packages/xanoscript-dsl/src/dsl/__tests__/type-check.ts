import ts from 'typescript';

// The type tests' compiler: one TypeScript program over in-memory snippets (so every case of a test
// file is checked in one pass), with the strict settings of an app. Diagnostics come back per file
// with their code and 1-based line.

const OPTIONS: ts.CompilerOptions = {
  strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [], lib: ['lib.es2023.d.ts'], skipLibCheck: true,
};

/** One diagnostic of a snippet: its TS code, its 1-based line and the first line of its message. */
export interface Found {
  readonly code: number;
  readonly line: number;
  readonly text: string;
}

/** Type-checks `files` (path → text) in one program; returns each file's diagnostics. */
export function typeCheck(files: ReadonlyMap<string, string>): Map<string, Found[]> {
  const host = ts.createCompilerHost(OPTIONS);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => files.get(f) ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  host.getSourceFile = ((get) => (f: string, lang: ts.ScriptTarget | ts.CreateSourceFileOptions) => {
    const text = files.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, lang) : get(f, lang);
  })(host.getSourceFile.bind(host));
  const program = ts.createProgram([...files.keys()], OPTIONS, host);
  const byFile = new Map<string, Found[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const f = d.file?.fileName ?? '';
    const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0;
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0] ?? '';
    byFile.set(f, [...(byFile.get(f) ?? []), { code: d.code, line, text }]);
  }
  return byFile;
}
