import type { AnyRule } from './define-rule.js';
import callInputsMatch from './rules/call-inputs-match.js';
import dbFieldExists from './rules/db-field-exists.js';
import divisionWithoutGuard from './rules/division-without-guard.js';
import emptyEndpoint from './rules/empty-endpoint.js';
import emptyErrorMessage from './rules/empty-error-message.js';
import emptyQueueSkip from './rules/empty-queue-skip.js';
import enumValue from './rules/enum-value.js';
import filterOperatorPrecedence from './rules/filter-operator-precedence.js';
import jobClaimWithoutStart from './rules/job-claim-without-start.js';
import jsonColumnPath from './rules/json-column-path.js';
import lookupValueType from './rules/lookup-value-type.js';
import noEscapeHatch from './rules/no-escape-hatch.js';
import nullableLookupValue from './rules/nullable-lookup-value.js';
import noPlusStringConcat from './rules/no-plus-string-concat.js';
import noRedeclare from './rules/no-redeclare.js';
import noReservedVariable from './rules/no-reserved-variable.js';
import noUndeclaredInput from './rules/no-undeclared-input.js';
import noUndefinedVariable from './rules/no-undefined-variable.js';
import noUnsafeResultAccess from './rules/no-unsafe-result-access.js';
import silentCatch from './rules/silent-catch.js';
import syncBatchCall from './rules/sync-batch-call.js';
import textListValue from './rules/text-list-value.js';
import unindexedLookup from './rules/unindexed-lookup.js';
import unknownFilter from './rules/unknown-filter.js';
import unresolvedReference from './rules/unresolved-reference.js';

/** Every rule, in id order; a rule's id equals its file name. */
export const RULES: readonly AnyRule[] = [
  callInputsMatch, dbFieldExists, divisionWithoutGuard, emptyEndpoint, emptyErrorMessage, emptyQueueSkip, enumValue, filterOperatorPrecedence, jobClaimWithoutStart, jsonColumnPath, lookupValueType, noEscapeHatch,
  noPlusStringConcat, noRedeclare, noReservedVariable, noUndeclaredInput, noUndefinedVariable,
  noUnsafeResultAccess, nullableLookupValue, silentCatch, syncBatchCall, textListValue, unindexedLookup, unknownFilter, unresolvedReference,
] as readonly AnyRule[];
