// Names every route checks before storing one, so stored text always parses and prints back:
// no control characters (newline, tab, NUL…), not blank, bounded length; columns are identifiers.
import { inputError } from './http-error.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type NameRule = 'name' | 'label' | 'column';

const MAX: Record<NameRule, number> = { name: 255, label: 100, column: 64 };

/** Why `value` is not a valid name for `rule`, or undefined when it is. */
export function nameProblem(value: string, rule: NameRule = 'name'): string | undefined {
  if (value.trim() === '') return 'must not be empty';
  if (value.length > MAX[rule]) return `must be at most ${MAX[rule]} characters`;
  if (CONTROL.test(value)) return 'must not contain newlines or other control characters';
  if (rule === 'label' && /[/?#%\\]/.test(value)) return 'must not contain / ? # % or \\';
  if (rule === 'column' && !IDENTIFIER.test(value)) return 'must be an identifier (letters, digits, _; not starting with a digit)';
  return undefined;
}

/**
 * The value when it is a valid name for `rule`, else 400 `ERROR_CODE_INPUT_ERROR` naming `param`.
 * @example checkName(body.new_name, 'new_name', 'column') // 'display_name'
 */
export function checkName(value: unknown, param: string, rule: NameRule = 'name'): string {
  if (typeof value !== 'string') throw inputError(`${param} is required`, param);
  const problem = nameProblem(value, rule);
  if (problem) throw inputError(`${param} ${problem}`, param);
  return value;
}

/** Like `checkName`, for an optional field: undefined stays undefined. */
export function checkOptionalName(value: unknown, param: string, rule: NameRule = 'name'): string | undefined {
  return value === undefined ? undefined : checkName(value, param, rule);
}
