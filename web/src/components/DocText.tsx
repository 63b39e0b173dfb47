// The document reader's body: the source text rendered readably (headings, paragraphs, lists,
// tables, emphasis, footnote markers as superscripts) from the markup parser's tree, with entity
// mentions linked and the cited passage marked. Only React elements are built (never HTML from the
// text), so a document cannot inject markup; links open only http(s) and mailto targets.

import { Fragment, type ReactNode, useMemo } from 'react';
import { type Block, parseBlocks } from '../markup/blocks.ts';
import type { Inline } from '../markup/inline.ts';
import { citedPlacement, leafPieces } from '../markup/pieces.ts';
import { nodeStyle } from '../model-legend.ts';
import { type Range, type Segment, segmentText } from '../text-segments.ts';
import type { Mention } from '../types.ts';
import { linkTo } from '../url-state.ts';
import { type Navigate, onLinkClick } from '../use-url-state.ts';

interface Ctx {
  readonly segments: readonly Segment[];
  readonly navigate: Navigate;
  /** Inside an external link: mentions are not nested links there. */
  readonly inLink: boolean;
  /** Shared while rendering: the first marked piece gets id="cited" (the scroll target). */
  readonly cited: { placed: boolean };
}

export function DocText({
  text,
  mentions,
  highlight,
  navigate,
}: {
  text: string;
  mentions: readonly Mention[];
  highlight?: Range;
  navigate: Navigate;
}) {
  const blocks = useMemo(() => parseBlocks(text), [text]);
  const segments = useMemo(() => segmentText(text, mentions, highlight), [text, mentions, highlight]);
  const placement = useMemo(() => citedPlacement(blocks, highlight), [blocks, highlight]);
  const ctx: Ctx = { segments, navigate, inLink: false, cited: { placed: false } };
  return (
    <div className="doc-text" data-testid="doc-text">
      {blocks.map((b, i) => {
        const el = renderBlock(b, ctx);
        if (placement.kind !== 'block' || placement.index !== i) return el;
        // The quote lies wholly in markup that is not shown: mark the passage it belongs to.
        return (
          <div key={b.start} id="cited" tabIndex={-1} className="cited cited-block">
            {el}
          </div>
        );
      })}
    </div>
  );
}

function renderBlock(b: Block, ctx: Ctx): ReactNode {
  switch (b.kind) {
    case 'heading': {
      // The document title is the page's h1: source headings start one level below.
      const Tag = `h${Math.min(6, b.level + 1)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      return <Tag key={b.start}>{inlines(b.content, ctx)}</Tag>;
    }
    case 'para':
      return (
        <p key={b.start} className={b.footnote ? 'footnote' : b.number ? 'numbered' : undefined}>
          {b.number && <span className="para-no">{leaf(b.number.start, b.number.end, ctx)}</span>}
          {inlines(b.content, ctx)}
        </p>
      );
    case 'list':
      return (
        <ul key={b.start} className="doc-ul">
          {b.items.map((it) => (
            <li key={it.start} className={`depth-${it.depth}${it.labelled ? ' labelled' : ''}`}>
              {inlines(it.content, ctx)}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div key={b.start} className="doc-table">
          <table>
            <thead>
              <tr>
                {b.head.map((cell, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their column
                  <th key={k}>{inlines(cell, ctx)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a static text
                <tr key={r}>
                  {row.map((cell, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their column
                    <td key={k}>{inlines(cell, ctx)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'rule':
      return <hr key={b.start} />;
  }
}

function inlines(nodes: readonly Inline[], ctx: Ctx): ReactNode[] {
  return nodes.map((n) => {
    const key = `${n.kind}${n.start}`;
    if (n.kind === 'text') return <Fragment key={key}>{leaf(n.start, n.end, ctx)}</Fragment>;
    // The space keeps words apart in copied text and textContent; at the end of a line it is not drawn.
    if (n.kind === 'break')
      return (
        <Fragment key={key}>
          {' '}
          <br />
        </Fragment>
      );
    if (n.kind === 'link') {
      if (!n.href) return <span key={key}>{inlines(n.children, ctx)}</span>;
      return (
        <a key={key} href={n.href} className="external" target="_blank" rel="noopener noreferrer">
          {inlines(n.children, { ...ctx, inLink: true })}
        </a>
      );
    }
    const Tag = n.kind;
    return <Tag key={key}>{inlines(n.children, ctx)}</Tag>;
  });
}

function leaf(start: number, end: number, ctx: Ctx): ReactNode[] {
  return leafPieces(ctx.segments, start, end).map((p) => {
    let node: ReactNode = p.text;
    if (p.mention && !ctx.inLink) {
      const href = linkTo(p.mention.type === 'Document' ? 'document' : 'entity', p.mention.entityId);
      node = (
        <a
          key={p.start}
          href={href}
          onClick={onLinkClick(ctx.navigate, href)}
          className="mention"
          style={{ borderBottomColor: nodeStyle(p.mention.type).color }}
          title={`${p.mention.type}: ${p.mention.entityId}`}
        >
          {p.text}
        </a>
      );
    }
    if (!p.highlighted) return node;
    const first = !ctx.cited.placed;
    ctx.cited.placed = true;
    return (
      <mark
        key={p.start}
        id={first ? 'cited' : undefined}
        tabIndex={first ? -1 : undefined}
        className="cited"
      >
        {node}
      </mark>
    );
  });
}
