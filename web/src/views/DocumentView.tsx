// Document reader: the source text with entity mentions highlighted and linked;
// arriving from a citation (quote / loc in the URL) scrolls to the passage and
// highlights it.

import { useEffect, useMemo } from 'react';
import { fetchDocument } from '../api.ts';
import { ViewTabs } from '../components/ViewTabs.tsx';
import { nodeStyle } from '../model-legend.ts';
import { findLocator, findQuote, segmentText } from '../text-segments.ts';
import { linkTo, type UrlState } from '../url-state.ts';
import { useQuery } from '../use-query.ts';
import { type Navigate, onLinkClick, useTitle } from '../use-url-state.ts';

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
  const segments = useMemo(
    () => (doc ? segmentText(doc.text, doc.mentions, highlight) : []),
    [doc, highlight],
  );

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
  let firstMark = true;
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
      <div className="doc-text" data-testid="doc-text">
        {segments.map((s) => {
          let node: React.ReactNode = s.text;
          if (s.mention) {
            const href = linkTo(s.mention.type === 'Document' ? 'document' : 'entity', s.mention.entityId);
            node = (
              <a
                href={href}
                onClick={onLinkClick(navigate, href)}
                className="mention"
                style={{ borderBottomColor: nodeStyle(s.mention.type).color }}
                title={`${s.mention.type}: ${s.mention.entityId}`}
              >
                {s.text}
              </a>
            );
          }
          if (s.highlighted) {
            const first = firstMark;
            firstMark = false;
            return (
              <mark
                key={s.start}
                id={first ? 'cited' : undefined}
                tabIndex={first ? -1 : undefined}
                className="cited"
              >
                {node}
              </mark>
            );
          }
          return s.mention ? <span key={s.start}>{node}</span> : s.text;
        })}
      </div>
    </article>
  );
}
