// transaction and listing hold the rows of reZEN and SkySlope side by side, told apart by a source
// column (`sync_source` / `data_source`), under one unique key, the raw id alone. A sync therefore
// writes a record only when no row holds its raw id or the row that does is its own source's; a row
// of the other source is left as it is and counted. Shared by 8052/8053 and the SkySlope file syncs.
import type { Shape, Stack, X } from '@xac/xanoscript-dsl/dsl';

export interface SourceCounts {
  /** Records written (new, or the source's own row updated). */
  readonly written: X<'int'>;
  /** Records whose raw id the other source's row holds: not written. */
  readonly otherSource: X<'int'>;
}

/**
 * Runs `write` unless the row holding the raw id (its source column in `heldBy`, '' when none) is another source's.
 * @example writeIfOwn(b, held.get('sync_source', ''), 'rezen', 'transaction', counts, (w) => w.db.addOrEdit(transaction, …));
 */
export function writeIfOwn<I extends Shape>(s: Stack<I>, heldBy: X<'text'>, mine: string, prefix: string, counts: SourceCounts, write: (s: Stack<I>) => void): void {
  // A row whose source column is null (written outside the syncs) counts as no source's.
  const held = s.var(`${prefix}_held_by`, heldBy.firstNotNull(''));
  s.if(held.eq('').or(held.eq(mine)), (w) => {
    write(w);
    w.update(counts.written, counts.written.add(1));
  }).else((o) => o.update(counts.otherSource, counts.otherSource.add(1)));
}
