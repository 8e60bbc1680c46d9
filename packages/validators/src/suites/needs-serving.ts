// The endpoints suite (daily-sync and workers: pipeline.ts). A case the target
// cannot run is untestable with what it needs — never a pass (DESIGN: scores are honest).
import type { QueryDecl } from '@xac/xanoscript-dsl/ast';
import type { CaseResult } from './score.js';
import { checkAnswer, type ManifestCase } from './endpoint-cases.js';
import type { SuiteTarget } from './target.js';

const SERVING = 'endpoint serving: the target runs no workspace endpoint';

const untestable = (name: string, needs: readonly string[]): CaseResult => ({ name, outcome: 'untestable', reasons: needs.map((n) => `needs ${n}`) });

/** What a target lacks for a suite, empty when it has everything. */
function missing(target: SuiteTarget): string[] {
  return target.callEndpoint ? [] : [SERVING];
}

/** An endpoint's declared cases and its group's canonical (undefined when the group declares none). */
export interface EndpointCases {
  readonly canonical: string | undefined;
  readonly cases: readonly ManifestCase[];
}

async function runEndpoint(q: QueryDecl, name: string, cases: EndpointCases, call: NonNullable<SuiteTarget['callEndpoint']>): Promise<CaseResult> {
  if (cases.canonical === undefined) return untestable(name, ['a canonical on its api group (to know its URL)']);
  const reasons: string[] = [];
  for (const c of cases.cases) {
    const answer = await call({ canonical: cases.canonical, verb: q.verb.toUpperCase(), path: q.name, input: c.input });
    reasons.push(...checkAnswer(c, answer).map((r) => `${c.name}: ${r}`));
  }
  return { name, outcome: reasons.length === 0 ? 'passed' : 'failed', reasons };
}

/**
 * One case per declared endpoint (`VERB path`): each of its declared test cases is called on the
 * target; an endpoint without test cases, or a target that serves no endpoint, is untestable.
 * @example await endpointsSuite(queries, target, cases) // [{ name: 'POST reset-stuck-fub-jobs', outcome: 'passed', reasons: [] }]
 */
export async function endpointsSuite(endpoints: readonly QueryDecl[], target: SuiteTarget, declared: ReadonlyMap<string, EndpointCases> = new Map()): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const q of endpoints) {
    const name = `${q.verb.toUpperCase()} ${q.name}`;
    const cases = declared.get(name);
    const needs = [...missing(target), ...(cases && cases.cases.length > 0 ? [] : ['test cases declared beside the endpoint'])];
    out.push(needs.length > 0 || !target.callEndpoint || !cases ? untestable(name, needs) : await runEndpoint(q, name, cases, target.callEndpoint));
  }
  return out;
}
