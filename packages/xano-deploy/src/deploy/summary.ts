// A short account of the remote state after a deploy: object counts per kind, and names.
import { RESOURCE_KINDS, type XsObject } from '../plan/types.js';

/**
 * Counts and names per kind.
 * @example console.log(remoteSummary(objects).text);
 */
export function remoteSummary(objects: readonly XsObject[]): { counts: Record<string, number>; text: string } {
  const counts: Record<string, number> = {};
  const lines = ['remote state:'];
  for (const kind of RESOURCE_KINDS) {
    const mine = objects.filter((o) => o.ref.type === kind);
    if (mine.length === 0) continue;
    counts[kind] = mine.length;
    const names = mine.map((o) => (kind === 'query' ? `${o.ref.verb ?? ''} ${o.ref.name}` : o.ref.name)).sort();
    const shown = names.length > 8 ? `${names.slice(0, 8).join(', ')}, … (${names.length - 8} more)` : names.join(', ');
    lines.push(`  ${kind}: ${mine.length} (${shown})`);
  }
  if (lines.length === 1) lines.push('  (empty)');
  return { counts, text: lines.join('\n') };
}
