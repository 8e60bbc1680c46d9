// Where each object's compiled file lives (DESIGN Conventions, the official CLI's layout):
// `Workers/Metrics - Create Snapshot` → `function/workers/metrics_create_snapshot.xs`.

/** snake_case of one path segment: lower case, runs of other characters become `_`. */
export function snakeSegment(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** snake_case of a `/`-separated name, keeping the slashes. */
export function snakePath(name: string): string {
  return name
    .split('/')
    .map(snakeSegment)
    .filter((s) => s !== '')
    .join('/');
}
