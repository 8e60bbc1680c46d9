import { createHash } from 'node:crypto';
import type { Finding } from '../define-rule.js';

// A baseline records the findings of a legacy workspace so that only new ones fail. Entries are
// matched by fingerprint — rule, file, object, message id and the offending text, plus the
// occurrence number among identical ones — never by line number, so moving code keeps them matched.

export interface BaselineEntry {
  readonly path: string;
  readonly rule: string;
  readonly fingerprint: string;
  readonly message: string;
}

export interface Baseline {
  readonly version: 1;
  readonly entries: readonly BaselineEntry[];
}

/** The fingerprint of a finding: a hash of what it is about, not where it is. */
export function fingerprint(parts: readonly string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * Makes a baseline from the current findings.
 * @example writeFileSync('.xac/lint-baseline.json', JSON.stringify(createBaseline(result.findings), null, 2))
 */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((f) => f.fingerprint !== undefined)
    .map((f) => ({ path: f.path, rule: f.rule, fingerprint: f.fingerprint ?? '', message: f.message }))
    .sort((a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, entries };
}

/** Reads a baseline file's JSON; throws on a malformed one. */
export function parseBaseline(json: string): Baseline {
  const v = JSON.parse(json) as Partial<Baseline>;
  if (v.version !== 1 || !Array.isArray(v.entries)) throw new Error('not a lint baseline (expected {"version": 1, "entries": [...]})');
  return v as Baseline;
}

/** Splits findings into new ones and those the baseline already knows. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { fresh: Finding[]; known: Finding[] } {
  const keys = new Set(baseline.entries.map((e) => `${e.path}\u0000${e.fingerprint}`));
  const fresh: Finding[] = [];
  const known: Finding[] = [];
  for (const f of findings) (keys.has(`${f.path}\u0000${f.fingerprint}`) ? known : fresh).push(f);
  return { fresh, known };
}
