import { stripLocations } from '../ast/walk.js';
import { print } from '../printer/print.js';
import { parse } from './parse.js';

// Seeded mutation fuzzing of the parser and printer (docs/parser.md "Robustness"). A mutant must
// never throw or give an `internal` error, every diagnostic must point inside the file, and a mutant
// that parses without errors must print to text that parses, without errors, to the same AST: the
// parser may accept nothing it cannot give back.

/** A small seeded PRNG (mulberry32), so every run of the fuzzer is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['{', '}', '(', ')', '[', ']', '"', "'", '`', '|', ':', '=', '!', '$', '\n', ' ', '.', ',', '?', '-', '#',
  '\u0000', 'é', 'ß', '\u00a0', '\u2028', 'x', '_', '0', 'if', 'for', 'as', 'stack', 'input', '---', '//', '$x', '"a"'];

/**
 * One random edit of `text`: delete a span, insert a piece, duplicate or swap lines.
 * @example mutate('function "f" {}', rng(1))
 */
export function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const pick = Math.floor(random() * 5);
  if (pick === 0) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8));
  if (pick <= 2) return text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)]! + text.slice(at);
  const lines = text.split('\n');
  const i = Math.floor(random() * lines.length);
  if (pick === 3) lines.splice(i, 0, lines[i]!);
  else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
  return lines.join('\n');
}

/** What is wrong with the parser's answer on `text`, or undefined when it is sound. */
export function checkMutant(text: string): string | undefined {
  let r;
  try {
    r = parse(text);
  } catch (err) {
    return `parse threw: ${String(err)}`;
  }
  const lines = text.split('\n');
  for (const d of r.diagnostics) {
    if (d.code === 'internal') return `internal error: ${d.message}`;
    const { line, column } = d.loc.start;
    if (line < 1 || line > lines.length || column < 1 || column > lines[line - 1]!.length + 1) return `diagnostic outside the file at ${line}:${column}`;
  }
  if (r.diagnostics.some((d) => d.severity === 'error')) return undefined;
  if (r.documents.length === 0) return 'no error and no document';
  let printed: string;
  try {
    printed = print(r.documents);
  } catch (err) {
    return `print threw: ${String(err)}`;
  }
  const again = parse(printed);
  const err = again.diagnostics.find((d) => d.severity === 'error');
  if (err !== undefined) return `accepted, but its print does not parse: ${err.loc.start.line}:${err.loc.start.column} ${err.message}`;
  const same = JSON.stringify(again.documents.map(stripLocations)) === JSON.stringify(r.documents.map(stripLocations));
  return same ? undefined : 'accepted, but its print parses to another AST';
}
