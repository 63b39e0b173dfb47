// Joins the rendered structure with the reader's raw-offset layers: a text leaf [start, end) is cut
// where an entity mention or the cited passage begins or ends, so both stay exact even though the
// markup around them (**, <sup>, #) is not shown. A quote that covers only hidden markup falls back
// to highlighting the block it sits in.

import type { Range, Segment } from '../text-segments.ts';
import type { Block } from './blocks.ts';
import type { Inline } from './inline.ts';

export type Piece = Segment;

/** The parts of raw[start, end) as cut by `segments` (segmentText's output: contiguous, in order). */
export function leafPieces(segments: readonly Segment[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  // Binary search: the last segment starting at or before `start`.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  for (let k = lo; k < segments.length; k++) {
    const s = segments[k]!;
    const sEnd = s.start + s.text.length;
    if (s.start >= end) break;
    const from = Math.max(start, s.start);
    const to = Math.min(end, sEnd);
    if (to <= from) continue;
    out.push({
      text: s.text.slice(from - s.start, to - s.start),
      start: from,
      mention: s.mention,
      highlighted: s.highlighted,
    });
  }
  return out;
}

/** Every text leaf of the blocks, in reading order. */
export function* leaves(blocks: readonly Block[]): Generator<{ start: number; end: number }> {
  function* walk(nodes: readonly Inline[]): Generator<{ start: number; end: number }> {
    for (const n of nodes) {
      if (n.kind === 'text') yield n;
      else if (n.kind !== 'break') yield* walk(n.children);
    }
  }
  for (const b of blocks) {
    if (b.kind === 'heading') yield* walk(b.content);
    else if (b.kind === 'para') {
      if (b.number) yield b.number;
      yield* walk(b.content);
    } else if (b.kind === 'list') for (const it of b.items) yield* walk(it.content);
    else if (b.kind === 'table')
      for (const row of [b.head, ...b.rows]) for (const cell of row) yield* walk(cell);
  }
}

/**
 * Where the cited passage is shown: `leaf` when some visible text lies inside it (those pieces are
 * marked), else the index of the block holding its start (the whole block is marked), or `none`
 * when there is no passage or it lies outside every block.
 */
export function citedPlacement(
  blocks: readonly Block[],
  range: Range | undefined,
): { kind: 'leaf' } | { kind: 'block'; index: number } | { kind: 'none' } {
  if (!range) return { kind: 'none' };
  for (const l of leaves(blocks)) if (l.start < range.end && range.start < l.end) return { kind: 'leaf' };
  const index = blocks.findIndex((b) => b.start <= range.start && range.start < Math.max(b.end, b.start + 1));
  if (index >= 0) return { kind: 'block', index };
  const after = blocks.findIndex((b) => b.start >= range.start);
  return after >= 0 ? { kind: 'block', index: after } : { kind: 'none' };
}
