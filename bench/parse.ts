// Parse throughput: a generated corpus (≥ 5 MB) of varied, valid XanoScript — the parser's canonical
// fixtures, each copy with its variables renamed — parsed file by file. Also the growth figures the
// parser issue asks for: a 1 MB corpus at 1×, 4×, 16×, and single files of 5,000 / 20,000 / 80,000
// lines. Peak memory is sampled after every file.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@xac/xanoscript-dsl/parser';

const FIXTURES = join(import.meta.dirname, '..', 'packages', 'xanoscript-dsl', 'src', 'parser', '__fixtures__');
/** Megabyte as 10^6 bytes (the corpus is ASCII, so characters = bytes). */
const MB = 1_000_000;

export interface BenchResult {
  readonly corpusFiles: number;
  readonly corpusMB: number;
  readonly mbPerSecond: number;
  readonly peakHeapMB: number;
  readonly peakRssMB: number;
  readonly diagnosticsInCorpus: number;
  /** Per multiple of a 1 MB corpus: ms, and ms per MB relative to 1×. */
  readonly corpusGrowth: ReadonlyArray<{ readonly scale: number; readonly mb: number; readonly ms: number; readonly perMbRatio: number }>;
  /** One file of N lines: ms, and ms per line relative to the 5,000-line file. */
  readonly fileGrowth: ReadonlyArray<{ readonly lines: number; readonly mb: number; readonly ms: number; readonly perLineRatio: number }>;
}

function fixtureTexts(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => !d.startsWith('_') && existsSync(join(FIXTURES, d, 'input.xs')))
    .sort()
    .map((d) => readFileSync(join(FIXTURES, d, 'input.xs'), 'utf8'));
}

/** Files totalling at least `bytes`: fixture copies with `$name` → `$name_k`, so no two are equal. */
export function corpus(bytes: number): string[] {
  const base = fixtureTexts();
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const text = base[k % base.length]!.replace(/\$([a-zA-Z]\w*)/g, (_m, n: string) => `$${n}_${k}`);
    out.push(text);
    size += text.length;
  }
  return out;
}

/** One function whose stack holds varied statements, about `lines` lines long. */
export function bigFile(lines: number): string {
  const out = ['function "bench/big" {', '  input {', '    int id', '  }', '  stack {'];
  for (let i = 0; out.length < lines - 3; i++) {
    out.push(
      `    var $v${i} {`, `      value = ($input.id + ${i}) * 2`, '    }',
      `    db.query "event" {`, `      where = ($db.event.user_id == $v${i}) && ($db.event.kind != "x${i}")`, `    } as $rows${i}`,
      '    conditional {', `      if (($rows${i}|count) > 0) {`, `        var.update $v${i} {`,
      `          value = $rows${i}|first|get:"count":0`, '        }', '      }', '      else {', '        debug.log {',
      `          value = {step: "empty", n: ${i}, tags: ["a", "b"]}`, '        }', '      }', '    }',
    );
  }
  out.push('  }', '  response = $input.id', '}');
  return out.join('\n') + '\n';
}

function timeParse(files: readonly string[], peak?: { heap: number; rss: number }): { ms: number; diagnostics: number } {
  let diagnostics = 0;
  const started = performance.now();
  for (const f of files) {
    diagnostics += parse(f).diagnostics.length;
    if (peak) {
      const m = process.memoryUsage();
      peak.heap = Math.max(peak.heap, m.heapUsed);
      peak.rss = Math.max(peak.rss, m.rss);
    }
  }
  return { ms: performance.now() - started, diagnostics };
}

const sizeMB = (files: readonly string[]) => files.reduce((n, f) => n + f.length, 0) / MB;

/** Runs the parse benchmark and returns its figures. */
export async function benchParse(): Promise<BenchResult> {
  const files = corpus(5 * MB + 1);
  timeParse(files.slice(0, 400)); // warm-up (JIT)
  // Throughput from unsampled runs (reading memory after every file costs time); peak from a sampled one.
  const runs = [timeParse(files), timeParse(files), timeParse(files)];
  const best = Math.min(...runs.map((r) => r.ms));
  const peak = { heap: 0, rss: 0 };
  timeParse(files, peak);
  const oneMb = corpus(MB);
  const corpusGrowth = [1, 4, 16].map((scale) => {
    const set = Array.from({ length: scale }, () => oneMb).flat();
    return { scale, mb: sizeMB(set), ms: timeParse(set).ms };
  });
  const fileGrowth = [5000, 20000, 80000].map((lines) => {
    const text = bigFile(lines);
    timeParse([text]);
    return { lines, mb: text.length / MB, ms: timeParse([text]).ms };
  });
  const perMb0 = corpusGrowth[0]!.ms / corpusGrowth[0]!.mb;
  const perLine0 = fileGrowth[0]!.ms / fileGrowth[0]!.lines;
  return {
    corpusFiles: files.length,
    corpusMB: sizeMB(files),
    mbPerSecond: sizeMB(files) / (best / 1000),
    peakHeapMB: peak.heap / MB,
    peakRssMB: peak.rss / MB,
    diagnosticsInCorpus: runs[0]!.diagnostics,
    corpusGrowth: corpusGrowth.map((g) => ({ ...g, perMbRatio: g.ms / g.mb / perMb0 })),
    fileGrowth: fileGrowth.map((g) => ({ ...g, perLineRatio: g.ms / g.lines / perLine0 })),
  };
}
