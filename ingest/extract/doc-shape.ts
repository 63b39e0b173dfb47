// The document a context holds, as an object of one layout for every document.
// Documents come from the readers as object spreads ({ ...base, text }), and
// the engine gave them many layouts: 217 for the 246 documents of the 24 MB
// bench corpus. Every `ctx.doc.text` of the rules (over a hundred reads, some
// per fact) then saw more layouts than it can follow, and each rule compiled
// for the first few was thrown away at the next one ("wrong map" deopts) and
// compiled again, on the engine's helper threads. One literal with every
// field of SourceDocument, absent ones undefined (the rules read fields only,
// never enumerate them). Measured on the 24 MB bench corpus in process,
// alternate runs: CPU of the helper threads 4.1–4.9 s before, 3.5–4.3 s after.

import type { SourceDocument } from '../types.ts';

/** `doc`'s fields in a new object of the one layout every document then shares. */
export function sameShapeDoc(doc: SourceDocument): SourceDocument {
  // Every field named, so that a field added to SourceDocument fails to compile here instead of being lost.
  const every: { [K in keyof Required<SourceDocument>]: SourceDocument[K] } = {
    path: doc.path,
    file: doc.file,
    format: doc.format,
    sha256: doc.sha256,
    text: doc.text,
    pageStarts: doc.pageStarts,
    idKey: doc.idKey,
  };
  return every;
}
