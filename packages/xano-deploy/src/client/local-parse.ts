// The project's own parser, loaded lazily. The emulator rejects what `parse()` rejects, and the
// client re-parses a multidoc document locally to give a syntax error its line:column.
import { readHeader } from './xs-document.js';

/** The part of a parser diagnostic the deploy side needs (1-based positions). */
export interface LocalDiagnostic {
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  readonly loc: { readonly start: { readonly line: number; readonly column: number } };
}

/** `parse(text, {path})` reduced to its diagnostics. */
export type ParseFn = (text: string, opts: { readonly path?: string }) => { readonly diagnostics: readonly LocalDiagnostic[] };

let loaded: Promise<ParseFn> | undefined;

/**
 * The parser from '@xac/xanoscript-dsl/parser', or a structural fallback while it is not built.
 * @example const parse = await loadParse(); const errs = parse(text, {path}).diagnostics;
 */
export function loadParse(): Promise<ParseFn> {
  loaded ??= importParse();
  return loaded;
}

async function importParse(): Promise<ParseFn> {
  const specifier = '@xac/xanoscript-dsl/parser';
  try {
    const mod = (await import(specifier)) as Record<string, unknown>;
    if (typeof mod.parse === 'function') return mod.parse as ParseFn;
  } catch {
    // The parser package is not built yet; the fallback below keeps the emulator usable.
  }
  return structuralParse;
}

/** Which parser `loadParse` found: ours, or the structural fallback while the parser is not built. */
export async function parserInUse(): Promise<'xanoscript-dsl' | 'structural-fallback'> {
  return (await loadParse()) === structuralParse ? 'structural-fallback' : 'xanoscript-dsl';
}

/** The first error-level diagnostic, if any. */
export function firstError(diagnostics: readonly LocalDiagnostic[]): LocalDiagnostic | undefined {
  return diagnostics.find((d) => d.severity === 'error');
}

const diag = (message: string, line: number, column: number): LocalDiagnostic => ({
  severity: 'error',
  code: 'syntax',
  message,
  loc: { start: { line, column } },
});

const PAIRS: Record<string, string> = { '}': '{', ']': '[', ')': '(' };

/** A bracket-and-string check: used only when the real parser is unavailable. */
export const structuralParse: ParseFn = (text) => {
  if (!readHeader(text)) return { diagnostics: [diag('expected an object header such as `function "name" {`', 1, 1)] };
  const stack: Array<{ ch: string; line: number; col: number }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const problem = scanLine(lines[i] ?? '', i + 1, stack);
    if (problem) return { diagnostics: [problem] };
  }
  const open = stack.pop();
  if (open) return { diagnostics: [diag(`unclosed '${open.ch}'`, open.line, open.col)] };
  return { diagnostics: [] };
};

function scanLine(line: string, lineNo: number, stack: Array<{ ch: string; line: number; col: number }>): LocalDiagnostic | undefined {
  let inString = false;
  for (let c = 0; c < line.length; c++) {
    const ch = line[c] ?? '';
    if (inString) {
      if (ch === '\\') c++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '/' && line[c + 1] === '/') return undefined;
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[' || ch === '(') stack.push({ ch, line: lineNo, col: c + 1 });
    else if (PAIRS[ch] !== undefined) {
      const top = stack.pop();
      if (top?.ch !== PAIRS[ch]) return diag(`unexpected '${ch}'`, lineNo, c + 1);
    }
  }
  return inString ? diag('unterminated string', lineNo, line.length + 1) : undefined;
}
