// `xac alert` against a local webhook receiver on 127.0.0.1: the posted payload, retries with
// backoff on 500 and timeouts, the secret URL never shown, exit 1 only on critical.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const pkg = join(import.meta.dirname, '..', '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
const NOW = Date.now();
const H = 3_600_000;

interface Receiver { readonly url: string; readonly bodies: unknown[]; close(): Promise<void> }
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r())));
});

/** A webhook at a secret-looking path; `answers` are the statuses of successive requests ('hang' never answers). */
async function receiver(answers: Array<number | 'hang'>): Promise<Receiver> {
  const bodies: unknown[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(text));
      const a = answers[Math.min(bodies.length - 1, answers.length - 1)] ?? 200;
      if (a !== 'hang') res.writeHead(a).end(a === 200 ? 'ok' : 'no');
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T0SECRET/B0SECRET/xyzSecretToken123`;
  return { url, bodies, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function project(facts: object): string {
  mkdirSync(join(pkg, '.test-tmp'), { recursive: true });
  const root = mkdtempSync(join(pkg, '.test-tmp', 'alert-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  writeFileSync(join(root, 'health.json'), JSON.stringify(facts));
  return root;
}

const facts = (backlog: number, jobs: object[] = []) => ({
  checkedAt: NOW, staging: [{ table: 'stage_listing_skyslope', total: 9000, backlog }], finalTables: { listing: 10 },
  syncState: [{ integration: 'fub', entityType: 'people', status: 'complete', rawStatus: 'ready', lastSyncAt: NOW - H, errorMessage: null, recordsSynced: 3 }], jobs,
});
const stuck = { integration: 'fub', table: 'fub_onboarding_jobs', id: 7, status: 'active', rawStatus: 'In Process', started: null };

function xac(root: string, env: Record<string, string>, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'alert', '--from', 'health.json', '--report', 'report.json', '--backoff', '20', ...args], { cwd: root, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('xac alert', () => {
  it('posts a Slack blocks message for a warning, never shows the URL, exits 0', async () => {
    const hook = await receiver([200]);
    const root = project(facts(1500));
    const r = await xac(root, { SLACK_WEBHOOK_URL: hook.url });
    expect(r.status).toBe(0);
    expect(hook.bodies).toEqual([{
      text: 'V2 Pipeline Warning: 1 issue',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: ':warning: V2 Pipeline Warning: 1 issue', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: '*Verdict:* warning · *Staging backlog:* 1,500 unprocessed rows · *Stuck jobs:* 0' } },
        { type: 'section', text: { type: 'mrkdwn', text: '*STAGING*\n:large_yellow_circle: staging backlog 1,500 unprocessed rows (≥ 1,000): stage_listing_skyslope 1,500' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: `Checked at ${new Date(NOW).toISOString()} by \`xac alert\`` }] },
      ],
    }]);
    expect(r.stdout).toContain('posted to Slack (1 attempt)');
    const report = readFileSync(join(root, 'report.json'), 'utf8');
    expect(JSON.parse(report)).toMatchObject({ verdict: 'warning', slack: { attempted: true, sent: true, attempts: 1, status: 200 } });
    for (const text of [r.stdout, r.stderr, report]) expect(text).not.toContain('SECRET');
  });

  it('retries a 500 with backoff until it lands; critical exits 1', async () => {
    const hook = await receiver([500, 500, 200]);
    const r = await xac(project(facts(0, [stuck])), { SLACK_WEBHOOK_URL: hook.url });
    expect(r.status).toBe(1);
    expect(hook.bodies).toHaveLength(3);
    expect(r.stdout).toContain('✗ critical jobs: fub_onboarding_jobs 7 is In Process with no started time');
    expect(r.stdout).toContain('posted to Slack (3 attempts)');
  });

  it('reports a webhook that keeps answering 500, or never answers, without crashing', async () => {
    const failing = await receiver([500]);
    const a = await xac(project(facts(2000)), { SLACK_WEBHOOK_URL: failing.url }, '--attempts', '3');
    expect(a.status).toBe(0);
    expect(failing.bodies).toHaveLength(3);
    expect(a.stdout).toContain('Slack message not sent: the webhook answered 500 (after 3 attempts)');
    const hanging = await receiver(['hang']);
    const root = project(facts(2000));
    const b = await xac(root, { SLACK_WEBHOOK_URL: hanging.url }, '--attempts', '2', '--timeout', '300');
    expect(b.status).toBe(0);
    expect(hanging.bodies).toHaveLength(2);
    expect(b.stderr).toContain('warning: the Slack message was not delivered: timed out after 300 ms (after 2 attempts)');
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')).slack).toMatchObject({ attempted: true, sent: false, attempts: 2 });
    for (const text of [a.stdout, a.stderr, b.stdout, b.stderr]) expect(text).not.toContain('SECRET');
  });

  it('--dry-run prints the message and posts nothing; healthy posts nothing', async () => {
    const hook = await receiver([200]);
    const dry = await xac(project(facts(6000)), { SLACK_WEBHOOK_URL: hook.url }, '--dry-run');
    expect(dry.status).toBe(1);
    expect(dry.stdout).toContain('would post to SLACK_WEBHOOK_URL:');
    expect(dry.stdout).toContain(':rotating_light: V2 Pipeline Alert: 1 critical, 0 warning');
    const calm = await xac(project(facts(0)), { SLACK_WEBHOOK_URL: hook.url });
    expect(calm.status).toBe(0);
    expect(calm.stdout).toContain('Slack: nothing posted (healthy: nothing to send)');
    expect(hook.bodies).toHaveLength(0);
  });

  it('a health file that is not one is a usage error naming the field', async () => {
    const r = await xac(project({ checkedAt: 'yesterday' }), {});
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: .*health\.json: not a health check: checkedAt: /);
  });
});
