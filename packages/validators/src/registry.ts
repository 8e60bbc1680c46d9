import type { Rule } from './define-rule.js';
import lookupValueType from './rules/lookup-value-type.js';
import noUnsafeResultAccess from './rules/no-unsafe-result-access.js';

/** Every rule, by id. */
export const RULES: readonly Rule[] = [lookupValueType, noUnsafeResultAccess] as readonly Rule[];
