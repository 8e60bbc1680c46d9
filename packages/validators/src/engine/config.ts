import type { AnyRule, Severity } from '../define-rule.js';

// The `lint` section of xac.config.ts: `rules: { id: 'off' | 'warn' | 'error' | [severity, options] }`.

export type SeveritySetting = 'off' | 'warn' | 'error';

export interface LintConfig {
  readonly rules?: Readonly<Record<string, SeveritySetting | readonly [SeveritySetting, unknown]>>;
  readonly baseline?: string;
  /** Functions that do long-running batch work: `sync-batch-call` reports a synchronous call from an endpoint. */
  readonly batchFunctions?: readonly string[];
}

/** A rule as configured: its severity and its validated options. */
export interface ResolvedRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
}

/** A configuration mistake: unknown rule id, bad severity, options that fail the rule's schema. */
export class LintConfigError extends Error {
  override readonly name = 'LintConfigError';
}

const SEVERITY: Readonly<Record<SeveritySetting, Severity | undefined>> = { off: undefined, warn: 'warning', error: 'error' };

function optionsOf(rule: AnyRule, given: unknown): unknown {
  if (given === undefined) return rule.defaultOptions;
  const merged = typeof given === 'object' && given !== null ? { ...(rule.defaultOptions as object), ...given } : given;
  if (!rule.schema) return merged;
  const r = rule.schema.safeParse(merged);
  if (!r.success) throw new LintConfigError(`lint.rules["${rule.name}"]: invalid options: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return r.data;
}

/**
 * Applies the config to the registry: rules turned off are dropped, the rest carry severity and options.
 * @example resolveRules(RULES, { rules: { 'unindexed-lookup': 'off', 'lookup-value-type': ['warn', {}] } })
 */
export function resolveRules(rules: readonly AnyRule[], config: LintConfig = {}): ResolvedRule[] {
  const byName = new Map(rules.map((r) => [r.name, r]));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!byName.has(id)) throw new LintConfigError(`lint.rules: unknown rule "${id}" (known: ${[...byName.keys()].join(', ')})`);
  }
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.name];
    const [sev, opts] = Array.isArray(setting) ? setting : [setting, undefined];
    if (sev !== undefined && !(sev in SEVERITY)) throw new LintConfigError(`lint.rules["${rule.name}"]: severity must be off, warn or error, got ${JSON.stringify(sev)}`);
    const severity = sev === undefined ? (rule.meta.optIn ? undefined : rule.meta.defaultSeverity) : SEVERITY[sev as SeveritySetting];
    if (severity !== undefined) out.push({ rule, severity, options: optionsOf(rule, opts) });
  }
  return out;
}
