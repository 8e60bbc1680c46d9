// Files git ignores are never formatted (they are someone else's: caches, pulled copies, vendored
// trees). Asked of git itself so every .gitignore rule counts. Outside a git work tree nothing is
// ignored, and neither is anything when the project folder itself is ignored (a scratch copy of a
// project inside another repository).
import { spawnSync } from 'node:child_process';

/**
 * The subset of `files` (absolute) that git ignores in the work tree at `root`.
 * @example const ignored = gitIgnored('/repo', files);
 */
export function gitIgnored(root: string, files: readonly string[]): Set<string> {
  if (files.length === 0) return new Set();
  const r = spawnSync('git', ['check-ignore', '--stdin', '-z'], { cwd: root, input: [root, ...files].join('\0'), encoding: 'utf8' });
  if (r.error || (r.status !== 0 && r.status !== 1)) return new Set();
  const ignored = new Set(r.stdout.split('\0').filter((f) => f !== ''));
  return ignored.has(root) ? new Set() : ignored;
}
