import type { Node } from '../ast/node.js';

const INDENT = '  ';

/**
 * Collects output lines with indentation, remembering for each line the innermost node that was
 * being printed — the raw material of the build's source map.
 */
export class Emitter {
  readonly lines: string[] = [];
  readonly owners: Array<Node | undefined> = [];
  private depth = 0;
  private readonly stack: Node[] = [];

  /** `track` picks the nodes lines are attributed to (default: every node printed with `within`). */
  constructor(private readonly track: (node: Node) => boolean = () => true) {}

  /** Emits one line, or several when `text` holds newlines (already indented relative to this level). */
  line(text: string): void {
    const pad = INDENT.repeat(this.depth);
    for (const part of text.split('\n')) {
      this.lines.push(part === '' ? '' : pad + part);
      this.owners.push(this.stack[this.stack.length - 1]);
    }
  }

  /** Emits verbatim lines (triple-quoted string content) without indentation. */
  verbatim(text: string): void {
    for (const part of text.split('\n')) {
      this.lines.push(part);
      this.owners.push(this.stack[this.stack.length - 1]);
    }
  }

  /** Runs `body` one level deeper. */
  indent(body: () => void): void {
    this.depth++;
    try {
      body();
    } finally {
      this.depth--;
    }
  }

  /** `open`, the indented body, then `close`. */
  block(open: string, body: () => void, close = '}'): void {
    this.line(open);
    this.indent(body);
    this.line(close);
  }

  /** Attributes the lines printed by `body` to `node`. */
  within(node: Node, body: () => void): void {
    if (!this.track(node)) {
      body();
      return;
    }
    this.stack.push(node);
    try {
      body();
    } finally {
      this.stack.pop();
    }
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}
