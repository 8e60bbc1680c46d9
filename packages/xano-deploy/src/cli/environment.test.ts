// Every environment and filesystem failure is a user error: exit 2 (1 under --detailed-exitcode),
// one `error:` line naming the variable or path to check, never a stack trace (issue 13). The real
// `xac` (dist) runs as a child process on throw-away projects in this package's .test-tmp.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '@xac/xano-emulator';

const pkg = join(import.meta.dirname, '..', '..');
const cli = join(pkg, 'dist', 'cli', 'main.js');
// Each test file has its own folder (gitignored `.test-tmp-*`): another file's cleanup of .test-tmp
// never deletes a project under a running xac (whose loader would then hang).
const tmp = join(pkg, `.test-tmp-environment-${process.pid}`);
const TOKEN = 'env-test-token-0123456789';
const { XANO_TOKEN: _t, XANO_INSTANCE_URL: _u, XANO_WORKSPACE_ID: _w, XANO_BRANCH: _b, INIT_CWD: _i, ...baseEnv } = process.env;
let n = 0;

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  readonly ms: number;
}

/** Runs the built CLI without blocking this process (the emulator below answers it). */
function xac(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...baseEnv, ...env } });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => void (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => void (err += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err, ms: performance.now() - t0 })));
}

function project(files: Record<string, string> = {}): string {
  const root = join(tmp, `env-${process.pid}-${n++}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Exactly one line on stderr, `error: …`, no stack frames. */
function expectOneLine(r: Run, code: number, message: RegExp): void {
  const lines = r.err.split('\n').filter((l) => l !== '' && !l.startsWith('cannot connect to'));
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at |internal error/);
  expect(r.code, r.err).toBe(code);
}

const FN = 'function "f" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n}\n';
let emu: EmulatorHandle;
afterAll(async () => {
  await emu.stop();
  rmSync(tmp, { recursive: true, force: true });
});
beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  emu = await startEmulator({ dataDir: join(tmp, `env-emu-${process.pid}`), token: TOKEN });
});

describe('the target, from the environment', () => {
  const real = (env: NodeJS.ProcessEnv) => ({ XANO_INSTANCE_URL: emu.url, XANO_TOKEN: TOKEN, ...env });

  it('xac --version prints the package version', async () => {
    const r = await xac(project(), ['--version']);
    expect(r.out.trim()).toBe(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version);
    expect(r.code).toBe(0);
  });

  it('a wrong token: exit 2, one line naming XANO_TOKEN, the token never shown; exit 1 under --detailed-exitcode', async () => {
    const wrong = 'wrong-token-abcdef123';
    const r = await xac(project(), ['plan'], real({ XANO_TOKEN: wrong }));
    expectOneLine(r, 2, /401 unauthorized\); check XANO_TOKEN/);
    expect(r.err + r.out).not.toContain(wrong);
    expectOneLine(await xac(project(), ['plan', '--detailed-exitcode'], real({ XANO_TOKEN: wrong })), 1, /check XANO_TOKEN/);
  });

  it('a refused connection (closed port): exit 2, one line naming XANO_INSTANCE_URL, progress lines, gives up within the budget', async () => {
    const port = await new Promise<number>((resolve) => {
      const s: Server = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const r = await xac(project(), ['plan'], { XANO_INSTANCE_URL: `http://127.0.0.1:${port}`, XANO_TOKEN: TOKEN });
    expectOneLine(r, 2, new RegExp(`^error: cannot reach the Xano instance at http://127\\.0\\.0\\.1:${port}: connection refused .*; check XANO_INSTANCE_URL$`));
    expect(r.err).toMatch(/^cannot connect to http:\/\/127\.0\.0\.1:\d+ \(connection refused\); retrying, next try in/m);
    expect(r.ms).toBeLessThan(12_000);
  }, 20_000);

  it('a malformed XANO_INSTANCE_URL: exit 2, one line, nothing sent', async () => {
    expectOneLine(await xac(project(), ['plan'], { XANO_INSTANCE_URL: 'htp//nope', XANO_TOKEN: TOKEN }), 2, /^error: XANO_INSTANCE_URL is not a URL: "htp\/\/nope"/);
    expectOneLine(await xac(project(), ['pull'], { XANO_INSTANCE_URL: `${emu.url}/api:meta`, XANO_TOKEN: TOKEN }), 2, /leave out \/api:meta/);
  });

  it('an unknown workspace or branch names XANO_WORKSPACE_ID or XANO_BRANCH', async () => {
    expectOneLine(await xac(project(), ['plan'], real({ XANO_WORKSPACE_ID: '42' })), 2, /^error: workspace 42 was not found on http:\/\/127\.0\.0\.1:\d+; check XANO_WORKSPACE_ID$/);
    expectOneLine(await xac(project(), ['diff'], real({ XANO_BRANCH: 'nope' })), 2, /^error: branch "nope" does not exist in workspace 1 \(it has: v1\); check XANO_BRANCH$/);
  });

  it('a token under 8 characters or with CR/LF is refused before any request, and not echoed', async () => {
    const short = await xac(project(), ['plan'], real({ XANO_TOKEN: 'q' }));
    expectOneLine(short, 2, /^error: XANO_TOKEN is 1 character\(s\) long; .*It was not used\.$/);
    const crlf = await xac(project(), ['plan'], real({ XANO_TOKEN: `${TOKEN}\r\n` }));
    expectOneLine(crlf, 2, /^error: XANO_TOKEN holds a control character/);
    expect(crlf.err).not.toContain(TOKEN);
  });
});

describe('the embedded emulator and its data dir', () => {
  it('xac emulator on a port in use: exit 2, one line naming the port and --port', async () => {
    const busy = createServer();
    const port = await new Promise<number>((resolve) => busy.listen(0, '127.0.0.1', () => resolve((busy.address() as { port: number }).port)));
    const root = project();
    const r = await xac(root, ['emulator', '--port', String(port), '--data-dir', join(root, 'd')]);
    busy.close();
    expectOneLine(r, 2, new RegExp(`^error: 127\\.0\\.0\\.1:${port}: address already in use; choose another port with --port`));
  });

  it('a corrupt state.json: exit 2 naming the file', async () => {
    const root = project({ 'emu/state.json': '{"version": 1, "work' });
    expectOneLine(await xac(root, ['plan', '--data-dir', join(root, 'emu')]), 2, /emu\/state\.json is not valid JSON; move it away/);
  });

  it('--data-dir that is a file: exit 2 naming the path', async () => {
    const root = project({ 'afile': 'x' });
    expectOneLine(await xac(root, ['plan', '--data-dir', join(root, 'afile')]), 2, /afile: (already exists and is not a directory|a part of this path is a file)/);
    expectOneLine(await xac(root, ['emulator', '--data-dir', join(root, 'afile', 'sub')]), 2, /afile\/sub: a part of this path is a file/);
  });
});

describe('outputs that cannot be written', () => {
  it('plan --out and lint --update-baseline under a file: exit 2 naming the path as the user wrote it', async () => {
    const root = project({ 'afile': 'x', 'xs/ok.xs': FN });
    expectOneLine(await xac(root, ['plan', '--out', 'afile/plan.json']), 2, /^error: afile\/plan\.json: a part of this path is a file, not a directory \(open\)$/);
    expectOneLine(await xac(root, ['lint', 'xs', '--baseline', 'afile/base.json', '--update-baseline']), 2, /^error: afile\/base\.json: a part of this path is a file/);
  });

  it('build into an apps/<app>/xs that is a file: exit 2 naming it, nothing else written', async () => {
    const root = project({ 'apps/a/f.ts': "import { fn } from '@xac/xanoscript-dsl/dsl';\nexport const f = fn('F', {}, () => 1);\n", 'apps/a/xs': 'not a folder' });
    expectOneLine(await xac(root, ['build']), 2, /apps\/a\/xs.*: (a part of this path is a file|already exists and is not a directory|is not a directory)/);
  });

  it('a read-only output folder, even for root (chattr +i: EPERM): build and plan --out exit 2 naming it', async (ctx) => {
    const root = project({ 'apps/a/f.ts': "import { fn } from '@xac/xanoscript-dsl/dsl';\nexport const f = fn('F', {}, () => 1);\n", 'apps/a/xs/keep': '', 'ro/keep': '' });
    const immutable = (on: boolean, dir: string) => spawnSync('chattr', [on ? '+i' : '-i', join(root, dir)]).status === 0;
    if (!immutable(true, 'apps/a/xs') || !immutable(true, 'ro')) return ctx.skip();
    try {
      expectOneLine(await xac(root, ['build']), 2, /apps\/a\/xs\/.*: (operation not permitted|permission denied)/);
      expectOneLine(await xac(root, ['plan', '--out', 'ro/plan.json']), 2, /^error: ro\/plan\.json: (operation not permitted|permission denied) \(open\)$/);
    } finally {
      immutable(false, 'apps/a/xs');
      immutable(false, 'ro');
    }
  });

  it.skipIf(process.getuid?.() === 0)('a read-only output folder (EACCES): exit 2, permission denied naming the path', async () => {
    const root = project({ 'ro/keep': '' });
    chmodSync(join(root, 'ro'), 0o500);
    try {
      expectOneLine(await xac(root, ['plan', '--out', 'ro/plan.json']), 2, /ro\/plan\.json: permission denied/);
    } finally {
      chmodSync(join(root, 'ro'), 0o700);
    }
  });
});

describe('the working directory', () => {
  it('one that was deleted under the shell: exit 2, one line, no loader crash', () => {
    const gone = join(tmp, `gone-${n++}`);
    const r = spawnSync('sh', ['-c', `mkdir -p '${gone}' && cd '${gone}' && rmdir '${gone}' && exec '${process.execPath}' '${cli}' build`], { encoding: 'utf8', env: baseEnv });
    expect(r.stderr).toBe('error: the current directory no longer exists; cd into the project again\n');
    expect(r.status).toBe(2);
  });
});

describe('symbolic links in fmt, lint and plan', () => {
  function linked(): string {
    const root = project({ 'xs/ok.xs': FN, 'apps/a/xs/function/f.xs': FN });
    symlinkSync('missing.xs', join(root, 'xs', 'dangling.xs'));
    symlinkSync('.', join(root, 'xs', 'loop'));
    symlinkSync('nowhere.xs', join(root, 'apps', 'a', 'xs', 'function', 'gone.xs'));
    return root;
  }

  it('fmt and lint skip a dangling link and a link loop inside a folder, saying so, and still do the rest', async () => {
    const root = linked();
    for (const cmd of [['fmt', '--check', 'xs'], ['lint', 'xs']]) {
      const r = await xac(root, cmd);
      expect(r.err).toMatch(/^warning: xs\/dangling\.xs: dangling symbolic link \(skipped\)$/m);
      expect(r.err).not.toMatch(/\n\s+at |internal error/);
      expect(r.out).toMatch(/^1 files?:/m);
      expect(r.code, r.err).toBe(0);
    }
  });

  it('fmt and lint of a dangling link named on the command line: exit 2, one line', async () => {
    const root = linked();
    expectOneLine(await xac(root, ['fmt', 'xs/dangling.xs']), 2, /xs\/dangling\.xs: dangling symbolic link/);
    expectOneLine(await xac(root, ['lint', 'xs/dangling.xs']), 2, /xs\/dangling\.xs: dangling symbolic link/);
  });

  it('plan over compiled output holding a dangling link: exit 2 naming it', async () => {
    const root = linked();
    expectOneLine(await xac(root, ['plan']), 2, /apps\/a\/xs\/function\/gone\.xs: (no such file or directory|dangling symbolic link)/);
  });
});

describe('xac.config.ts', () => {
  const config = "import { defineConfig } from '@xac/xano-deploy/config';\nexport default defineConfig({ apps: ['a'], validation: { tables: 100 } });\n";
  it('loads with or without "type": "module" in the project package.json', async () => {
    for (const type of [undefined, 'module', 'commonjs']) {
      const root = project({ 'package.json': JSON.stringify({ name: 'p', private: true, ...(type ? { type } : {}) }), 'xac.config.ts': config });
      const r = await xac(root, ['build']);
      expect(r.err, `type ${type}`).toBe('');
      expect(r.code).toBe(0);
    }
    const bad = project({ 'package.json': '{"name":"p"}', 'xac.config.ts': config.replace('tables: 100', 'tables: 140') });
    expectOneLine(await xac(bad, ['build']).then((r) => ({ ...r, err: r.err.replace('error: invalid configuration\n', 'error: ') })), 2, /xac\.config\.ts:2:\d+: `validation\.tables`: Too big/);
  });
});
