// Layout of big views off the drawn instance: a headless Cytoscape (no renderer)
// computes the positions, and the visible instance receives its elements with
// positions already set. Measured in headless Chromium with 5 000 elements:
// moving every node of a rendered instance costs 0.4–0.9 s on top of the
// layout itself; adding elements that already carry positions ~0.15 s.

import cytoscape, { type ElementDefinition, type Position } from 'cytoscape';
import type { LayoutName } from '../url-state.ts';
import { register } from './cy-setup.ts';
import { layoutOptions } from './layouts.ts';

export async function layoutOffscreen(
  elements: readonly ElementDefinition[],
  name: LayoutName,
  extra: { root?: string } = {},
): Promise<{ positioned: ElementDefinition[]; ms: number }> {
  register();
  const t0 = performance.now();
  // No style: computing it for thousands of elements costs more than the layout, and big-view
  // nodes are small and unlabelled, so layouts lose little by treating them as points.
  const cy = cytoscape({ headless: true, styleEnabled: false, layout: { name: 'preset' } });
  cy.batch(() => {
    cy.add(elements as ElementDefinition[]);
  });
  const options = {
    ...layoutOptions({ name, elementCount: elements.length, ...extra }),
    fit: false,
    animate: false,
  };
  await new Promise<void>((resolve) => {
    const layout = cy.layout(options as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  const pos = new Map<string, Position>();
  cy.nodes().forEach((n) => {
    pos.set(n.id(), { ...n.position() });
  });
  cy.destroy();
  const positioned = elements.map((e) =>
    e.group === 'nodes' ? { ...e, position: pos.get(String(e.data.id)) ?? { x: 0, y: 0 } } : e,
  );
  return { positioned, ms: performance.now() - t0 };
}

/** Lays the elements out off screen, then adds them, positioned, to the drawn instance in one batch
 * and fits the view. Resolves with the total time in ms. */
export async function addLaidOut(
  cy: cytoscape.Core,
  elements: readonly ElementDefinition[],
  name: LayoutName,
  extra: { root?: string } = {},
): Promise<number> {
  const t0 = performance.now();
  const { positioned } = await layoutOffscreen(elements, name, extra);
  if (cy.destroyed()) return performance.now() - t0;
  cy.batch(() => {
    cy.add(positioned);
  });
  // cy.fit() would measure every element's rendered box (~1.7 s for 5 000 here); the positions are
  // known, so the viewport is computed from them.
  cy.viewport(fitViewport(positioned, cy.width(), cy.height(), 30));
  return performance.now() - t0;
}

/** Zoom and pan that fit node positions into a w × h view with padding (node size ignored). */
export function fitViewport(
  elements: readonly ElementDefinition[],
  w: number,
  h: number,
  padding: number,
): { zoom: number; pan: Position } {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const e of elements) {
    const p = e.position;
    if (!p) continue;
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  if (!Number.isFinite(x0)) return { zoom: 1, pan: { x: w / 2, y: h / 2 } };
  const zoom = Math.min(
    4,
    (w - 2 * padding) / Math.max(1, x1 - x0),
    (h - 2 * padding) / Math.max(1, y1 - y0),
  );
  return { zoom, pan: { x: (w - zoom * (x0 + x1)) / 2, y: (h - zoom * (y0 + y1)) / 2 } };
}
