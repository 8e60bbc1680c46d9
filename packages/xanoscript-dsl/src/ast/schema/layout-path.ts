// Where an object's file lives, in the official CLI's pull layout (xano-inc/cli 1.2,
// src/commands/workspace/pull/index.ts and src/utils/document-parser.ts; the rules in our words are in
// docs/layout.md). `xac pull` and `xac build` write this layout; the other layouts are only read
// (src/layout/).
import { createHash } from 'node:crypto';
import snakeCase from 'lodash.snakecase';
import { objectKindByKeyword } from './object-kinds.js';
import type { ObjectRef } from './identity.js';

/** The layouts `layoutPathOf` writes. Only the official CLI's: others are read, never written (DESIGN). */
export const LAYOUTS = ['cli'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The longest file or folder name most filesystems take (ext4, APFS, NTFS: 255). */
export const MAX_FILE_NAME_BYTES = 255;
/** Room kept in a shortened file name for the CLI's duplicate suffix (`_2`) and `.xs`. */
const FILE_RESERVE = 8;

/**
 * The CLI's snake_case: lodash's `snakeCase` (words split at case changes, digits and separators,
 * accents removed, apostrophes dropped), the exact function the CLI calls.
 * @example cliSnakeCase('Migration: V1 to V2') // 'migration_v_1_to_v_2'
 */
export function cliSnakeCase(text: string): string {
  return snakeCase(text);
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * A file or folder name cut to `max` UTF-8 bytes, deterministically: the start of the name, `_`, and 16
 * hex digits of the sha256 of the whole name. Names that fit are returned unchanged. (Our rule: the
 * CLI itself fails with ENAMETOOLONG on such names.)
 * @example shortenComponent('a'.repeat(300), 40) // 'aaaaaaaaaaaaaaaaaaaaaaa_<16 hex digits>'
 */
export function shortenComponent(name: string, max = MAX_FILE_NAME_BYTES): string {
  if (bytes(name) <= max) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 16);
  let head = '';
  for (const ch of name) {
    if (bytes(head + ch) > max - hash.length - 1) break;
    head += ch;
  }
  return `${head}_${hash}`;
}

/**
 * An object to place: a known kind (ObjectRef), or a kind the object-kind table does not know yet but
 * the CLI's pull names (its explicit `error_trigger` branch), or any other keyword (its default case).
 */
export type LayoutRef = Omit<ObjectRef, 'kind'> & { readonly kind: string };

/** Folders the CLI gives kinds our catalogue does not hold yet (whole name in one file name). */
const CLI_ONLY_FOLDERS: Readonly<Record<string, string>> = { error_trigger: 'workspace/trigger' };

export interface LayoutOptions {
  /** The folder of an api group under `api/`; default: its snake_case name (see `layoutPathsOf` for collisions). */
  readonly apiGroupFolder?: (group: string) => string;
}

interface Placement {
  readonly dir: readonly string[];
  readonly base: string;
}

/** The CLI's file name of a whole name: quotes stripped, then snake_case. */
const fileName = (name: string) => cliSnakeCase(name.replaceAll('"', ''));

/** A name whose `/` segments become folders: snake_case folders, the last segment the file. */
function nested(top: readonly string[], name: string, verb: string | undefined): Placement {
  const parts = name.split('/');
  const leaf = parts.pop() ?? '';
  const base = fileName(leaf);
  return { dir: [...top, ...parts.map(cliSnakeCase)], base: verb ? `${base}_${verb}` : base };
}

function placementOf(r: LayoutRef, groupFolder: (g: string) => string): Placement {
  const spec = objectKindByKeyword(r.kind);
  const extra = CLI_ONLY_FOLDERS[r.kind];
  if (extra !== undefined) return { dir: extra.split('/'), base: fileName(r.name) };
  if (r.kind === 'api_group') return { dir: ['api', groupFolder(r.name)], base: fileName(r.name) };
  if (r.kind === 'query' && r.apiGroup) return nested(['api', groupFolder(r.apiGroup)], r.name, r.verb);
  // The CLI's default branch names the folder after the keyword (`query` without a group included).
  if (r.kind === 'query' || spec === undefined) return nested([r.kind], r.name, r.verb);
  if (spec.nameFolders) return nested(spec.folder.split('/'), r.name, undefined);
  return { dir: spec.folder.split('/'), base: fileName(r.name) };
}

const joinPath = (dir: readonly string[], file: string) =>
  [...dir.filter((d) => d !== '').map((d) => shortenComponent(d)), file].join('/');

const shortBase = (base: string) => shortenComponent(base, MAX_FILE_NAME_BYTES - FILE_RESERVE);

/**
 * The path of an object's file relative to the workspace folder, in the official CLI's layout.
 * @example layoutPathOf({kind: 'query', name: 'jobs/reset', verb: 'POST', apiGroup: 'Migration: V1 to V2'}) // 'api/migration_v_1_to_v_2/jobs/reset_POST.xs'
 */
export function layoutPathOf(r: LayoutRef, layout: Layout = 'cli', o: LayoutOptions = {}): string {
  void layout;
  const p = placementOf(r, o.apiGroupFolder ?? cliSnakeCase);
  return joinPath(p.dir, `${shortBase(p.base)}.xs`);
}

/**
 * The CLI's api-group folders for a whole workspace: groups whose snake_case names collide keep the
 * first (in the given order) on the plain folder and number the others `_2`, `_3`, ….
 */
function groupFolders(refs: readonly LayoutRef[]): (group: string) => string {
  const claims = new Map<string, string[]>();
  for (const r of refs) {
    if (r.kind !== 'api_group') continue;
    const folder = cliSnakeCase(r.name);
    const names = claims.get(folder) ?? [];
    if (!names.includes(r.name)) names.push(r.name);
    claims.set(folder, names);
  }
  const byName = new Map<string, string>();
  for (const [folder, names] of claims) names.forEach((n, i) => byName.set(n, i === 0 ? folder : `${folder}_${i + 1}`));
  return (g) => byName.get(g) ?? cliSnakeCase(g);
}

/**
 * The paths of every object of a workspace, as the CLI's pull names them: api-group collisions
 * resolved, and a second file of the same name in a folder numbered `_2`, `_3`, … (in the given order).
 * Where the CLI would overwrite an earlier file (a name that already ends in `_2`), the next free
 * number is taken instead.
 * @example layoutPathsOf([{kind:'function', name:'a'}, {kind:'function', name:'A'}]) // ['function/a.xs', 'function/a_2.xs']
 */
export function layoutPathsOf(refs: readonly LayoutRef[], layout: Layout = 'cli'): string[] {
  void layout;
  const folderOf = groupFolders(refs);
  const counters = new Map<string, number>();
  const used = new Set<string>();
  return refs.map((r) => {
    const p = placementOf(r, folderOf);
    const base = shortBase(p.base);
    const key = `${p.dir.filter((d) => d !== '').join('/')}\u0000${base}`;
    let count = counters.get(key) ?? 0;
    let path: string;
    do {
      count += 1;
      path = joinPath(p.dir, count === 1 ? `${base}.xs` : `${base}_${count}.xs`);
    } while (used.has(path));
    counters.set(key, count);
    used.add(path);
    return path;
  });
}
