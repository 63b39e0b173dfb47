// A drawing too big to read when fitted opens legibly on its root (web/src/graph/readable-viewport.ts).

import { describe, expect, it } from 'vitest';
import { MIN_READABLE_ZOOM, readableViewport } from '../../web/src/graph/readable-viewport.ts';

describe('readable viewport', () => {
  it('keeps a fitted view that is legible', () => {
    expect(readableViewport({ x: 0, y: 0 }, MIN_READABLE_ZOOM, 1000, 600, 'left')).toBeUndefined();
    expect(readableViewport({ x: 0, y: 0 }, 1.2, 1000, 600, 'right')).toBeUndefined();
  });
  it.each([
    ['left', 90],
    ['right', 910],
  ] as const)('puts the root at the %s side, vertically centred, at the legible zoom', (side, x) => {
    const root = { x: 400, y: -250 };
    const v = readableViewport(root, 0.08, 1000, 600, side)!;
    expect(v.zoom).toBe(MIN_READABLE_ZOOM);
    // Rendered position = model position × zoom + pan.
    expect(root.x * v.zoom + v.pan.x).toBeCloseTo(x);
    expect(root.y * v.zoom + v.pan.y).toBeCloseTo(300);
  });
});
