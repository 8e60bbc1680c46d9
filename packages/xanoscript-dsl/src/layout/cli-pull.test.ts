import { describe, expect, it } from 'vitest';
import { cliPullFiles } from './cli-pull.js';

// The files the official CLI's `workspace pull` writes for one multidoc (xano-inc/cli 1.2,
// src/commands/workspace/pull/index.ts; docs/layout.md).

const fn = (name: string) => `function "${name}" {\n  input {\n  }\n  stack {\n  }\n  response = 1\n  guid = "g-${name}"\n}`;

describe('cliPullFiles', () => {
  it('writes each document trimmed, guid kept, at the CLI path, numbering clashes in multidoc order', () => {
    const multidoc = [
      `\n${fn('Send Email')}\n`,
      fn('send_email'),
      'error_trigger "On Error" {\n  stack {\n  }\n}',
      'run.job "Nightly" {\n  main = {name: "x", input: {}}\n}',
      'workspace "My Shop" {\n}',
    ].join('\n---\n') + '\n';
    const { files, skipped } = cliPullFiles(multidoc);
    expect(files.map((f) => f.path)).toEqual(['function/send_email.xs', 'function/send_email_2.xs', 'workspace/trigger/on_error.xs', 'workspace/my_shop.xs']);
    expect(files[0]?.content).toBe(fn('Send Email'));
    expect(files[0]?.content.endsWith('\n')).toBe(false);
    expect(skipped).toEqual([{ index: 4, reason: 'the official CLI does not pull run.job documents' }]);
  });

  it('splits only at LF separators, as the CLI does, and drops empty documents', () => {
    expect(cliPullFiles(`${fn('a')}\n---\n\n---\n${fn('b')}`).files.map((f) => f.path)).toEqual(['function/a.xs', 'function/b.xs']);
    const crlf = cliPullFiles(`${fn('a')}\r\n---\r\n${fn('b')}`).files;
    expect(crlf.map((f) => f.path)).toEqual(['function/a.xs']);
  });
});
