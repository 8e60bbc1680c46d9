import { assertNever } from '../ast/node.js';
import type { BinaryExpr, BinaryOp, Expr, FilterExpr, ObjectExpr, StringLit, VarExpr } from '../ast/nodes/exprs.js';

// Expressions — reference §2. The canonical form parenthesises every filtered operand and every
// compound sub-expression (§9), so the printed text never depends on the engine's precedence.

/** Longest one-line object or array literal; longer ones print one entry per line. */
const MAX_INLINE = 80;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NOT_BARE_KEYS = new Set(['true', 'false', 'null', 'now']);
const ASSOCIATIVE: ReadonlySet<BinaryOp> = new Set(['+', '*', '~', '&&', '||']);

/** Escapes a string value into a double-quoted literal (§2.4). */
export function quote(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const next = value[i + 1];
    if (ch === '\\') out += next === undefined || '"\'\\ntr'.includes(next) ? '\\\\' : '\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else out += ch;
  }
  return out + '"';
}

/** An object key: bare when it is an identifier, quoted otherwise. */
export function printKey(key: string): string {
  if (IDENT.test(key) && !NOT_BARE_KEYS.has(key)) return key;
  // A dotted path of names prints bare, as Xano writes it (`{event_log.created_at: "desc"}`).
  const parts = key.split('.');
  return parts.length > 1 && parts.every((p) => IDENT.test(p) && !NOT_BARE_KEYS.has(p)) ? key : quote(key);
}

function printString(node: StringLit): string {
  return quote(node.value);
}

function printVar(node: VarExpr): string {
  return '$' + node.name + printPath(node.path);
}

/**
 * A backtick expression (§2.5): one line with inner backticks escaped (corpus), or, when the content
 * spans lines, the fenced form with the fences on lines of their own (the form v11 accepts).
 */
function printBacktick(inner: string): string {
  if (!inner.includes('\n')) return '`' + inner.replace(/`/g, '\\`') + '`';
  return '```\n' + inner + '\n```';
}

function printPath(path: VarExpr['path']): string {
  let out = '';
  for (const seg of path) out += seg.kind === 'PropAccess' ? '.' + seg.name : `[${printExpr(seg.index)}]`;
  return out;
}

/** Raw text is one operand only when it is a single token (`$x`, `42`); otherwise it is grouped. */
const rawIsCompound = (source: string): boolean => /[\s|]/.test(source.trim());

const isCompound = (e: Expr): boolean =>
  e.kind === 'BinaryExpr' || e.kind === 'TernaryExpr' || e.kind === 'BetweenExpr' || e.kind === 'FilterExpr' ||
  e.kind === 'UnaryExpr' || (e.kind === 'RawExpr' && !(e.atomic ?? !rawIsCompound(e.source)));

const paren = (s: string): string => `(${s})`;

/**
 * A filter chain written bare before an operator (`$a|count == 0`) is printed as written, and so is
 * the operand that ends with one: parentheses there would change what the file says (FilterExpr.bare).
 */
const isBare = (e: Expr): boolean => e.kind === 'FilterExpr' && e.bare === true;
function endsBare(e: Expr): boolean {
  let cur = e;
  while (cur.kind === 'BinaryExpr') cur = cur.right;
  return isBare(cur);
}

function printBinary(node: BinaryExpr): string {
  const left = node.left;
  const sameAssoc = left.kind === 'BinaryExpr' && left.op === node.op && ASSOCIATIVE.has(node.op);
  const l = isCompound(left) && !sameAssoc && !isBare(left) && !endsBare(left) ? paren(printExpr(left)) : printExpr(left);
  const r = isCompound(node.right) && !isBare(node.right) ? paren(printExpr(node.right)) : printExpr(node.right);
  return `${l} ${node.op} ${r}`;
}

function printFilterArg(arg: Expr): string {
  if (arg.kind === 'ObjectExpr' || isCompound(arg)) return paren(printExpr(arg));
  return printExpr(arg);
}

function printFilter(node: FilterExpr): string {
  const operand = node.operand;
  let base = '';
  if (operand !== null) {
    const needsParens = isCompound(operand) && operand.kind !== 'FilterExpr';
    base = needsParens ? paren(printExpr(operand)) : printExpr(operand);
  }
  const args = node.args.map((a) => ':' + printFilterArg(a)).join('');
  return `${base}|${node.disabled ? '!' : ''}${node.name}${args}`;
}

function indentLines(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : '  ' + l))
    .join('\n');
}

function printObject(node: ObjectExpr): string {
  if (node.entries.length === 0) return '{}';
  const parts = node.entries.map((e) => `${e.disabled === true ? '!' : ''}${printKey(e.key)}: ${printExpr(e.value)}`);
  const inline = `{${parts.join(', ')}}`;
  if (!inline.includes('\n') && inline.length <= MAX_INLINE) return inline;
  return `{\n${indentLines(parts.join(',\n'))}\n}`;
}

/** True when the printed expression starts with `|` (a filter on an empty primary). */
function startsWithPipe(e: Expr): boolean {
  let cur: Expr = e;
  while (cur.kind === 'FilterExpr' && cur.operand !== null) cur = cur.operand;
  return cur.kind === 'FilterExpr';
}

function printArray(elements: readonly Expr[]): string {
  if (elements.length === 0) return '[]';
  const parts = elements.map((e) => printExpr(e));
  const inline = `[${parts.join(', ')}]`;
  if (!inline.includes('\n') && inline.length <= MAX_INLINE) return inline;
  // On its own line, an element starting with `|` would continue the element above: group it.
  // Each element is printed once: printing again per layout would double the work at every level.
  const lines = elements.map((e, i) => (startsWithPipe(e) ? paren(parts[i]!) : parts[i]!));
  // Multi-line arrays carry no commas: the form both parser generations accept (§2.6).
  return `[\n${indentLines(lines.join('\n'))}\n]`;
}

/** Prints an expression in canonical form; object and array literals may span lines. */
export function printExpr(node: Expr): string {
  switch (node.kind) {
    case 'StringLit':
      return printString(node);
    case 'NumberLit':
      return node.value;
    case 'BoolLit':
      return node.value ? 'true' : 'false';
    case 'NullLit':
      return 'null';
    case 'NowLit':
      return 'now';
    case 'TimestampLit':
      return node.value;
    case 'RegexLit':
      return `/${node.pattern}/`;
    case 'VarExpr':
      return printVar(node);
    case 'MemberExpr':
      return paren(printExpr(node.object)) + printPath(node.path);
    case 'FilterExpr':
      return printFilter(node);
    case 'BinaryExpr':
      return printBinary(node);
    case 'UnaryExpr': {
      // `-` glued to a number or timestamp would lex as one negative literal, so those are grouped.
      const glued = node.op === '-' && (node.operand.kind === 'NumberLit' || node.operand.kind === 'TimestampLit');
      return node.op + (isCompound(node.operand) || glued ? paren(printExpr(node.operand)) : printExpr(node.operand));
    }
    case 'TernaryExpr': {
      const p = (e: Expr) => (isCompound(e) ? paren(printExpr(e)) : printExpr(e));
      return `${p(node.test)} ? ${p(node.consequent)} : ${p(node.alternate)}`;
    }
    case 'BetweenExpr': {
      const p = (e: Expr) => (isCompound(e) ? paren(printExpr(e)) : printExpr(e));
      return `${p(node.operand)} ${node.negated ? 'not between' : 'between'} ${p(node.low)}:${p(node.high)}`;
    }
    case 'RangeExpr':
      return `(${printExpr(node.from)}..${printExpr(node.to)})`;
    case 'CastExpr':
      return `!${node.type} ${printString(node.value)}`;
    case 'ObjectExpr':
      return printObject(node);
    case 'ArrayExpr':
      return printArray(node.elements);
    case 'BacktickExpr':
      return printBacktick(printExpr(node.expr));
    case 'RawExpr':
      return node.source;
    default:
      return assertNever(node, 'expression');
  }
}
