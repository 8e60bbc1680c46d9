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
  readonly files: Record<string, {
    readonly sources: readonly string[];
    readonly lines: ReadonlyArray<readonly [number, number, number] | null>;
    /** Escape hatches the DSL used for this object: `unsafe`, `raw.stmt`, … at `file:line:col`. */
    readonly escapes?: ReadonlyArray<{ readonly what: string; readonly at: string; readonly reason?: string }>;
  }>;
}

/** One escape-hatch use behind a compiled file: what, its DSL position, and the first .xs line it produced. */
export interface EscapeUse {
  readonly what: string;
  readonly at: string;
  /** Why the types reject what an `unsafe()` marker reads (written by `xac import`). */
  readonly reason?: string;
  /** 1-based .xs line mapped to the use's DSL line, when the map has one. */
  readonly line?: number;
}

/** `.xs` path → the escape hatches its DSL source used (empty for hand-written files). */
export type EscapeResolver = (path: string) => readonly EscapeUse[];

/**
 * A resolver reading `apps/<app>/xs/sourcemap.json` through `read` (project-relative path → text or undefined).
 * @example const resolve = createSourceMapResolver((p) => readFileSync(join(root, p), 'utf8')); resolve('apps/functions/xs/function/x.xs', 12)
 */
export function createSourceMapResolver(read: (path: string) => string | undefined): SourceResolver {
  const { entry } = mapReader(read);
  return (path, line) => {
    const e = entry(path);
    const at = e?.lines[line - 1];
    const source = at ? e?.sources[at[0]] : undefined;
    return at && source !== undefined ? { path: source, line: at[1], column: at[2] } : undefined;
  };
}

/**
 * The escape hatches behind each compiled file (`escapes` of its source map entry), each placed on the
 * first .xs line that maps to its DSL line: `unsafe()` compiles to a plain dot path, `raw.stmt()` to
 * ordinary text, so only the map tells lint they are there.
 * @example const escapes = createEscapeResolver((p) => readFileSync(join(root, p), 'utf8')); escapes('apps/a/xs/function/x.xs')
 */
export function createEscapeResolver(read: (path: string) => string | undefined): EscapeResolver {
  const { entry } = mapReader(read);
  return (path) => {
    const e = entry(path);
    return (e?.escapes ?? []).map((x) => {
      const m = /^(.*):(\d+):\d+$/.exec(x.at);
      const src = m ? e?.sources.indexOf(m[1] ?? '') ?? -1 : -1;
      const idx = m && src >= 0 ? e?.lines.findIndex((l) => l !== null && l[0] === src && l[1] === Number(m[2])) ?? -1 : -1;
      return idx >= 0 ? { ...x, line: idx + 1 } : { ...x };
    });
  };
}

function mapReader(read: (path: string) => string | undefined) {
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
  const entry = (path: string) => {
    const m = /^(?:.*\/)?(apps\/[^/]+)\/xs\/(.+)$/.exec(path);
    return m?.[1] && m[2] ? load(m[1])?.files[m[2]] : undefined;
  };
  return { entry };
}
