import { ValueTypeError } from '../errors.js';
import type { FilterCall } from './types.js';

/** A PCRE-style `/pattern/flags` as a JS RegExp (syntax/string-filters.md "Regex"); a bare pattern is used as is. */
export function regex(pattern: string, call: FilterCall, extra = ''): RegExp {
  const m = /^([/#~!@%|])(.*)\1([imsuxU]*)$/s.exec(pattern);
  const body = m ? (m[2] ?? '') : pattern;
  const flags = [...new Set((m?.[3] ?? '').replace(/[xU]/g, '') + extra)].join('');
  try {
    return new RegExp(body, flags);
  } catch {
    throw new ValueTypeError(`filter ${call.name}: invalid regular expression ${pattern}`, call.at);
  }
}
