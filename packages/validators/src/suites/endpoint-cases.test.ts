import type { QueryDecl } from '@xac/xanoscript-dsl/ast';
import { parse } from '@xac/xanoscript-dsl/parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toManifestCase } from './endpoint-cases.js';
import { endpointsSuite } from './needs-serving.js';
import type { EndpointCall, SuiteTarget } from './target.js';

const q = parse('query "jobs/count" verb=GET {\n  api_group = "Migration"\n  input {\n    int user_id\n  }\n  stack {\n  }\n  response = null\n}').ast?.object as QueryDecl;
const shape = z.object({ success: z.literal(true), data: z.object({ count: z.number() }) });
const serving = (answer: (c: EndpointCall) => { status: number; body: unknown }): SuiteTarget & { calls: EndpointCall[] } => {
  const calls: EndpointCall[] = [];
  return { name: 'fake', calls, listTables: async () => [], callEndpoint: async (c) => (calls.push(c), answer(c)) };
};
const cases = (status = 200) => new Map([['GET jobs/count', { canonical: 'mig1', cases: [toManifestCase({ name: 'user 60', input: { user_id: 60 }, status, response: shape })] }]]);

describe('endpoints suite', () => {
  it('passes an endpoint whose status and response shape match each case, calling it with the declared input', async () => {
    const t = serving(() => ({ status: 200, body: { success: true, data: { count: 3 } } }));
    expect(await endpointsSuite([q], t, cases())).toEqual([{ name: 'GET jobs/count', outcome: 'passed', reasons: [] }]);
    expect(t.calls).toEqual([{ canonical: 'mig1', verb: 'GET', path: 'jobs/count', input: { user_id: 60 } }]);
  });

  it('fails a wrong status, a wrong shape, or success false (HTTP 200 alone is no pass)', async () => {
    const status = await endpointsSuite([q], serving(() => ({ status: 500, body: { code: 'ERROR_FATAL' } })), cases());
    expect(status[0]?.reasons).toEqual(['user 60: status 500, expected 200: {"code":"ERROR_FATAL"}']);
    const wrong = await endpointsSuite([q], serving(() => ({ status: 200, body: { success: true, data: { count: 'three' } } })), cases());
    expect(wrong[0]).toMatchObject({ outcome: 'failed', reasons: [expect.stringMatching(/^user 60: response data\.count: /)] });
    const failed = await endpointsSuite([q], serving(() => ({ status: 200, body: { success: false, error: 'No ad_user_id provided' } })), cases());
    expect(failed[0]?.reasons[0]).toBe('user 60: success is false, not true: {"success":false,"error":"No ad_user_id provided"}');
  });

  it('is untestable without declared cases, even on a serving target', async () => {
    expect(await endpointsSuite([q], serving(() => ({ status: 200, body: {} })))).toEqual([{ name: 'GET jobs/count', outcome: 'untestable', reasons: ['needs test cases declared beside the endpoint'] }]);
  });
});
