import { findSourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

// Where in the user's DSL source a builder was called: for error messages (file:line:col) and the
// build's source map. Raw call sites are cheap; mapping through the loader's source map (tsx) is
// done only when a position is read.

/** A position in a DSL source file (1-based line and column). */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const DSL_DIR = fileURLToPath(new URL('.', import.meta.url));

interface RawSite {
  file: string;
  line: number;
  column: number;
}

function callSites(): NodeJS.CallSite[] {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  Error.prepareStackTrace = (_err, sites) => sites;
  try {
    const holder: { stack?: NodeJS.CallSite[] } = {};
    Error.captureStackTrace(holder, callSites);
    return holder.stack ?? [];
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = savedLimit;
  }
}

function toPath(file: string): string {
  return file.startsWith('file://') ? fileURLToPath(file) : file;
}

function mapped(site: RawSite): Origin {
  const map = findSourceMap(site.file);
  const entry = map?.findEntry(site.line - 1, site.column - 1) as
    | { originalSource?: string; originalLine?: number; originalColumn?: number }
    | undefined;
  if (entry?.originalSource && entry.originalLine !== undefined && entry.originalColumn !== undefined) {
    return { file: toPath(entry.originalSource), line: entry.originalLine + 1, column: entry.originalColumn + 1 };
  }
  return { file: toPath(site.file), line: site.line, column: site.column };
}

/**
 * The first call site outside the DSL package, resolved lazily through source maps.
 * @example const where = captureOrigin(); where()?.line
 */
export function captureOrigin(): () => Origin | undefined {
  let raw: RawSite | undefined;
  for (const site of callSites()) {
    const file = site.getFileName();
    if (!file) continue;
    const path = toPath(file);
    if ((path.startsWith(DSL_DIR) && !path.includes('.test.')) || path.startsWith('node:')) continue;
    raw = { file, line: site.getLineNumber() ?? 0, column: site.getColumnNumber() ?? 0 };
    break;
  }
  let cached: Origin | undefined;
  return () => {
    if (raw === undefined) return undefined;
    cached ??= mapped(raw);
    return cached;
  };
}

/** `file:line:col` (file relative to `cwd` when inside it). */
export function formatOrigin(origin: Origin | undefined, cwd = process.cwd()): string {
  if (origin === undefined) return '<unknown>';
  const file = origin.file.startsWith(cwd + '/') ? origin.file.slice(cwd.length + 1) : origin.file;
  return `${file}:${origin.line}:${origin.column}`;
}

/**
 * A mistake in DSL source, reported at the builder call that made it.
 * @example throw new DslError('function name must not be empty', where());
 */
export class DslError extends Error {
  constructor(
    readonly detail: string,
    readonly origin: Origin | undefined,
  ) {
    super(`${formatOrigin(origin)}: ${detail}`);
    this.name = 'DslError';
  }
}
