// `pnpm bench`: runs every benchmark in this process and prints each figure with its ratio to the
// baseline measured in the same run. Results also go to bench/results/latest.json (not committed);
// docs/benchmarks.md records the figures.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Bench = () => Promise<Record<string, unknown>>;

const SUITES: Array<[string, string, string]> = [
  ['compile', './compile.ts', 'benchCompile'],
  ['parse', './parse.ts', 'benchParse'],
  ['lint', './lint.ts', 'benchLint'],
  ['deploy', './deploy.ts', 'benchDeploy'],
  // The runtime's interpreter, db.* on PGlite (and PostgreSQL with DATABASE_URL), the emulator's endpoints.
  ['runtime', './runtime.ts', 'benchRuntime'],
  // The third-party stand-ins at seed scale: 200,000 FUB people and 100,000 reZEN transactions, paged.
  ['stand-ins', './stand-ins.ts', 'benchStandIns'],
  // The whole daily sync on the emulator at seed scale (XAC_PIPELINE_SIZE FUB people, default 200,000), PGlite and PostgreSQL.
  ['pipeline', './pipeline.ts', 'benchPipeline'],
  // Real XanoScript named by XAC_CORPUS (skips without it): `pnpm bench conformance` runs only this.
  ['conformance', './conformance.ts', 'benchConformance'],
  // Seeded mutants of XAC_CORPUS (else the parser fixtures): `pnpm bench fuzz` runs only this.
  ['fuzz', './fuzz.ts', 'benchFuzz'],
  // Every lint rule over XAC_CORPUS (skips without it), samples for reading by hand: `pnpm bench lint-corpus`.
  ['lint-corpus', './lint-corpus.ts', 'benchLintCorpus'],
  // How much of XAC_CORPUS `xac import` types (skips without it): `pnpm bench import-coverage`.
  ['import-coverage', './import-coverage.ts', 'benchImportCoverage'],
];

const only = process.argv.slice(2);
const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
for (const [name, file, fnName] of SUITES) {
  if (only.length > 0 && !only.includes(name)) continue;
  const path = join(import.meta.dirname, file);
  if (!existsSync(path)) {
    console.log(`\n## ${name}: not available yet (${file} missing)`);
    continue;
  }
  const mod = (await import(pathToFileURL(path).href)) as Record<string, Bench>;
  const run = mod[fnName];
  if (typeof run !== 'function') continue;
  const started = performance.now();
  const figures = await run();
  results[name] = figures;
  console.log(`\n## ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log(JSON.stringify(figures, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(3)) : v), 2));
}
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
