// Positions from a headless Cytoscape (no renderer, no style): used off the
// main thread by layout-worker.ts, and in-thread where workers are missing.
// No style: computing it for thousands of elements costs more than the layout,
// and big-view nodes are small and unlabelled, so layouts treat them as points.

import cytoscape, { type ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../url-state.ts';
import { register } from './cy-setup.ts';
import { layoutOptions } from './layouts.ts';

/** Node id → [x, y]. */
export type Positions = Record<string, [number, number]>;

/** Only what a layout needs: ids and endpoints (cheap to send to a worker). */
export function skeleton(elements: readonly ElementDefinition[]): ElementDefinition[] {
  return elements.map((e) =>
    e.group === 'nodes'
      ? { group: 'nodes', data: { id: e.data.id } }
      : { group: 'edges', data: { id: e.data.id, source: e.data.source, target: e.data.target } },
  );
}

export async function computePositions(
  elements: readonly ElementDefinition[],
  name: LayoutName,
  extra: { root?: string } = {},
): Promise<Positions> {
  register();
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
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = [p.x, p.y];
  });
  cy.destroy();
  return out;
}
