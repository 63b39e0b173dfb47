// Document reader: the source text rendered readably (DocText) with entity
// mentions highlighted and linked; arriving from a citation (quote / loc in the
// URL) scrolls to the passage and highlights it. Quotes are found in the raw
// text, markup included, so a quote spanning a footnote marker still matches.

import { useEffect, useMemo } from 'react';
import { fetchDocument } from '../api.ts';
import { DocText } from '../components/DocText.tsx';
import { ViewTabs } from '../components/ViewTabs.tsx';
import { findLocator, findQuote } from '../text-segments.ts';
import type { UrlState } from '../url-state.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, useTitle } from '../use-url-state.ts';

export function DocumentView({ state, navigate }: { state: UrlState; navigate: Navigate }) {
  const id = state.id!;
  const q = useQuery(id, (signal) => fetchDocument(id, signal));
  const doc = q.data;
  useTitle(doc ? String(doc.entity.properties.symbol ?? doc.entity.name) : undefined);
  const highlight = useMemo(() => {
    if (!doc) return undefined;
    return (
      (state.quote ? findQuote(doc.text, state.quote) : undefined) ??
      (state.loc ? findLocator(doc.text, state.loc) : undefined)
    );
  }, [doc, state.quote, state.loc]);
  useEffect(() => {
    if (!highlight) return;
    const el = document.getElementById('cited');
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [highlight]);

  if (q.loading) return <p className="muted">Loading…</p>;
  if (q.error) return <p role="alert">Could not load the document: {q.error}</p>;
  if (!doc) return <p role="alert">No document with id {id}.</p>;
  const p = doc.entity.properties;
  return (
    <article className="reader" aria-labelledby="doc-h">
      <header className="view-header">
        <p className="entity-type">
          Document{p.symbol ? ` · ${p.symbol}` : ''}
          {p.date ? ` · ${p.date}` : ''}
        </p>
        <h1 id="doc-h">{String(p.title ?? doc.entity.name)}</h1>
        <ViewTabs id={id} type="Document" current="document" navigate={navigate} />
        {(state.quote || state.loc) && (
          <p className="cite-note" role="status">
            {highlight
              ? `Showing the cited passage${state.loc ? ` (${state.loc})` : ''}.`
              : 'The cited passage was not found in this text.'}
          </p>
        )}
        <p className="muted">
          {doc.mentions.length} entity mentions are highlighted; each links to its page.
        </p>
      </header>
      <DocText text={doc.text} mentions={doc.mentions} highlight={highlight} navigate={navigate} />
    </article>
  );
}
