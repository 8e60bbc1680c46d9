import type { ArithmeticOp, ComparisonOp } from '@xac/xanoscript-dsl/ast';
import { ValueTypeError, XanoRuntimeError } from '../errors.js';
import { compare, equals, toNumber, toText, typeName, type Value } from '../values.js';

// Operators — syntax.md "Operators" (comparison, math, `~` concat). Math takes numbers; numeric text,
// null (0) and booleans are coerced (unverified: the docs give no coercion table for operators).

type OpFn = (a: Value, b: Value, at: string) => Value;

function num(v: Value, op: string, at: string): number {
  const n = toNumber(v);
  if (n === undefined) {
    throw new ValueTypeError(`operator ${op} needs numbers, got ${typeName(v)} ${JSON.stringify(v)} (use ~ to join text)`, at);
  }
  return n;
}

const math = (op: string, f: (x: number, y: number) => number): OpFn => (a, b, at) => f(num(a, op, at), num(b, op, at));

function divide(a: Value, b: Value, at: string): Value {
  const y = num(b, '/', at);
  if (y === 0) throw new XanoRuntimeError('Division by zero', { at });
  return num(a, '/', at) / y;
}

function modulus(a: Value, b: Value, at: string): Value {
  const y = num(b, '%', at);
  if (y === 0) throw new XanoRuntimeError('Division by zero', { at });
  return num(a, '%', at) % y;
}

/** The arithmetic operators (syntax.md "Operators": Math, String). */
export const ARITHMETIC: Record<ArithmeticOp, OpFn> = {
  '+': math('+', (x, y) => x + y),
  '-': math('-', (x, y) => x - y),
  '*': math('*', (x, y) => x * y),
  '/': divide,
  '%': modulus,
  '~': (a, b) => toText(a) + toText(b),
};

/** The comparison operators; `==` treats a number and its numeric text as equal (unverified), `===` does not. */
export const COMPARISON: Record<ComparisonOp, (a: Value, b: Value) => boolean> = {
  '==': (a, b) => equals(a, b, true),
  '!=': (a, b) => !equals(a, b, true),
  '===': (a, b) => equals(a, b, false),
  '!==': (a, b) => !equals(a, b, false),
  '>': (a, b) => a !== null && b !== null && compare(a, b) > 0,
  '>=': (a, b) => (a === null || b === null ? a === b : compare(a, b) >= 0),
  '<': (a, b) => a !== null && b !== null && compare(a, b) < 0,
  '<=': (a, b) => (a === null || b === null ? a === b : compare(a, b) <= 0),
};
