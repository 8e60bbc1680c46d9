// Compiled DSL output lives in apps/<app>/xs/; the build writes apps/<app>/xs/sourcemap.json mapping
// each .xs line to [sourceIndex, dslLine, dslCol]. Reporters show that DSL position beside the .xs one.

export interface SourcePosition {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** `.xs` path (project-relative, `/`-separated) and 1-based line → the DSL position behind it. */
export type SourceResolver = (path: string, line: number) => SourcePosition | undefined;

interface SourceMapFile {
  readonly files: Record<string, { readonly sources: readonly string[]; readonly lines: ReadonlyArray<readonly [number, number, number] | null> }>;
}

/**
 * A resolver reading `apps/<app>/xs/sourcemap.json` through `read` (project-relative path → text or undefined).
 * @example const resolve = createSourceMapResolver((p) => readFileSync(join(root, p), 'utf8')); resolve('apps/functions/xs/function/x.xs', 12)
 */
export function createSourceMapResolver(read: (path: string) => string | undefined): SourceResolver {
  const maps = new Map<string, SourceMapFile | undefined>();
  const load = (app: string): SourceMapFile | undefined => {
    if (!maps.has(app)) {
      let map: SourceMapFile | undefined;
      try {
        const text = read(`${app}/xs/sourcemap.json`);
        map = text === undefined ? undefined : (JSON.parse(text) as SourceMapFile);
      } catch {
        map = undefined;
      }
      maps.set(app, map);
    }
    return maps.get(app);
  };
  return (path, line) => {
    const m = /^(?:.*\/)?(apps\/[^/]+)\/xs\/(.+)$/.exec(path);
    if (!m?.[1] || !m[2]) return undefined;
    const entry = load(m[1])?.files[m[2]];
    const at = entry?.lines[line - 1];
    const source = at ? entry?.sources[at[0]] : undefined;
    return at && source !== undefined ? { path: source, line: at[1], column: at[2] } : undefined;
  };
}
