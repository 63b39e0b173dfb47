// The small typed values between ingest stages:
//   read (file → SourceDocument) → segment (→ Passage[]) → extract (→ Claims as a Graph per document)
//   → resolve (across documents, ids made canonical) → load (store.replaceDocument) / export (--out).

import type { Graph } from '../cypher/model/graph.ts';

export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf';

/** One file read and turned into plain text (Markdown/HTML markup reduced, PDF pages joined). */
export interface SourceDocument {
  /** Path as given on the command line (for messages). */
  readonly path: string;
  /** Base name, e.g. 000_38ee24a6a9b495b1.txt: the Document node's `file`. */
  readonly file: string;
  readonly format: SourceFormat;
  /** SHA-256 of the file bytes. */
  readonly sha256: string;
  /** The text quotes are copied from. For .txt/.md it is the file's text unchanged. */
  readonly text: string;
  /** For PDFs: character offset where each page starts in `text` (page n at index n-1). */
  readonly pageStarts?: readonly number[];
  /**
   * What names the Document when its text gives no symbol, when the file's base name alone would
   * name another document too (ingest/read/document-keys.ts); absent: the base name.
   */
  readonly idKey?: string;
}

export type PassageKind =
  | 'heading'
  | 'paragraph'
  | 'item'
  | 'bullet'
  | 'footnote'
  | 'slide'
  | 'page'
  | 'text';

/** A span of a document with a locator a reader can follow. */
export interface Passage {
  /** "para 65", "para 8(c)", "footnote 33", "page 2", "slide 4", "line 40". */
  readonly locator: string;
  readonly kind: PassageKind;
  /** Offsets into SourceDocument.text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Footnote markers in this passage: marker number and offset in the document. */
  readonly footnoteRefs?: readonly { readonly marker: string; readonly offset: number }[];
}

export type WarningLevel = 'warning' | 'error';

export interface IngestWarning {
  readonly level: WarningLevel;
  readonly file: string;
  readonly message: string;
  readonly rule?: string;
}

/** A merge made by entity resolution, logged with its reason. */
export interface MergeDecision {
  readonly kept: string;
  readonly merged: string;
  readonly reason: string;
}

export interface ExtractionResult {
  /** One graph per document id, ids already canonical across the batch. */
  readonly perDocument: ReadonlyMap<string, Graph>;
  readonly merges: readonly MergeDecision[];
  readonly warnings: readonly IngestWarning[];
}
