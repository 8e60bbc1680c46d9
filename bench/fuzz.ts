// `pnpm bench fuzz`: seeded mutation fuzzing of the parser and printer (docs/parser.md "Robustness").
// Mutants come from the clean files of the folders in XAC_CORPUS (colon-separated; the training corpus
// fetched locally, never committed), else from the parser's own canonical fixtures. XAC_FUZZ_N sets the
// number of mutants (default 100,000 with a corpus, 5,000 without), XAC_FUZZ_SEED the seed. Every
// mutant must: not crash, give no `internal` error, locate every diagnostic inside the file, and,
// when it parses without errors, print to text that parses without errors to the same AST.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { checkMutant, mutate, parse, rng } from '@xac/xanoscript-dsl/parser';
import { xsFiles } from './conformance.js';

const FIXTURES = join(import.meta.dirname, '../packages/xanoscript-dsl/src/parser/__fixtures__');

export async function benchFuzz(): Promise<Record<string, unknown>> {
  const corpus = (process.env['XAC_CORPUS'] ?? '').split(':').filter((d) => d !== '');
  const dirs = corpus.length > 0 ? corpus : [FIXTURES];
  const n = Number(process.env['XAC_FUZZ_N'] ?? (corpus.length > 0 ? 100_000 : 5_000));
  const seed = Number(process.env['XAC_FUZZ_SEED'] ?? 7);
  const texts = dirs.flatMap(xsFiles).map((f) => readFileSync(f, 'utf8'))
    .filter((t) => t.length < 20_000 && !parse(t).diagnostics.some((d) => d.severity === 'error'));
  const random = rng(seed);
  const problems = new Map<string, number>();
  const examples: string[] = [];
  const load = loadavg()[0];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    let text = texts[Math.floor(random() * texts.length)]!;
    for (let e = 1 + Math.floor(random() * 3); e > 0; e--) text = mutate(text, random);
    const problem = checkMutant(text);
    if (problem === undefined) continue;
    const kind = problem.replace(/\d+:\d+/g, 'L:C').slice(0, 100);
    problems.set(kind, (problems.get(kind) ?? 0) + 1);
    if (examples.length < 5) examples.push(`${problem}\n${text.slice(0, 400)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    source: corpus.length > 0 ? 'XAC_CORPUS' : 'parser fixtures', seed, mutants: n, sourceFiles: texts.length,
    problems: [...problems.values()].reduce((a, b) => a + b, 0), byKind: Object.fromEntries(problems), examples,
    mutantsPerSecond: n / seconds, load: { before: load, after: loadavg()[0] },
  };
}
