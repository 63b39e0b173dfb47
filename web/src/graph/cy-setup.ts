// Creating a Cytoscape instance with the extensions, the style and the
// renderer tuning. Used by the graph, lineage and bench views.

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../url-state.ts';
import { LARGE_VIEW, layoutOptions, rendererOptions } from './layouts.ts';
import { readableViewport } from './readable-viewport.ts';
import { graphStyle } from './style.ts';

const MAX_FIT_ZOOM = 1.3;

let registered = false;
export function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export function createCy(
  container: HTMLElement,
  elements: ElementDefinition[],
  opts: { webgl?: boolean; expectedSize?: number } = {},
): Core {
  register();
  const size = opts.expectedSize ?? elements.length;
  const cy = cytoscape({
    container,
    // Positions come from runLayout; the default grid layout at creation would be wasted work.
    layout: { name: 'preset' },
    style: graphStyle(size > LARGE_VIEW),
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    ...rendererOptions(size, opts.webgl),
  } as cytoscape.CytoscapeOptions);
  // Adding in one batch after creation, not via `elements` at creation: measured in headless
  // Chromium, 5 000 elements take ~0.15 s this way against ~2 s through the constructor.
  cy.batch(() => {
    cy.add(elements);
  });
  return cy;
}

/** Runs a layout and resolves with its duration in ms once it has stopped. */
export function runLayout(
  cy: Core,
  name: LayoutName,
  extra: { incremental?: boolean; root?: string; readableFrom?: 'left' | 'right' } = {},
): Promise<number> {
  const t0 = performance.now();
  const layout = cy.layout(
    layoutOptions({
      name,
      elementCount: cy.elements().length,
      incremental: extra.incremental,
      root: extra.root,
    }) as unknown as cytoscape.LayoutOptions,
  );
  return new Promise((resolve) => {
    layout.one('layoutstop', () => {
      // `fit` zooms a small graph far in (huge labels); cap it so text keeps its normal size.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
      // Too many to read at the fitted zoom: open legibly on the root (readable-viewport.ts).
      const root = extra.readableFrom && extra.root ? cy.getElementById(extra.root) : undefined;
      const view =
        root?.nonempty() &&
        readableViewport(root.position(), cy.zoom(), cy.width(), cy.height(), extra.readableFrom!);
      if (view) cy.viewport(view);
      resolve(performance.now() - t0);
    });
    layout.run();
  });
}
