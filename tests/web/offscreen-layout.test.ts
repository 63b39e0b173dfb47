// A big first drawing is laid out off screen and added in one batch (offscreen-layout.ts addLaidOut); when
// it is too big to read fitted, it opens on its root like a small one (readable-viewport.ts): a lineage of
// 645 steps from A/RES/70/125 (seeds and 25 sets) had opened as a strip of dots.

import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { addLaidOut } from '../../web/src/graph/offscreen-layout.ts';
import { LARGE_READABLE_ZOOM, MIN_READABLE_ZOOM } from '../../web/src/graph/readable-viewport.ts';

/** A resolution cited by `n` documents: one root, n leaves, n edges. */
function fan(n: number): ElementDefinition[] {
  const els: ElementDefinition[] = [{ group: 'nodes', data: { id: 'root' } }];
  for (let i = 0; i < n; i++) {
    els.push({ group: 'nodes', data: { id: `d${i}` } });
    els.push({ group: 'edges', data: { id: `e${i}`, source: 'root', target: `d${i}` } });
  }
  return els;
}

// A headless instance with a canvas size: what the page's instance reports for its container.
function canvas(width: number, height: number): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  cy.width = () => width;
  cy.height = () => height;
  return cy;
}

describe('addLaidOut (a big first drawing)', () => {
  it('opens a fan too big to read fitted on its root, at the left for what it led to', async () => {
    const cy = canvas(1300, 600);
    await addLaidOut(cy, fan(500), 'dagre', { root: 'root', readableFrom: 'left' });
    // Big drawings draw labels from 8 px (style.ts): the zoom where 11 px labels are drawn.
    expect(cy.zoom()).toBeCloseTo(LARGE_READABLE_ZOOM);
    const at = cy.getElementById('root').renderedPosition();
    expect(at.x).toBeCloseTo(90);
    expect(at.y).toBeCloseTo(300);
  });

  it('keeps the fitted view without a side to read from (the graph view) or when it is legible', async () => {
    const big = canvas(1300, 600);
    await addLaidOut(big, fan(500), 'dagre', { root: 'root' });
    expect(big.zoom()).toBeLessThan(MIN_READABLE_ZOOM);
    const small = canvas(1300, 600);
    await addLaidOut(small, fan(3), 'dagre', { root: 'root', readableFrom: 'left' });
    expect(small.zoom()).toBeGreaterThanOrEqual(MIN_READABLE_ZOOM);
  });
});
