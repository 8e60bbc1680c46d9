// Where `xac pull` writes each object (DESIGN Conventions: generated files, the official CLI layout).
import { snakePath, snakeSegment } from '@xac/xanoscript-dsl/dsl';
import type { ResourceRef } from '../plan/types.js';

/**
 * The path of an object under an xs folder.
 * @example layoutPath({type: 'query', name: 'jobs/reset', verb: 'POST', apiGroup: 'Migration: V1 to V2'}) // 'api/migration_v1_to_v2/jobs/reset_POST.xs'
 */
export function layoutPath(r: ResourceRef): string {
  switch (r.type) {
    case 'api_group':
      return `api/${snakeSegment(r.name)}/api_group.xs`;
    case 'query':
      return `api/${snakeSegment(r.apiGroup ?? '')}/${snakePath(r.name.replace(/[{}]/g, ''))}_${r.verb ?? 'GET'}.xs`;
    case 'trigger':
      return `table/trigger/${snakePath(r.name)}.xs`;
    case 'table':
    case 'addon':
    case 'function':
    case 'middleware':
    case 'task':
      return `${r.type}/${snakePath(r.name)}.xs`;
  }
}
