import type { QueryDecl, TableDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { describe, expect, it } from 'vitest';
import { endpointsSuite } from './needs-serving.js';
import { dailySyncSuite, workersSuite } from './pipeline.js';
import { renderScoreTable } from './render-table.js';
import { runSuites } from './run-suites.js';
import { scoreOf, suiteResult } from './score.js';
import { tablesSuite } from './tables.js';
import type { SuiteTarget } from './target.js';

const JOBS = `table "jobs" {
  schema {
    int id
    text status
    timestamp? started?
  }
}`;
const decl = <T>(text: string) => parse(text).ast?.object as T;
const declared = [{ file: 'apps/functions/xs/table/jobs.xs', decl: decl<TableDecl>(JOBS) }];
const target = (tables: Array<{ name: string; xanoscript?: string }>): SuiteTarget => ({ name: 'fake', listTables: async () => tables });

describe('score model', () => {
  it('is passed ÷ (passed + failed + untestable); skips are outside the score', () => {
    expect(scoreOf({ passed: 9, failed: 1, skipped: 100, untestable: 0 })).toBe(90);
    expect(scoreOf({ passed: 2, failed: 0, skipped: 0, untestable: 2 })).toBe(50);
    expect(scoreOf({ passed: 0, failed: 0, skipped: 3, untestable: 0 })).toBeNull();
  });

  it('meets a target only at or above it; all-skipped or empty never meets it', () => {
    const pass = { name: 'a', outcome: 'passed', reasons: [] } as const;
    const skip = { name: 'b', outcome: 'skipped', reasons: ['nothing to do'] } as const;
    expect(suiteResult('daily-sync', [pass, skip], 90)).toMatchObject({ score: 100, status: 'met', counts: { passed: 1, skipped: 1 } });
    expect(suiteResult('daily-sync', [skip], 90)).toMatchObject({ score: null, status: 'missed' });
    expect(suiteResult('tables', [], 100).status).toBe('missed');
  });
});

describe('tables suite', () => {
  it('passes a table whose columns and types match', async () => {
    expect(await tablesSuite(declared, target([{ name: 'jobs', xanoscript: JOBS }]))).toEqual([{ name: 'jobs', outcome: 'passed', reasons: [] }]);
  });

  it('fails a missing table, and one with a missing, an extra or a retyped column, naming each', async () => {
    expect((await tablesSuite(declared, target([])))[0]).toMatchObject({ outcome: 'failed', reasons: ['not on the target (declared in apps/functions/xs/table/jobs.xs)'] });
    const drifted = 'table "jobs" {\n  schema {\n    int id\n    int status\n    text note\n  }\n}';
    expect((await tablesSuite(declared, target([{ name: 'jobs', xanoscript: drifted }])))[0]).toEqual({
      name: 'jobs',
      outcome: 'failed',
      reasons: ['column "status" is int on the target, declared text', 'missing column "started" (timestamp?)', 'extra column "note" (text)'],
    });
  });

  it('is untestable, not passed, when the target gives no schema', async () => {
    expect((await tablesSuite(declared, target([{ name: 'jobs' }])))[0]).toMatchObject({ outcome: 'untestable', reasons: ['the target gave no XanoScript for it'] });
  });
});

describe('suites that need endpoint serving', () => {
  const q = decl<QueryDecl>('query "reset-stuck-fub-jobs" verb=POST {\n  api_group = "Migration: V1 to V2"\n  stack {\n  }\n  response = null\n}');
  const noServing = target([]);

  it('count every case as untestable with what it needs, never as passed', async () => {
    const endpoints = await endpointsSuite([q], noServing);
    expect(endpoints).toEqual([{ name: 'POST reset-stuck-fub-jobs', outcome: 'untestable', reasons: [expect.stringMatching(/^needs endpoint serving/), 'needs test cases declared beside the endpoint'] }]);
    const steps = await dailySyncSuite(undefined, noServing);
    const workers = await workersSuite(undefined, noServing);
    expect(steps).toHaveLength(11);
    expect(workers).toHaveLength(22);
    for (const c of [...steps, ...workers]) expect(c.outcome).toBe('untestable');
    expect(steps[3]?.name).toBe('4. FUB - Lambda Coordinator');
  });

  it('score 0 and miss their targets in the table', async () => {
    const results = await runSuites(['tables', 'endpoints', 'daily-sync'], { tables: declared, endpoints: [q] }, target([{ name: 'jobs', xanoscript: JOBS }]), { tables: 100, endpoints: 96, dailySync: 90, workers: 95 });
    expect(results.map((r) => [r.component, r.score, r.status])).toEqual([['Tables', 100, 'met'], ['Endpoints', 0, 'missed'], ['Daily sync', 0, 'missed']]);
    const text = renderScoreTable(results);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '| Component  |  Score | Target | Status | Passed | Failed | Skipped | Untestable |',
      '|------------|-------:|-------:|-------:|-------:|-------:|--------:|-----------:|',
      '| Tables     | 100.0% |   100% |    MET |      1 |      0 |       0 |          0 |',
      '| Endpoints  |   0.0% |    96% | MISSED |      0 |      0 |       0 |          1 |',
      '| Daily sync |   0.0% |    90% | MISSED |      0 |      0 |       0 |         11 |',
    ]);
    expect(text).toContain('? untestable daily-sync: 1. FUB - Calls Sync — needs a dailySync() declaration in the workspace');
  });
});
