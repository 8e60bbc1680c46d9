// `pnpm bench lint-corpus`: every lint rule over real XanoScript (issue 9). XAC_CORPUS names folders
// (colon-separated) as in the conformance suite: each is one repository's tree or a folder of
// `<owner>__<name>/` trees; each tree is linted as one project (its own workspace model). Without
// XAC_CORPUS the suite skips.
//
// Figures: files, findings per rule (and per message id), the fixes plain --fix would apply per rule
// (and whether every one is from a rule documented as behaviour-preserving), crashes (a throw while linting a tree;
// must be 0) and the time. For reading by hand, a seeded random sample of each rule's findings
// (XAC_SAMPLE findings, default 30, or all; seed XAC_SEED, default 9) goes to
// bench/results/lint-corpus/<rule>.md (gitignored: it quotes third-party lines, never committed).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { lintProject, RULES, type Finding } from '@xac/validators';
import { rng } from '@xac/xanoscript-dsl/parser';
import { xsFiles } from './conformance.ts';

const OUT = join(import.meta.dirname, 'results', 'lint-corpus');
/** Opt-in rules run too (at their default level), so their precision is measured like the others'. */
const OPT_IN = Object.fromEntries(RULES.filter((r) => r.meta.optIn).map((r) => [r.name, r.meta.defaultSeverity === 'error' ? 'error' : 'warn'] as const));

/** `n` items picked without repetition by a seeded shuffle (all of them when there are fewer), in input order. */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  if (items.length <= n) return [...items];
  // The parser's seeded generator (mulberry32), so a sample can be read again by the same seed.
  const rand = rng(seed);
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, n).sort((a, b) => a - b).map((i) => items[i]!);
}

/** The trees under the corpus folders: a folder holding .xs files directly below it counts as one tree. */
export function corpusTrees(roots: readonly string[]): string[] {
  const trees: string[] = [];
  for (const root of roots) {
    const subs = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name.includes('__'));
    if (subs.length === 0) trees.push(root);
    else for (const s of subs) trees.push(join(root, s.name));
  }
  return trees.sort();
}

interface Located {
  readonly tree: string;
  readonly finding: Finding;
  readonly line: string;
}

function sampleText(rule: string, all: readonly Located[], n: number, seed: number): string {
  const picked = sample(all, n, seed);
  const rows = picked.map((x, i) => {
    const at = `${x.tree}/${x.finding.path}:${x.finding.loc?.start.line ?? 1}:${x.finding.loc?.start.column ?? 1}`;
    const sugg = x.finding.suggestions?.length ? ' [suggestion]' : x.finding.fix ? ' [fix]' : '';
    return `${i + 1}. ${at} ${x.finding.severity} ${x.finding.messageId}${sugg}\n   ${x.finding.message}\n   > ${x.line.trim()}`;
  });
  return `# ${rule}: ${picked.length} of ${all.length} findings (seed ${seed})\n\n${rows.join('\n')}\n`;
}

export async function benchLintCorpus(): Promise<Record<string, unknown>> {
  const env = process.env.XAC_CORPUS;
  if (!env) return { skipped: 'XAC_CORPUS not set (folders of .xs trees, colon-separated)' };
  const roots = env.split(':').filter((r) => r !== '' && statSync(r, { throwIfNoEntry: false })?.isDirectory());
  const n = Number(process.env.XAC_SAMPLE ?? 30);
  const seed = Number(process.env.XAC_SEED ?? 9);
  const byRule = new Map<string, Located[]>();
  const crashes: string[] = [];
  let files = 0;
  const started = performance.now();
  for (const tree of corpusTrees(roots)) {
    const paths = xsFiles(tree);
    files += paths.length;
    const texts = new Map(paths.map((p) => [relative(tree, p).split(sep).join('/'), readFileSync(p, 'utf8')]));
    try {
      const result = lintProject({ files: [...texts].map(([path, text]) => ({ path, text })), config: { rules: OPT_IN } });
      for (const f of result.findings) {
        const line = texts.get(f.path)?.split('\n')[(f.loc?.start.line ?? 1) - 1] ?? '';
        const list = byRule.get(f.rule) ?? [];
        list.push({ tree: basename(tree), finding: f, line });
        byRule.set(f.rule, list);
      }
    } catch (e) {
      crashes.push(`${basename(tree)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const ms = performance.now() - started;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const findings: Record<string, Record<string, number>> = {};
  // What plain `--fix` would apply: findings that carry a fix (only rules whose fixes keep behaviour
  // may carry one; the engine demotes any other fix to a suggestion).
  const fixes: Record<string, number> = {};
  for (const [rule, list] of byRule) for (const x of list) if (x.finding.fix) fixes[rule] = (fixes[rule] ?? 0) + 1;
  const promised = RULES.filter((r) => r.meta.fixKeepsBehaviour).map((r) => r.name);
  for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const ids: Record<string, number> = { total: list.length };
    for (const x of list) ids[x.finding.messageId] = (ids[x.finding.messageId] ?? 0) + 1;
    findings[rule] = ids;
    writeFileSync(join(OUT, `${rule}.md`), sampleText(rule, list, n, seed));
  }
  return { trees: corpusTrees(roots).length, files, seconds: ms / 1000, crashes: crashes.length, ...(crashes.length ? { crashed: crashes } : {}), findings, fixes, fixesOnlyFromBehaviourKeepingRules: Object.keys(fixes).every((r) => promised.includes(r)), samples: relative(join(import.meta.dirname, '..'), OUT) };
}
