// Table schema changes that can lose data or break readers (peers.md §4.10): dropped columns, type
// changes, enum values removed, add+drop pairs that look like renames, and declared renames.
import type { Column, Hazard, ResourceRef } from './types.js';

export interface TableChange {
  readonly hazards: readonly Hazard[];
  /** Declared renames that apply: the old column exists remotely and the new one does not. */
  readonly renames: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

function byName(cols: readonly Column[]): Map<string, Column> {
  return new Map(cols.map((c) => [c.name, c]));
}

/** Declared renames that still have work to do. */
function liveRenames(before: Map<string, Column>, after: Map<string, Column>, declared: Readonly<Record<string, string>>) {
  return Object.entries(declared).flatMap(([from, to]) => (before.has(from) && !before.has(to) && after.has(to) && !after.has(from) ? [{ from, to }] : []));
}

function typeHazards(resource: ResourceRef, b: Column, a: Column): Hazard[] {
  const out: Hazard[] = [];
  if (b.type !== a.type) {
    out.push({ kind: 'column-type', resource, column: a.name, message: `column "${a.name}" changes type ${b.type} → ${a.type}` });
  }
  const removed = (b.values ?? []).filter((v) => a.values !== undefined && !a.values.includes(v));
  if (removed.length > 0) {
    out.push({ kind: 'enum-remove', resource, column: a.name, message: `enum "${a.name}" loses value(s) ${removed.map((v) => JSON.stringify(v)).join(', ')}` });
  }
  return out;
}

/**
 * Compares a table's remote and desired columns.
 * @example diffTable(ref, [{name:'id',type:'int'},{name:'nm',type:'text'}], [{name:'id',type:'int'},{name:'name',type:'text'}], {nm:'name'})
 */
export function diffTable(
  resource: ResourceRef,
  remote: readonly Column[],
  desired: readonly Column[],
  declared: Readonly<Record<string, string>> = {},
): TableChange {
  const before = byName(remote);
  const after = byName(desired);
  const renames = liveRenames(before, after, declared);
  const renamedFrom = new Map(renames.map((r) => [r.from, r.to]));
  const renamedTo = new Set(renames.map((r) => r.to));
  const hazards: Hazard[] = renames.map((r) => ({
    kind: 'rename' as const,
    resource,
    column: r.from,
    message: `column "${r.from}" is renamed to "${r.to}" (declared): data is kept, readers of "${r.from}" must change`,
  }));
  const dropped = remote.filter((c) => !after.has(c.name) && !renamedFrom.has(c.name));
  const added = desired.filter((c) => !before.has(c.name) && !renamedTo.has(c.name));
  for (const d of dropped) {
    const twin = added.find((a) => a.type === d.type);
    const hint = twin ? `; it looks like a rename to "${twin.name}": declare renames: {${d.name}: '${twin.name}'} in the table's DSL to keep the data` : '';
    hazards.push({
      kind: 'column-drop',
      resource,
      column: d.name,
      message: `column "${d.name}" (${d.type}) is dropped with its data${hint}`,
      ...(twin ? { suspectedRename: { from: d.name, to: twin.name } } : {}),
    });
  }
  for (const a of desired) {
    const b = before.get(a.name) ?? remote.find((c) => renamedFrom.get(c.name) === a.name);
    if (b) hazards.push(...typeHazards(resource, b, a));
  }
  return { hazards, renames };
}
