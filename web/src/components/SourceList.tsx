// Every fact's sources: document (symbol or title), paragraph locator, the quote,
// a link to the reader at that quote and "copy citation".

import { useState } from 'react';
import { citationUrl, copyText, displayQuote, documentLabel, formatCitation } from '../citation.ts';
import type { Source } from '../types.ts';
import { type Navigate, onLinkClick } from '../use-url-state.ts';

export function SourceList({ sources, navigate }: { sources: readonly Source[]; navigate: Navigate }) {
  if (sources.length === 0) return <p className="muted">No source recorded.</p>;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <SourceItem key={`${s.document}|${s.locator}|${s.quote}`} source={s} navigate={navigate} />
      ))}
    </ul>
  );
}

function SourceItem({ source, navigate }: { source: Source; navigate: Navigate }) {
  const [copied, setCopied] = useState<string>('');
  const href = citationUrl('', source);
  const copy = async () => {
    const ok = await copyText(formatCitation(source, window.location.origin));
    setCopied(ok ? 'Citation copied' : 'Copy failed: select the text instead');
    setTimeout(() => setCopied(''), 2500);
  };
  return (
    <li className="source">
      <blockquote className="quote">“{displayQuote(source.quote)}”</blockquote>
      <div className="source-meta">
        <a href={href} onClick={onLinkClick(navigate, href)} className="source-link">
          {documentLabel(source)}, {source.locator}
        </a>
        <button type="button" className="small" onClick={copy}>
          Copy citation
        </button>
        <span role="status" className="copied">
          {copied}
        </span>
      </div>
    </li>
  );
}
