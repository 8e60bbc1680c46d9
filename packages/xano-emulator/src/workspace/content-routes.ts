// The Meta API's table content, read from the database the workspace's scripts write:
// `GET /workspace/{ws}/table/{id}/content?page&per_page` answers the content envelope
// `{curPage, nextPage, prevPage, items, itemsReceived, itemsTotal, offset, pageTotal}` (docs/emulator.md).
import { UnknownTableError } from '@xac/xanoscript-runtime';
import { findBranch, findObject, findWorkspace } from '../objects.js';
import { queryInt } from '../query-params.js';
import { route, type Route } from '../router.js';
import type { WorkspaceHost } from './workspace-host.js';

/** The content routes over `host`'s database. */
export function contentRoutes(host: WorkspaceHost): Route[] {
  return [
    route('GET', '/workspace/:ws/table/:id/content', async (c) => {
      const table = findObject(findBranch(findWorkspace(c.store.state, c.params.ws), c.query.get('branch')), 'table', c.params.id);
      const perPage = queryInt(c.query, 'per_page', 50, 1, 10_000);
      const page = queryInt(c.query, 'page', 1, 1, 1_000_000);
      let content: { items: unknown[]; total: number };
      try {
        content = await host.content(table.name, page, perPage);
      } catch (err) {
        // A table the branch has but the database does not hold yet (nothing is live): no rows.
        if (!(err instanceof UnknownTableError)) throw err;
        content = { items: [], total: 0 };
      }
      const pageTotal = Math.ceil(content.total / perPage);
      return {
        json: {
          curPage: page, nextPage: page < pageTotal ? page + 1 : null, prevPage: page > 1 ? page - 1 : null,
          items: content.items, itemsReceived: content.items.length, itemsTotal: content.total, offset: (page - 1) * perPage, pageTotal,
        },
      };
    }),
  ];
}
