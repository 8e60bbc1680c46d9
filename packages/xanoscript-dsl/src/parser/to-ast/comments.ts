import type { Comment } from '../../ast/nodes/misc.js';
import type { Ctx } from './context.js';

// Comments — reference/xanoscript.md §2.1 and DESIGN Conventions: comments are kept where the docs
// allow one (above the object, above a field, as a statement) and any other comment is moved to the
// nearest such place, with a warning.

/**
 * Merges the comments of [from, to) that no inner list took into `items`, by position. A comment
 * inside an item (a trailing one, or one inside an expression or block that keeps no comments)
 * moves above that item.
 */
export function placeComments<T extends { readonly loc?: { start: { offset: number }; end: { offset: number } } } | Comment>(
  ctx: Ctx,
  items: readonly T[],
  from: number,
  to: number,
): T[] {
  const comments = ctx.takeComments(Number.isFinite(from) ? from : 0, to);
  if (comments.length === 0) return items as T[];
  const out: T[] = [];
  const base = ctx.base.offset;
  let ci = 0;
  for (const item of items) {
    const start = (item.loc?.start.offset ?? 0) - base;
    const end = (item.loc?.end.offset ?? 0) - base;
    while (ci < comments.length && comments[ci]!.startOffset < end) {
      const c = comments[ci++]!;
      const node = ctx.commentNode(c);
      if (c.startOffset > start) moved(ctx, node, 'above the statement or field that contains it');
      else if (ctx.isTrailing(c)) moved(ctx, node, 'onto its own line');
      out.push(node as T);
    }
    out.push(item);
  }
  for (; ci < comments.length; ci++) {
    const node = ctx.commentNode(comments[ci]!);
    if (ctx.isTrailing(comments[ci]!)) moved(ctx, node, 'onto its own line');
    out.push(node as T);
  }
  return out;
}

/** Reports a comment that `xac fmt` will move. */
export function moved(ctx: Ctx, c: Comment, where: string): void {
  ctx.report(
    'warning',
    'comment-moved',
    `a comment is only kept on its own line above the object, a field or a statement; it moves ${where}`,
    c.loc!,
  );
}
