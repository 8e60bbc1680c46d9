// A plan with a hazard says which --allow its apply needs, in every human format.
import { describe, expect, it } from 'vitest';
import { renderPlan } from './render.js';
import type { Plan } from './types.js';

const plan: Plan = {
  version: 1,
  target: { name: 'emulator', instance: 'emulator', workspaceId: 1, branch: 'v1' },
  remoteFingerprint: 'f',
  steps: [{ kind: 'update', resource: { type: 'table', name: 'user' } } as Plan['steps'][number]],
  remoteOnly: [],
  hazards: [{ kind: 'column-drop', resource: { type: 'table', name: 'user' }, message: 'drops column "legacy_id" and its data', column: 'legacy_id' }],
};

describe('plan rendering of hazards', () => {
  it('names the --allow the apply needs (table and markdown)', () => {
    expect(renderPlan(plan, 'table')).toMatch(/^hazard column-drop: .*drops column "legacy_id" and its data \(apply needs --allow column-drop\)$/m);
    expect(renderPlan(plan, 'markdown')).toContain('(apply needs `--allow column-drop`)');
  });
});
