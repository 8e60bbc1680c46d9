// What the official CLI's `workspace pull` writes for a multidoc: one file per document, named by the
// CLI's layout (ast/schema/layout-path.ts), holding the document's text trimmed, as the CLI writes it
// (no trailing newline, guid kept). `xac pull` writes exactly this tree.
import type { LayoutRef } from '../ast/schema/identity.js';
import { layoutPathsOf } from '../ast/schema/layout-path.js';
import { DOCUMENT_SEPARATOR, readDocument } from './documents.js';

export interface PulledFile {
  /** Relative to the pull folder, `/`-separated. */
  readonly path: string;
  readonly content: string;
  readonly ref: LayoutRef;
}

export interface SkippedDocument {
  /** 1-based position of the document in the multidoc. */
  readonly index: number;
  readonly reason: string;
}

/** The CLI's split, exactly: at every `\n---\n` of the raw text (CRLF is not read as LF), trimmed, empty parts dropped. */
const cliSplit = (text: string) => text.split(DOCUMENT_SEPARATOR).map((d) => d.trim()).filter((d) => d !== '');

/**
 * The files the official CLI's pull writes for a multidoc (in document order).
 * @example cliPullFiles('table "user" {\n  schema {\n    int id\n  }\n}').files[0].path // 'table/user.xs'
 */
export function cliPullFiles(multidoc: string): { files: PulledFile[]; skipped: SkippedDocument[] } {
  const read = cliSplit(multidoc).map((text) => readDocument(text));
  const skipped: SkippedDocument[] = [];
  const kept: Array<{ ref: LayoutRef; text: string }> = [];
  read.forEach((d, i) => {
    if (d.ref === undefined) skipped.push({ index: i + 1, reason: 'the object header cannot be read' });
    // The CLI reads the keyword as a run of word characters, so it never writes `run.job` documents.
    else if (d.ref.kind.includes('.')) skipped.push({ index: i + 1, reason: `the official CLI does not pull ${d.ref.kind} documents` });
    else kept.push({ ref: d.ref, text: d.text });
  });
  const paths = layoutPathsOf(kept.map((k) => k.ref));
  return { files: kept.map((k, i) => ({ path: paths[i] ?? '', content: k.text, ref: k.ref })), skipped };
}
